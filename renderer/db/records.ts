/**
 * Building blocks for mutations of the people and channel tables. A mutation reads what it needs, builds
 * its records and operation drafts without awaiting anything, then writes them all with `recordsWrite`:
 * one put per table and one outbox append. Few awaits inside a transaction also keep IndexedDB from
 * committing early, which long chains of nested native async calls can cause (see conflicts.ts).
 */
import type { Table } from 'dexie';
import type { IncidentId } from '../../shared/domain/ids';
import { systemEventText, type SystemEvent } from '../../shared/domain/incident-rules';
import type { EntryKind, TimelineEntry } from '../../shared/domain/timeline-entry';
import type { SyncedTable } from '../../shared/sync/operation';
import type { CrisisRoomDb } from './schema';
import { entryBuild } from './timeline';
import { operationsAppend, type OperationDraft, type Writable } from './write';

type AnyTable = Table<Record<string, unknown>, string>;

function tableOf(db: CrisisRoomDb, table: SyncedTable): AnyTable {
  return db[table] as unknown as AnyTable;
}

export function createDrafts<T extends { id: string }>(
  table: SyncedTable,
  records: readonly T[],
): OperationDraft[] {
  return records.map((r) => ({ table, recordId: r.id, kind: 'create', patch: { ...r } }));
}

export function patchDraft(table: SyncedTable, recordId: string, patch: object): OperationDraft {
  return { table, recordId, kind: 'patch', patch: { ...patch } };
}

/** A stakeholder, action or system entry the app writes itself, in the reader's language later. */
export function eventEntry(
  s: Writable,
  incidentId: IncidentId,
  kind: EntryKind,
  event: SystemEvent,
  at: string,
): TimelineEntry {
  return entryBuild(s, incidentId, { kind, text: systemEventText(event), occurredAt: at, tags: [] }, at, {
    event,
  });
}

export interface RecordsWrite {
  table: SyncedTable;
  records: readonly object[];
}

/** Puts the records, then appends the operations: one Dexie chain inside the running transaction. */
export function recordsWrite(
  s: Writable,
  writes: readonly RecordsWrite[],
  drafts: readonly OperationDraft[],
): PromiseLike<void> {
  const puts = writes.filter((w) => w.records.length > 0);
  const step = (i: number): PromiseLike<void> =>
    i < puts.length
      ? tableOf(s.db, puts[i]!.table)
          .bulkPut(puts[i]!.records as Record<string, unknown>[])
          .then(() => step(i + 1))
      : operationsAppend(s, drafts);
  return step(0);
}
