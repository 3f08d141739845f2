/**
 * Applying operations from the hub: one transaction per batch, all or nothing, with the same pure merge
 * every device uses (shared/sync/merge.ts). Operations already applied (in the local history or still
 * in the outbox) are skipped, so a batch can be applied any number of times.
 */
import type { IndexableType, Table } from 'dexie';
import { syncedTables, type Operation, type SyncedTable } from '../../shared/sync/operation';
import {
  recordApply,
  recordKey,
  recordMaterialize,
  recordStateEmpty,
  type RecordCreate,
  type RecordState,
} from '../../shared/sync/merge';
import type { SequencedOperation } from '../../shared/sync/protocol';
import { recordSchemas } from '../../shared/sync/record-schemas';
import { changesAnnounce, type Change } from './changes';
import { conflictsRefresh } from './conflicts';
import type { CrisisRoomDb, LoggedOperation, MetaRow, OutboxBatch, RecordFields } from './schema';
import type { Session } from './session';

export interface ApplyOutcome {
  applied: number;
  skipped: number;
  rejected: number;
  skewed: number;
}

function tableOf(db: CrisisRoomDb, table: SyncedTable): Table<Record<string, unknown>, string> {
  return db[table] as unknown as Table<Record<string, unknown>, string>;
}

/** Ids looked up per range read, and how many stored keys per id it may read before giving up. */
const RANGE_RUN = 250;
const RANGE_SLACK = 4;

/** Where to look for ids: a table's primary keys, `key` turning an id into one (compound for `fields`). */
interface KeySpace {
  table: Table<unknown, IndexableType>;
  key: (id: string) => IndexableType;
  id: (key: IndexableType) => string;
}

const plainKeys = <T, K extends IndexableType>(table: Table<T, K>): KeySpace => ({
  table: table as unknown as KeySpace['table'],
  key: (id) => id,
  id: (key) => key as string,
});

/**
 * Which of `ids` (sorted, distinct) are stored. Point reads would cost one IndexedDB request per id, and
 * for new operations and records every one misses. Instead each run of RANGE_RUN neighbouring ids is one
 * `getAllKeys` over the key range it spans: the ids of one page sort close together (UUIDv7 ids start with
 * their time) and so do the local keys between them. The read stops after RANGE_SLACK keys per id, so a
 * run that spans a long time (a device that was offline for days) or random ids in a large table costs
 * a bounded read and then falls back to a key cursor that jumps from id to id (no values read).
 */
async function idsStored(space: KeySpace, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const runs: Promise<void>[] = [];
  for (let i = 0; i < ids.length; i += RANGE_RUN) {
    const run = ids.slice(i, i + RANGE_RUN);
    const limit = run.length * RANGE_SLACK;
    const keep = (keys: IndexableType[]) => {
      const wanted = new Set(run);
      for (const key of keys) if (wanted.has(space.id(key))) found.add(space.id(key));
    };
    const within = space.table
      .where(':id')
      .between(space.key(run[0]!), space.key(run.at(-1)!), true, true)
      .limit(limit)
      .primaryKeys();
    runs.push(
      within.then((keys) =>
        keys.length < limit
          ? keep(keys)
          : space.table.where(':id').anyOf(run.map(space.key)).primaryKeys().then(keep),
      ),
    );
  }
  await Promise.all(runs);
  return found;
}

const sortedDistinct = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/** Which of `ids` are still waiting in the outbox: one cursor over its index of operation ids. */
async function outboxHolds(db: CrisisRoomDb, ids: readonly string[]): Promise<Set<string>> {
  const keys = await db.outbox.where('opIds').anyOf(ids).keys();
  return new Set(keys as string[]);
}

/**
 * The ids of `batch` this device already has: in its history, or (only its own operations, coming back
 * from the hub before their acknowledgement was stored) in its outbox.
 */
async function operationsKnown(session: Session, batch: readonly SequencedOperation[]): Promise<Set<string>> {
  const { db, deviceId } = session;
  const own = batch.filter((s) => s.operation.device === deviceId).map((s) => s.operation.id);
  const [logged, pending] = await Promise.all([
    idsStored(plainKeys(db.oplog), sortedDistinct(batch.map((s) => s.operation.id))),
    own.length > 0 ? outboxHolds(db, own) : new Set<string>(),
  ]);
  for (const id of pending) logged.add(id);
  return logged;
}

