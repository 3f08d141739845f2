/**
 * Resolving a conflict: a new edit of the field that saw every disagreeing value, so it supersedes them
 * all, on every device. An incident's timeline records the resolution.
 */
import { DomainFailure, type Result } from '../../shared/domain/errors';
import type { IncidentId } from '../../shared/domain/ids';
import { systemEventText, type SystemEvent } from '../../shared/domain/incident-rules';
import { recordSchemas } from '../../shared/sync/record-schemas';
import type { Table } from 'dexie';
import type { Change } from './changes';
import type { ConflictRow } from './schema';
import type { Session } from './session';
import { entriesStore, entryBuild } from './timeline';
import { mutate, operationsAppend } from './write';

export async function conflictResolve(
  session: Session,
  conflict: ConflictRow,
  value: unknown,
): Promise<Result<void>> {
  const { db } = session;
  const table = db[conflict.table] as unknown as Table<Record<string, unknown>, string>;
  return mutate(session, [table, db.timeline], async (s) => {
    const record = await table.get(conflict.recordId);
    if (!record) throw new DomainFailure({ code: 'entry.notFound', detail: 'conflicting record is gone' });
    const updated = { ...record, [conflict.field]: value };
    if (!recordSchemas[conflict.table].safeParse(updated).success) {
      throw new DomainFailure({ code: 'storage.failed', detail: 'resolution would make the record invalid' });
    }
    await table.put(updated);
    await operationsAppend(s, [
      {
        table: conflict.table,
        recordId: conflict.recordId,
        kind: 'patch',
        patch: { [conflict.field]: value },
      },
    ]);
    const changes: Change[] = [{ table: conflict.table, records: [updated] }];
    if (conflict.table === 'incidents') {
      const now = new Date().toISOString();
      const event: SystemEvent = {
        key: 'conflictResolved',
        values: { field: conflict.field, value: String(value) },
      };
      const entry = entryBuild(
        s,
        conflict.recordId as IncidentId,
        { kind: 'system', text: systemEventText(event), occurredAt: now, tags: [] },
        now,
        { event },
      );
      await entriesStore(s, [entry]);
      changes.push({ table: 'timeline', records: [entry] });
    }
    return { value: undefined, changes };
  });
}
