/**
 * Restoring a whole-database backup: every table replaced in one transaction, all or nothing. What
 * belongs to this device and not to the data is kept: its device id (two devices must never share one,
 * or the merge would take their writes for one device's), its clock (never backwards), and its place in
 * a team (the hub and its token, which are this device's).
 *
 * Afterwards sync brings back everything the team wrote after the backup, this device's own pushed
 * operations included: the restored history and cursor are the backup's, so the hub's later operations
 * are pulled and applied again, and an operation is only skipped as "already applied" when the restored
 * history or outbox holds it, i.e. when the restored records reflect it.
 *
 * Two kinds of unsent operations need care. The backup's outbox may hold operations of the device that
 * made it (another device, or this one before its database was wiped): the hub accepts operations only
 * in the pushing device's name, so each is re-issued here as a copy that supersedes its original. And
 * this device's own unsent operations that the backup does not have: in a team, a restore cannot take
 * back what the team has anyway, so these are kept, merged into the restored records and sent; alone,
 * the restore goes back to the backup exactly, and they are discarded (counted in the summary).
 */
import { backupTables, type Backup, type BackupTable } from '../../shared/archive/backup';
import { fail, ok, type Result } from '../../shared/domain/errors';
import { idNew, type OperationId } from '../../shared/domain/ids';
import type { Operation } from '../../shared/sync/operation';
import { hubConfigSchema } from './hub-config';
import { DB_VERSION, outboxBatchOf, type MetaRow, type OutboxBatch } from './schema';
import type { Session } from './session';
import { operationsMerge } from './sync-apply';
import { tableReplace } from './table-replace';

export interface BackupRestored {
  /** Rows restored, all tables together … */
  rows: number;
  /** … of which written (rows already stored as they are in the backup are left alone). */
  written: number;
  /** Unsent operations of the device that made the backup, now in this device's name. */
  reissued: number;
  /** This device's unsent operations that the backup lacked: kept and sent (in a team) … */
  kept: number;
  /** … or dropped (not in a team: the restore goes back to the backup exactly). */
  discarded: number;
}

/** Meta rows that describe this device, not the data: never taken from another device's backup. */
interface DeviceMeta {
  hub: unknown;
  profile: unknown;
}

/**
 * The meta rows after a restore: the backup's, with this device's id, the later of the two clocks, this
 * device's hub (or the backup's when it was made by this very device), and a cursor that is the backup's
 * only for the same hub: a cursor counts in one hub's sequence. The clock has seen both databases' by now.
 */
function metaRestored(session: Session, backup: Backup, current: DeviceMeta): MetaRow[] {
  const rows = new Map(backup.tables.meta.map((r) => [r.key as string, r.value]));
  const fromHere = rows.get('deviceId') === session.deviceId;
  const hub = current.hub ?? (fromHere ? rows.get('hub') : undefined);
  const theirs = hubConfigSchema.safeParse(rows.get('hub'));
  const ours = hubConfigSchema.safeParse(hub);
  const sameHub = ours.success && theirs.success && ours.data.hubId === theirs.data.hubId;
  rows.set('deviceId', session.deviceId);
  // A cursor from another hub (or none) would skip or ask for operations this hub numbers otherwise.
  if (!sameHub && hub === undefined) rows.delete('cursor');
  else if (!sameHub) rows.set('cursor', 0);
  rows.set('hlc', session.clock.current);
  if (hub === undefined) rows.delete('hub');
  else rows.set('hub', hub);
  if (!rows.has('profile') && current.profile !== undefined) rows.set('profile', current.profile);
  return [...rows].map(([key, value]) => ({ key, value }));
}

/**
 * A copy of another device's unsent operation, in this device's name and time. A patch's copy has seen
 * what the original saw, the copies of those, and the original itself: it supersedes the original, so if
 * the original reaches the team too (its device pushed it after the backup), they are no conflict.
 */