/** Applies a pulled batch and, in the same transaction, moves the pull cursor past it. */
export async function operationsApply(
  session: Session,
  batch: readonly SequencedOperation[],
  cursor?: number,
): Promise<ApplyOutcome> {
  const { db, clock } = session;
  const outcome: ApplyOutcome = { applied: 0, skipped: 0, rejected: 0, skewed: 0 };
  const changes: Change[] = [];
  await db.transaction(
    'rw',
    [...syncedTables.map((t) => db[t]), db.fields, db.conflicts, db.oplog, db.outbox, db.meta],
    async () => {
      // Looked up together with what the merge reads, all at once: most pages hold no patches.
      const [known, stored, moved] = await Promise.all([
        operationsKnown(session, batch),
        recordsRead(
          db,
          batch.map((s) => s.operation),
        ),
        db.meta.get('cursor'),
      ]);
      const fresh: LoggedOperation[] = [];
      for (const { seq, operation } of batch) {
        if (known.has(operation.id)) {
          outcome.skipped++;
          continue;
        }
        known.add(operation.id);
        const entry: LoggedOperation = { ...operation, seq };
        if (clock.receive(operation.hlc)) {
          entry.skewed = true;
          outcome.skewed++;
        }
        fresh.push(entry);
      }
      const writes: PromiseLike<unknown>[] = [];
      if (fresh.length > 0) await mergeIntoRecords(db, stored, fresh, outcome, changes, writes);
      const meta: MetaRow[] = [{ key: 'hlc', value: clock.current }];
      // Forward only: another tab of this browser may have applied further meanwhile.
      const before = typeof moved?.value === 'number' ? moved.value : 0;
      if (cursor !== undefined && cursor > before) meta.push({ key: 'cursor', value: cursor });
      writes.push(db.oplog.bulkAdd(fresh), db.meta.bulkPut(meta));
      await Promise.all(writes);
    },
  );
  for (const change of changes) changesAnnounce(change);
  return outcome;
}

/**
 * Merges operations into the records (and their field registers and conflicts) inside a running
 * transaction over the synced tables, `fields`, `conflicts`, `oplog` and `outbox`, without logging them
 * or moving the cursor: for operations this device holds but the records do not reflect yet (restoring
 * a backup, renderer/db/backup-restore.ts). The same merge as for the hub's operations.
 */
export async function operationsMerge(
  db: CrisisRoomDb,
  operations: readonly Operation[],
): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { applied: 0, skipped: 0, rejected: 0, skewed: 0 };
  if (operations.length === 0) return outcome;
  const writes: PromiseLike<unknown>[] = [];
  const stored = await recordsRead(db, operations);
  // Copies: the merge marks rejected operations, which must not change the caller's.
  const copies = operations.map((op): LoggedOperation => ({ ...op }));
  await mergeIntoRecords(db, stored, copies, outcome, [], writes);
  await Promise.all(writes);
  return outcome;
}

interface StoredRecords {
  records: Map<string, Record<string, unknown>>;
  fields: Map<string, RecordFields>;
}

/** The records the operations touch and their field registers, as stored here; only those that exist. */
async function recordsRead(db: CrisisRoomDb, operations: readonly Operation[]): Promise<StoredRecords> {
  const byTable = new Map<SyncedTable, string[]>();
  for (const operation of operations) {
    const ids = byTable.get(operation.table);
    if (ids) ids.push(operation.recordId);
    else byTable.set(operation.table, [operation.recordId]);
  }
  const stored: StoredRecords = { records: new Map(), fields: new Map() };
  const reads = [...byTable].map(async ([table, all]) => {
    const ids = sortedDistinct(all);
    const fieldKeys: KeySpace = {
      ...plainKeys(db.fields),
      key: (id) => [table, id],
      id: (key) => (key as [SyncedTable, string])[1],
    };
    const [withRecord, withFields] = await Promise.all([
      idsStored(plainKeys(tableOf(db, table)), ids),
      idsStored(fieldKeys, ids),
    ]);
    const [records, registers] = await Promise.all([
      withRecord.size > 0 ? tableOf(db, table).bulkGet([...withRecord]) : [],
      withFields.size > 0 ? db.fields.bulkGet([...withFields].map((id) => [table, id])) : [],
    ]);
    for (const record of records)
      if (record) stored.records.set(recordKey(table, record.id as string), record);
    for (const row of registers) if (row) stored.fields.set(recordKey(table, row.recordId), row);
  });
  await Promise.all(reads);
  return stored;
}

