/**
 * The one way to write crisis data: a Dexie transaction that stores the records and appends their
 * operations to the outbox, all or nothing. After commit the change is announced (changes.ts).
 */
import { DomainFailure, fail, ok, type Result } from '../../shared/domain/errors';
import { idNew, type OperationId } from '../../shared/domain/ids';
import type { Member } from '../../shared/domain/member';
import type { Operation, SyncedTable } from '../../shared/sync/operation';
import { changesAnnounce, type Change } from './changes';
import type { CrisisRoomDb } from './schema';
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
function bookkeeping(db: CrisisRoomDb) {
  return [db.outbox, db.clocks, db.meta];
}

/**
 * Appends operations for `drafts` to the outbox. Must run inside a write transaction (see `mutate`).
 * Patches record, per field, the HLC of the value the author saw, so the merge can tell a deliberate
 * overwrite from a concurrent edit.
 */
export async function operationsAppend(session: Writable, drafts: readonly OperationDraft[]): Promise<void> {
  const { db, clock } = session;
  const persisted = (await db.meta.get('hlc'))?.value;
  if (typeof persisted === 'string') clock.observe(persisted);
  const now = Date.now();
  const operations: Operation[] = [];
  for (const draft of drafts) {
    const hlc = clock.next(now);
    const operation: Operation = {
      id: idNew<OperationId>(),
      table: draft.table,
      recordId: draft.recordId,
      kind: draft.kind,
      patch: draft.patch,
      hlc,
      author: session.member.id,
      device: session.deviceId,
    };
    if (draft.kind === 'patch') {
      const key: [SyncedTable, string] = [draft.table, draft.recordId];
      const row = await db.clocks.get(key);
      const seen: Record<string, string> = {};
      const clocks = { ...row?.clocks };
      for (const field of Object.keys(draft.patch)) {
        const previous = clocks[field];
        if (previous !== undefined) seen[field] = previous;
        clocks[field] = hlc;
      }
      operation.seen = seen;
      await db.clocks.put({ table: draft.table, recordId: draft.recordId, clocks });
    }
    operations.push(operation);
  }
  await db.outbox.bulkAdd(operations);
  await db.meta.put({ key: 'hlc', value: clock.current });
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