function reissue(session: Session, op: Operation, copies: Map<string, string>): Operation {
  const copy: Operation = {
    ...op,
    id: idNew<OperationId>(),
    hlc: session.clock.next(),
    device: session.deviceId,
  };
  if (op.kind === 'patch') {
    const seen: Record<string, string[]> = {};
    for (const field of Object.keys(op.patch)) {
      const saw = op.seen?.[field] ?? [];
      const ids = [...saw, ...saw.map((id) => copies.get(id)).filter((id) => id !== undefined), op.id];
      seen[field] = [...new Set(ids)].slice(-64);
    }
    copy.seen = seen;
  }
  copies.set(op.id, copy.id);
  return copy;
}

/** The restored outbox with other devices' operations re-issued here (batch order kept). */
function outboxReissued(session: Session, batches: readonly OutboxBatch[]) {
  const copies = new Map<string, string>();
  const made: Operation[] = [];
  const outbox = batches.map((batch) => {
    if (batch.operations.every((op) => op.device === session.deviceId)) return batch;
    const operations = batch.operations.map((op) => {
      if (op.device === session.deviceId) return op;
      const copy = reissue(session, op, copies);
      made.push(copy);
      return copy;
    });
    return outboxBatchOf(operations);
  });
  return { outbox, made };
}

/** This device's unsent operations the backup does not have, in their batches. */
function unsentSince(pending: readonly OutboxBatch[], backup: Backup, outbox: readonly OutboxBatch[]) {
  const inBackup = new Set([
    ...backup.tables.oplog.map((op) => op.id as string),
    ...(backup.tables.outbox as unknown as OutboxBatch[]).flatMap((b) => b.opIds),
    ...outbox.flatMap((b) => b.opIds),
  ]);
  return pending
    .map((b) => b.operations.filter((op) => !inBackup.has(op.id)))
    .filter((operations) => operations.length > 0)
    .map(outboxBatchOf);
}

/**
 * Replaces the whole database with a parsed backup (shared/archive/backup.ts `backupParse`), all or
 * nothing. Reload the session and the views afterwards: the profile and every record may differ.
 */
export async function backupRestore(session: Session, backup: Backup): Promise<Result<BackupRestored>> {
  if (backup.dbVersion > DB_VERSION) return fail('backup.newerVersion');
  const { db } = session;
  const tableOf = (t: BackupTable) => db.table<Record<string, unknown>, unknown>(t);
  try {
    const summary = await db.transaction('rw', backupTables.map(tableOf), async () => {
      const [hub, profile, hlc, pending] = await Promise.all([
        db.meta.get('hub'),
        db.meta.get('profile'),
        db.meta.get('hlc'),
        db.outbox.toArray(),
      ]);
      // The clock first: copies made below must come after everything either database has seen.
      for (const row of [hlc, backup.tables.meta.find((r) => r.key === 'hlc')])
        if (typeof row?.value === 'string') session.clock.observe(row.value);
      const current = { hub: hub?.value, profile: profile?.value };
      const inTeam = current.hub !== undefined;
      const reissued = outboxReissued(session, backup.tables.outbox as unknown as OutboxBatch[]);
      const unsent = unsentSince(pending, backup, reissued.outbox);
      const outbox = inTeam ? [...reissued.outbox, ...unsent] : reissued.outbox;
      const rows: Record<BackupTable, readonly Record<string, unknown>[]> = {
        ...backup.tables,
        outbox: outbox as unknown as Record<string, unknown>[],
        meta: metaRestored(session, backup, current) as unknown as Record<string, unknown>[],
      };
      const written = await Promise.all(backupTables.map((t) => tableReplace(tableOf(t), rows[t])));
      // What the restored records do not reflect yet: merged in, as the hub's operations are.
      await operationsMerge(db, [...reissued.made, ...(inTeam ? unsent.flatMap((b) => b.operations) : [])]);
      const unsentCount = unsent.reduce((n, b) => n + b.operations.length, 0);
      return {
        rows: backupTables.reduce((sum, t) => sum + backup.tables[t].length, 0),
        written: written.reduce((a, b) => a + b, 0),
        reissued: reissued.made.length,
        kept: inTeam ? unsentCount : 0,
        discarded: inTeam ? 0 : unsentCount,
      };
    });
    return ok(summary);
  } catch (error) {
    return fail('storage.failed', error instanceof Error ? error.message : String(error));
  }
}
