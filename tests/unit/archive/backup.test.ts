/**
 * Whole-database backups: a backup restored gives the same database; restored on another device it keeps
 * that device's identity and clock, and sends the backup's unsent changes in that device's name; bad
 * files are refused with their reason and change nothing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupCreate, databaseHash } from '../../../renderer/db/backup';
import { backupRestore } from '../../../renderer/db/backup-restore';
import { DB_VERSION } from '../../../renderer/db/schema';
import type { Session } from '../../../renderer/db/session';
import { entryLog, entryPinSet } from '../../../renderer/db/timeline';
import { backupParse, backupTables, type Backup } from '../../../shared/archive/backup';
import { syncedTables } from '../../../shared/sync/operation';
import { sessionFresh } from '../db/helpers';
import { outboxOperations } from '../sync/helpers';
import { must, warRoom } from './fixture';

const appVersion = '1.2.3';

async function backupOf(session: Session): Promise<Backup> {
  const text = await backupCreate(session.db, { appVersion });
  return must(backupParse(text, { dbVersion: DB_VERSION }));
}

const records = (session: Session) => Promise.all(syncedTables.map((t) => session.db[t].toArray()));

describe('whole-database backups', () => {
  it('cover every table of the database', async () => {
    const session = await sessionFresh();
    expect(session.db.tables.map((t) => t.name).sort()).toEqual([...backupTables].sort());
  });

  it('restored on the same device, give the same database', async () => {
    const { writer } = await warRoom();
    const before = await databaseHash(writer.db);
    const backup = await backupOf(writer);
    const restored = must(await backupRestore(writer, backup));
    expect(restored).toMatchObject({ reissued: 0, kept: 0, discarded: 0 });
    expect(restored.rows).toBe(backupTables.reduce((n, t) => n + backup.tables[t].length, 0));
    expect(await databaseHash(writer.db)).toBe(before);
  });

  it('restored alone (no team), go back to the backup exactly, counting the unsent changes dropped', async () => {
    const { writer, incident } = await warRoom();
    const backup = await backupOf(writer);
    const atBackup = await records(writer);
    const later = must(await entryLog(writer, incident.id, { kind: 'action', text: 'Called the mayor' }));
    must(await entryPinSet(writer, later.id, true));
    const restored = must(await backupRestore(writer, backup));
    expect(restored).toMatchObject({ discarded: 2, kept: 0 });
    // Only what differs is written (the clock); the later entry and the outbox rows are deleted.
    expect(restored.written).toBeLessThan(5);
    expect(restored.rows).toBeGreaterThan(100);
    expect(await records(writer)).toEqual(atBackup);
    expect(await writer.db.timeline.get(later.id)).toBeUndefined();
  });

  it('restored on another device, keep its id and clock and send the unsent changes in its name', async () => {
    const { writer, incident } = await warRoom();
    const entry = must(await entryLog(writer, incident.id, { kind: 'action', text: 'Called the mayor' }));
    must(await entryPinSet(writer, entry.id, true));
    const unsent = await outboxOperations(writer.db);
    const backup = await backupOf(writer);

    const laptop = await sessionFresh('Wim on his new laptop', 'spokesperson');
    const clockBefore = laptop.clock.current;
    const restored = must(await backupRestore(laptop, backup));
    expect(restored).toMatchObject({ reissued: unsent.length, discarded: 1 }); // 1: the new profile
    expect((await laptop.db.meta.get('deviceId'))?.value).toBe(laptop.deviceId);
    expect((await laptop.db.meta.get('profile'))?.value).toBe(writer.member!.id);
    const hlc = (await laptop.db.meta.get('hlc'))?.value as string;
    expect(hlc > clockBefore && hlc.slice(0, 22) >= writer.clock.current.slice(0, 22)).toBe(true);
    expect(hlc.endsWith(laptop.deviceId)).toBe(true);

    const copies = await outboxOperations(laptop.db);
    expect(copies.map((op) => [op.table, op.recordId, op.kind, op.patch])).toEqual(
      unsent.map((op) => [op.table, op.recordId, op.kind, op.patch]),
    );
    // Later than everything the backup had seen, and not later than the clock the device keeps.
    const time = (h: string) => h.slice(0, 22);
    const newest = unsent
      .map((op) => time(op.hlc))
      .sort()
      .at(-1)!;
    for (const op of copies) {
      expect(op.device).toBe(laptop.deviceId);
      expect(time(op.hlc) > newest && time(op.hlc) <= time(hlc)).toBe(true);
    }
    const pin = copies.find((op) => op.kind === 'patch')!;
    const original = unsent.find((op) => op.kind === 'patch')!;
    expect(pin.seen?.pinned).toContain(original.id);
    expect(await records(laptop)).toEqual(await records(writer));
  });

  it('are restored all or nothing: a failure half-way changes nothing', async () => {
    const { writer } = await warRoom();
    const backup = await backupOf(writer);
    const before = await databaseHash(writer.db);
    const broken = structuredClone(backup);
    // A history row without its key, which IndexedDB refuses, beside a change to the timeline: the
    // transaction is undone as a whole.
    delete broken.tables.oplog.at(-1)!.id;
    broken.tables.timeline.pop();
    expect(await backupRestore(writer, broken)).toMatchObject({
      ok: false,
      error: { code: 'storage.failed' },
    });
    expect(await databaseHash(writer.db)).toBe(before);
    const newer = { ...backup, dbVersion: DB_VERSION + 1 };
    expect(await backupRestore(writer, newer)).toMatchObject({
      ok: false,
      error: { code: 'backup.newerVersion' },
    });
    expect(await databaseHash(writer.db)).toBe(before);
  });
});