async function mergeIntoRecords(
  db: CrisisRoomDb,
  stored: StoredRecords,
  operations: LoggedOperation[],
  outcome: ApplyOutcome,
  changes: Change[],
  writes: PromiseLike<unknown>[],
): Promise<void> {
  const groups = new Map<string, LoggedOperation[]>();
  for (const op of operations) {
    const key = recordKey(op.table, op.recordId);
    const ops = groups.get(key);
    if (ops) ops.push(op);
    else groups.set(key, [op]);
  }

  // A create of a record this device already has (a derived id created on several devices): the merge
  // must compare it with the create the local record came from, as every other device does.
  const recreated = [...groups]
    .filter(([key, ops]) => stored.records.has(key) && ops.some((op) => op.kind === 'create'))
    .map(([, ops]) => [ops[0]!.table, ops[0]!.recordId] as [SyncedTable, string]);
  const createdBefore = recreated.length > 0 ? await createsKnown(db, recreated) : new Map();

  const puts = new Map<SyncedTable, Record<string, unknown>[]>();
  const registers: RecordFields[] = [];
  for (const [key, ops] of groups) {
    const { table, recordId } = ops[0]!;
    const current = stored.records.get(key);
    let state: RecordState = {
      table,
      id: recordId,
      created: current ? (createdBefore.get(key) ?? { op: '', hlc: '', values: current }) : null,
      fields: stored.fields.get(key)?.writes ?? {},
    };
    for (const op of ops) state = recordApply(state, op);
    const record = recordMaterialize(state);
    if (record) {
      const valid = recordSchemas[table].safeParse(record);
      if (!valid.success) {
        for (const op of ops) op.rejected = valid.error.issues[0]?.message ?? 'invalid record';
        outcome.rejected += ops.length;
        continue;
      }
      const records = puts.get(table);
      if (records) records.push(record);
      else puts.set(table, [record]);
    }
    outcome.applied += ops.length;
    if (ops.some((op) => op.kind === 'patch'))
      registers.push({ table, recordId, writes: state.fields as RecordFields['writes'] });
  }
  if (registers.length > 0) writes.push(db.fields.bulkPut(registers));
  for (const { table, recordId, writes: fieldWrites } of registers)
    writes.push(conflictsRefresh(db, table, recordId, fieldWrites));
  for (const [table, records] of puts) {
    writes.push(tableOf(db, table).bulkPut(records));
    changes.push({ table, records, origin: 'remote' });
  }
}

/**
 * The winning create, by the merge's own rule, among the creates this device holds for each record: in
 * the history (applied or acknowledged; rejected ones never counted) and in the outbox (not yet pushed).
 * Only needed when a batch re-creates a record that exists here, which is rare, so the outbox is scanned.
 */
async function createsKnown(
  db: CrisisRoomDb,
  keys: [SyncedTable, string][],
): Promise<Map<string, RecordCreate>> {
  const wanted = new Set(keys.map(([table, id]) => recordKey(table, id)));
  const states = new Map<string, RecordState>();
  const add = (op: LoggedOperation) => {
    if (op.kind !== 'create' || op.rejected) return;
    const key = recordKey(op.table, op.recordId);
    if (!wanted.has(key)) return;
    states.set(key, recordApply(states.get(key) ?? recordStateEmpty(op.table, op.recordId), op));
  };
  (await db.oplog.where('[table+recordId]').anyOf(keys).toArray()).forEach(add);
  await db.outbox.each((pending) => pending.operations.forEach(add));
  const creates = new Map<string, RecordCreate>();
  for (const [key, state] of states) if (state.created) creates.set(key, state.created);
  return creates;
}

/**
 * After the hub acknowledged every operation of these outbox batches: they leave the outbox for the
 * local history, in one transaction.
 */
export async function outboxAcknowledge(db: CrisisRoomDb, batches: readonly OutboxBatch[]): Promise<void> {
  await db.transaction('rw', db.outbox, db.oplog, async () => {
    await db.oplog.bulkPut(batches.flatMap((b) => b.operations));
    await db.outbox.bulkDelete(batches.map((b) => b.id));
  });
}
