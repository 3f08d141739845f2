import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/hub/sqlite-migrations';
import { openSqliteStore, SQLITE_FILE_NAME } from '../../../electron/hub/sqlite-store';
import { DEVICE_A, DEVICE_B, operation, operations, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

describe('SQLite hub store', () => {
  it('assigns increasing sequence numbers in append order', () => {
    const store = openSqliteStore(tempDir());
    const batch = operations(DEVICE_A, 5);
    expect(store.append(batch, DEVICE_A)).toEqual({ accepted: 5, duplicates: 0, head: 5 });
    const read = store.read(0, 100);
    expect(read.map((item) => item.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(read.map((item) => item.operation)).toEqual(batch);
    store.close();
  });

  it('stores an operation once, however often it is appended', () => {
    const store = openSqliteStore(tempDir());
    const batch = operations(DEVICE_A, 3);
    store.append(batch, DEVICE_A);
    expect(store.append(batch, DEVICE_A)).toEqual({ accepted: 0, duplicates: 3, head: 3 });
    const extra = operation(DEVICE_A);
    expect(store.append([batch[0]!, extra, extra], DEVICE_A)).toEqual({
      accepted: 1,
      duplicates: 2,
      head: 4,
    });
    expect(store.read(0, 100).map((item) => item.operation.id)).toEqual([
      ...batch.map((op) => op.id),
      extra.id,
    ]);
    store.close();
  });

  it('reads by cursor, a page at a time', () => {
    const store = openSqliteStore(tempDir());
    store.append(operations(DEVICE_A, 10), DEVICE_A);
    expect(store.read(3, 4).map((item) => item.seq)).toEqual([4, 5, 6, 7]);
    expect(store.read(8, 100).map((item) => item.seq)).toEqual([9, 10]);
    expect(store.read(10, 100)).toEqual([]);
    store.close();
  });

  it('stops a page at the byte budget, but always returns at least one operation', () => {
    const store = openSqliteStore(tempDir());
    const big = (n: number) => operation(DEVICE_A, { patch: { text: 'x'.repeat(n) } });
    store.append([big(1000), big(1000), big(1000), big(5000)], DEVICE_A);
    expect(store.read(0, 10, 3000).map((item) => item.seq)).toEqual([1, 2]);
    expect(store.read(3, 10, 100).map((item) => item.seq)).toEqual([4]);
    // The statement left mid-way is usable again, and so is the store.
    expect(store.read(0, 10, 3000).map((item) => item.seq)).toEqual([1, 2]);
    expect(store.append(operations(DEVICE_A, 1), DEVICE_A).head).toBe(5);
    expect(store.read(0, 10).length).toBe(5);
    store.close();
  });

  it('keeps the head monotonic and leaves no gaps when duplicates are appended', () => {
    const store = openSqliteStore(tempDir());
    expect(store.head()).toBe(0);
    const heads: number[] = [];
    const first = operations(DEVICE_A, 2);
    for (const batch of [first, operations(DEVICE_B, 3), first, operations(DEVICE_A, 1)]) {
      heads.push(store.append(batch, DEVICE_A).head);
    }
    expect(heads).toEqual([2, 5, 5, 6]);
    store.close();
  });

  it('keeps operations, devices and settings after closing and reopening', () => {
    const dir = tempDir();
    const store = openSqliteStore(dir);
    const batch = operations(DEVICE_A, 4);
    store.append(batch, DEVICE_A);
    store.registerDevice(DEVICE_A, 'hash-a', 'Anna');
    store.setMeta('teamName', 'Comms');
    store.close();

    const reopened = openSqliteStore(dir);
    expect(reopened.head()).toBe(4);
    expect(reopened.read(0, 10).map((item) => item.operation)).toEqual(batch);
    expect(reopened.deviceForTokenHash('hash-a')).toEqual({ deviceId: DEVICE_A, memberName: 'Anna' });
    expect(reopened.getMeta('teamName')).toBe('Comms');
    expect(reopened.append(operations(DEVICE_A, 1), DEVICE_A).head).toBe(5);
    reopened.close();
  });

  it('gives a device that joins again a second token, and keeps the first', () => {
    const store = openSqliteStore(tempDir());
    store.registerDevice(DEVICE_A, 'first', 'Anna');
    store.registerDevice(DEVICE_A, 'second');
    expect(store.deviceForTokenHash('first')).toEqual({ deviceId: DEVICE_A, memberName: 'Anna' });
    expect(store.deviceForTokenHash('second')).toEqual({ deviceId: DEVICE_A, memberName: 'Anna' });
    expect(store.deviceForTokenHash('unknown')).toBeUndefined();
    store.close();
  });

  it('keeps fields of an operation that it does not know', () => {
    const store = openSqliteStore(tempDir());
    const future = { ...operation(DEVICE_A), addedInVersion2: { x: 1 } };
    store.append([future], DEVICE_A);
    expect(store.read(0, 1)[0]!.operation).toEqual(future);
    store.close();
  });

  it('appends all of a batch or none of it', () => {
    const store = openSqliteStore(tempDir());
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const batch = [operation(DEVICE_A), operation(DEVICE_A, { patch: cyclic })];
    expect(() => store.append(batch, DEVICE_A)).toThrow();
    expect(store.head()).toBe(0);
    store.close();
  });

  it('refuses a database written by a newer hub', () => {
    const dir = tempDir();
    openSqliteStore(dir).close();
    const db = new DatabaseSync(path.join(dir, SQLITE_FILE_NAME));
    db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(
      SCHEMA_VERSION + 1,
      'later',
    );
    db.close();
    expect(() => openSqliteStore(dir)).toThrow(/newer than this hub understands/);
  });

  it('keeps the database in WAL mode (journal mode is stored in the file)', () => {
    const dir = tempDir();
    openSqliteStore(dir).close();
    const db = new DatabaseSync(path.join(dir, SQLITE_FILE_NAME));
    expect(db.prepare('PRAGMA journal_mode').get()?.['journal_mode']).toBe('wal');
    db.close();
  });
});
