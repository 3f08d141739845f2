/** Open conflicts of one record, recomputed from its field registers whenever they change. */
import type { SyncedTable } from '../../shared/sync/operation';
import { registerConflict, type FieldWrite } from '../../shared/sync/register';
import type { ConflictRow, CrisisRoomDb } from './schema';

/**
 * Returns Dexie's own promise, not a native async function's: inside a transaction, awaiting a chain of
 * native promises can let IndexedDB commit before the next request ("committed too early").
 */
export function conflictsRefresh(
  db: CrisisRoomDb,
  table: SyncedTable,
  recordId: string,
  writes: Record<string, readonly FieldWrite[]>,
) {
  const open: ConflictRow[] = [];
  const settled: [SyncedTable, string, string][] = [];
  for (const [field, fieldWrites] of Object.entries(writes)) {
    const heads = registerConflict(fieldWrites);
    if (heads) open.push({ table, recordId, field, heads });
    else settled.push([table, recordId, field]);
  }
  return db.conflicts.bulkDelete(settled).then(() => db.conflicts.bulkPut(open));
}
