/**
 * The one way to write crisis data: a Dexie transaction that stores the records and appends their
 * operations to the outbox, all or nothing. After commit the change is announced (changes.ts).
 */
import type { Table } from 'dexie';
import { DomainFailure, fail, ok, type Result } from '../../shared/domain/errors';
import { idNew, type OperationId } from '../../shared/domain/ids';
import type { Member } from '../../shared/domain/member';
import { fieldSeen } from '../../shared/sync/merge';
import type { Operation, SyncedTable } from '../../shared/sync/operation';
import { conflictsRefresh } from './conflicts';
import { changesAnnounce, type Change } from './changes';
import { outboxBatchOf, type CrisisRoomDb } from './schema';
import type { Session } from './session';

export interface OperationDraft {
  table: SyncedTable;
  recordId: string;
  kind: Operation['kind'];
  patch: Record<string, unknown>;
}

export interface WriteOutcome<T> {
  value: T;
  changes: Change[];
}

export type Writable = Session & { member: Member };

/** The tables a write transaction needs besides the ones holding the records. */
export function bookkeeping(db: CrisisRoomDb) {
  return [db.outbox, db.fields, db.conflicts, db.meta];
}

/** Adopts the clock of other tabs of this browser, which persist it with their writes. */
async function clockSync(session: Writable): Promise<void> {
  const persisted = (await session.db.meta.get('hlc'))?.value;
  if (typeof persisted === 'string') session.clock.observe(persisted);
}

function operationNew(session: Writable, draft: OperationDraft, nowMs: number): Operation {
  return {
    id: idNew<OperationId>(),
    table: draft.table,
    recordId: draft.recordId,
    kind: draft.kind,
    patch: draft.patch,
    hlc: session.clock.next(nowMs),
    author: session.member.id,
    device: session.deviceId,
  };
}

/**
 * Appends operations for `drafts` to the outbox. Must run inside a write transaction (see `mutate`).
 * Patches record, per field, the HLC of the value the author saw, so the merge can tell a deliberate
 * overwrite from a concurrent edit.
 */
export async function operationsAppend(session: Writable, drafts: readonly OperationDraft[]): Promise<void> {
  const { db, clock } = session;
  await clockSync(session);
  const now = Date.now();
  const operations: Operation[] = [];
  for (const draft of drafts) {
    const operation = operationNew(session, draft, now);
    if (draft.kind === 'patch') await fieldsRecord(session, operation);
    operations.push(operation);
  }
  await Promise.all([outboxAppend(db, operations), db.meta.put({ key: 'hlc', value: clock.current })]);
}

/** One outbox row for all of these operations (none when there are none). */
function outboxAppend(db: CrisisRoomDb, operations: Operation[]) {
  return operations.length > 0 ? db.outbox.add(outboxBatchOf(operations)) : undefined;
}

/**
 * Adds new records to `table` with a create operation each, inside a running write transaction: the same
 * writes as `bulkAdd` followed by `operationsAppend`, with fewer waits. The clock is read before the
 * records are written and the outbox and clock are written together, so a single entry waits for three
 * round trips instead of five. The records are written first and awaited: sending the operations while
 * the browser is still storing a large batch measured slower on a busy two-core machine, not faster.
 * The patch is the record itself, not a copy: IndexedDB stores a clone taken when the request is made.
 */
export function recordsCreate<T extends { id: string }>(
  session: Writable,
  table: SyncedTable,
  records: readonly T[],
): Promise<void> {
  return recordGroupsCreate(session, [{ table, records }]);
}

export interface RecordGroup {
  table: SyncedTable;
  records: readonly { id: string }[];
}

/** `recordsCreate` for several tables at once (an archive import): still one outbox batch. */
export async function recordGroupsCreate(session: Writable, groups: readonly RecordGroup[]): Promise<void> {
  const { db, clock } = session;
  await clockSync(session);
  await Promise.all(
    groups.map(({ table, records }) =>
      (db[table] as unknown as Table<{ id: string }, string>).bulkAdd(records as { id: string }[]),
    ),
  );
  const now = Date.now();
  const operations = groups.flatMap(({ table, records }) =>
    records.map((record) =>
      operationNew(session, { table, recordId: record.id, kind: 'create', patch: record }, now),
    ),
  );
  await Promise.all([outboxAppend(db, operations), db.meta.put({ key: 'hlc', value: clock.current })]);
}

/**
 * Records a local patch in the record's field registers. The operation names, per field, the values its
 * author saw (the current heads), so it supersedes exactly those: a conflict shown on screen is resolved
 * by the next edit of that field.
 */
async function fieldsRecord(session: Writable, operation: Operation): Promise<void> {
  const { db } = session;
  const key: [SyncedTable, string] = [operation.table, operation.recordId];
  const row = (await db.fields.get(key)) ?? {
    table: operation.table,
    recordId: operation.recordId,
    writes: {},
  };
  const seen: Record<string, string[]> = {};
  const writes = { ...row.writes };
  for (const [field, value] of Object.entries(operation.patch)) {
    seen[field] = fieldSeen(writes[field]);
    writes[field] = [
      ...(writes[field] ?? []),
      {
        op: operation.id,
        hlc: operation.hlc,
        value,
        supersedes: seen[field],
        author: operation.author,
        device: operation.device,
      },
    ];
  }
  operation.seen = seen;
  await db.fields.put({ ...row, writes });
  await conflictsRefresh(db, operation.table, operation.recordId, writes);
}

/**
 * Runs `body` in one strict-durable transaction over `tables` plus the outbox. A DomainFailure thrown
 * inside aborts the transaction and comes back as a failed Result; so does any storage error.
 */
export async function mutate<T>(
  session: Session,
  tables: readonly { name: string }[],
  body: (session: Writable) => Promise<WriteOutcome<T>>,
): Promise<Result<T>> {
  const { member } = session;
  if (!member) return fail('profile.nameEmpty', 'no profile: first run not completed');
  const writable: Writable = { ...session, member };
  try {
    const scope = [...tables, ...bookkeeping(session.db)].map((t) => t.name);
    const outcome = await session.db.transaction('rw', scope, () => body(writable));
    for (const change of outcome.changes) changesAnnounce(change);
    return ok(outcome.value);
  } catch (error) {
    if (error instanceof DomainFailure) return { ok: false, error: error.error };
    return fail('storage.failed', error instanceof Error ? error.message : String(error));
  }
}
