/**
 * Applying operations from the hub: one transaction per batch, all or nothing, with the same pure merge
 * every device uses (shared/sync/merge.ts). Operations already applied (in the local history or still
 * in the outbox) are skipped, so a batch can be applied any number of times.
 */
import type { Table } from 'dexie';
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
import type { CrisisRoomDb, LoggedOperation, RecordFields } from './schema';
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
      const ids = batch.map((s) => s.operation.id);
      const logged = await db.oplog.bulkGet(ids);
      const pending = await db.outbox.bulkGet(ids);
      const seenIds = new Set<string>();
      const fresh: LoggedOperation[] = [];
      batch.forEach(({ seq, operation }, i) => {
        if (logged[i] || pending[i] || seenIds.has(operation.id)) {
          outcome.skipped++;
          return;
        }
        seenIds.add(operation.id);
        const entry: LoggedOperation = { ...operation, seq };
        if (clock.receive(operation.hlc)) {
          entry.skewed = true;
          outcome.skewed++;
        }
        fresh.push(entry);
      });
      if (fresh.length > 0) await mergeIntoRecords(db, fresh, outcome, changes);
      await db.oplog.bulkAdd(fresh);
      if (cursor !== undefined) await db.meta.put({ key: 'cursor', value: cursor });
      await db.meta.put({ key: 'hlc', value: clock.current });
    },
  );
  for (const change of changes) changesAnnounce(change);
  return outcome;
}

async function mergeIntoRecords(
  db: CrisisRoomDb,
  operations: LoggedOperation[],
  outcome: ApplyOutcome,
  changes: Change[],
): Promise<void> {
  const groups = new Map<string, LoggedOperation[]>();
  for (const op of operations) {
    const key = recordKey(op.table, op.recordId);
    groups.set(key, [...(groups.get(key) ?? []), op]);
  }
  const byTable = new Map<SyncedTable, string[]>();
  for (const ops of groups.values())
    byTable.set(ops[0]!.table, [...(byTable.get(ops[0]!.table) ?? []), ops[0]!.recordId]);

  const existing = new Map<string, Record<string, unknown>>();
  for (const [table, ids] of byTable) {
    const rows = await tableOf(db, table).bulkGet(ids);
    rows.forEach((row, i) => row && existing.set(recordKey(table, ids[i]!), row));
  }
  const fieldKeys = [...groups.values()].map(
    (ops) => [ops[0]!.table, ops[0]!.recordId] as [SyncedTable, string],
  );
  const fieldRows = await db.fields.bulkGet(fieldKeys);
  const fieldsByKey = new Map<string, RecordFields>();
  fieldRows.forEach((row) => row && fieldsByKey.set(recordKey(row.table, row.recordId), row));

  // A create of a record this device already has (a derived id created on several devices): the merge
  // must compare it with the create the local record came from, as every other device does.
  const recreated = [...groups]
    .filter(([key, ops]) => existing.has(key) && ops.some((op) => op.kind === 'create'))
    .map(([, ops]) => [ops[0]!.table, ops[0]!.recordId] as [SyncedTable, string]);
  const createdBefore = recreated.length > 0 ? await createsKnown(db, recreated) : new Map();

  const puts = new Map<SyncedTable, Record<string, unknown>[]>();
  for (const [key, ops] of groups) {
    const { table, recordId } = ops[0]!;
    const current = existing.get(key);
    const row = fieldsByKey.get(key);
    let state: RecordState = {
      table,
      id: recordId,
      created: current ? (createdBefore.get(key) ?? { op: '', hlc: '', values: current }) : null,
      fields: row?.writes ?? {},
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
      puts.set(table, [...(puts.get(table) ?? []), record]);
    }
    outcome.applied += ops.length;
    if (ops.some((op) => op.kind === 'patch')) {
      const writes = state.fields as RecordFields['writes'];
      await db.fields.put({ table, recordId, writes });
      await conflictsRefresh(db, table, recordId, writes);
    }
  }
  for (const [table, records] of puts) {
    await tableOf(db, table).bulkPut(records);
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
  await db.outbox.each(add);
  const creates = new Map<string, RecordCreate>();
  for (const [key, state] of states) if (state.created) creates.set(key, state.created);
  return creates;
}

/** After the hub acknowledged a push: the operations leave the outbox for the local history. */
export async function outboxAcknowledge(db: CrisisRoomDb, operations: readonly Operation[]): Promise<void> {
  await db.transaction('rw', db.outbox, db.oplog, async () => {
    await db.oplog.bulkPut(operations as LoggedOperation[]);
    await db.outbox.bulkDelete(operations.map((o) => o.id));
  });
}
