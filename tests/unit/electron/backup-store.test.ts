import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type * as FsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupReason } from '../../../shared/ipc';

/** Makes the next atomic write fail half-way through writing its bytes, as a full disk would. */
const disk = vi.hoisted(() => ({ failNextWrite: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const open: typeof fs.open = async (...args) => {
    const handle = await fs.open(...args);
    if (!disk.failNextWrite) return handle;
    disk.failNextWrite = false;
    const writeFile = handle.writeFile.bind(handle);
    return Object.assign(handle, {
      writeFile: async (data: Uint8Array) => {
        await writeFile(data.subarray(0, Math.floor(data.length / 2)));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
  };
  return { ...fs, open, default: { ...fs, open } };
});

const { BackupStore, backupNameFormat, backupNameParse, backupRetention } =
  await import('../../../electron/main/backup-store');

let dir: string;
let clock: Date;

function store() {
  return new BackupStore(path.join(dir, 'backups'), () => clock);
}

function files(): string[] {
  return readdirSync(path.join(dir, 'backups')).sort();
}

describe('backup store', () => {
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'crisis-room-backups-'));
    clock = new Date('2026-12-04T15:41:02.345Z');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    disk.failNextWrite = false;
  });

  it('writes a backup named by its UTC time and reason, and reads it back by that name', async () => {
    const backups = store();
    const info = await backups.write('{"incidents":[]}', 'auto');
    expect(info).toEqual({
      name: 'crisis-room-20261204-154102-auto.json',
      createdAt: '2026-12-04T15:41:02.000Z',
      size: 16,
      reason: 'auto',
    });
    await expect(backups.read(info.name)).resolves.toBe('{"incidents":[]}');
  });

  it('gives two backups in the same second different names', async () => {
    const backups = store();
    const first = await backups.write('1', 'manual');
    const second = await backups.write('2', 'manual');
    expect(second.name).toBe('crisis-room-20261204-154102-1-manual.json');
    await expect(backups.read(first.name)).resolves.toBe('1');
    await expect(backups.read(second.name)).resolves.toBe('2');
  });

  it('lists backups newest first with their sizes, ignoring other files', async () => {
    const backups = store();
    await backups.write('a', 'auto');
    clock = new Date('2026-12-04T16:00:00Z');
    await backups.write('bbb', 'beforeRestore');
    await backups.write('cc', 'beforeRestore');
    writeFileSync(path.join(dir, 'backups', 'notes.txt'), 'not a backup');
    mkdirSync(path.join(dir, 'backups', 'crisis-room-20301231-235959-auto.json'));
    expect(await backups.list()).toEqual([
      {
        name: 'crisis-room-20261204-160000-1-before-restore.json',
        createdAt: '2026-12-04T16:00:00.000Z',
        size: 2,
        reason: 'beforeRestore',
      },
      {
        name: 'crisis-room-20261204-160000-before-restore.json',
        createdAt: '2026-12-04T16:00:00.000Z',
        size: 3,
        reason: 'beforeRestore',
      },
      {
        name: 'crisis-room-20261204-154102-auto.json',
        createdAt: '2026-12-04T15:41:02.000Z',
        size: 1,
        reason: 'auto',
      },
    ]);
  });

  it('lists nothing before the first backup', async () => {
    await expect(store().list()).resolves.toEqual([]);
  });

  it.each(Object.entries(backupRetention) as [BackupReason, number][])(
    'keeps the newest %s backups (%i) and deletes older ones of that reason only',
    async (reason, keep) => {
      const backups = store();
      const other: BackupReason = reason === 'manual' ? 'auto' : 'manual';
      const kept = await backups.write('other', other);
      const names: string[] = [];
      for (let minute = 0; minute < keep + 3; minute++) {
        clock = new Date(Date.UTC(2026, 11, 5, 8, minute));
        names.push((await backups.write(`#${minute}`, reason)).name);
      }
      const listed = (await backups.list()).map((backup) => backup.name);
      expect(listed).toEqual([...names.slice(3).reverse(), kept.name]);
    },
  );

  it('leaves no partial file, and the earlier backups, when a write fails half-way', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const backups = store();
    const before = await backups.write('earlier', 'auto');
    clock = new Date('2026-12-04T16:00:00Z');
    disk.failNextWrite = true;
    await expect(backups.write('x'.repeat(10_000), 'auto')).rejects.toMatchObject({
      error: { code: 'file.writeFailed' },
    });
    expect(files()).toEqual([before.name]);
    // And the store keeps working after the failure.
    await backups.write('later', 'auto');
    expect(files()).toHaveLength(2);
  });

  it('sweeps up temporary files a crash left behind before the next write', async () => {
    const backups = store();
    await backups.write('a', 'auto');
    const leftover = '.crisis-room-20261204-154102-auto.json.0b3e.tmp';
    writeFileSync(path.join(dir, 'backups', leftover), 'half a backup');
    await backups.write('b', 'manual');
    expect(files()).not.toContain(leftover);
    expect(files()).toHaveLength(2);
  });

  it.each([
    ['a parent directory', '../settings.json'],
    ['a backup name behind ..', '../backups/crisis-room-20261204-154102-auto.json'],
    ['a path with /', 'sub/crisis-room-20261204-154102-auto.json'],
    ['a path with \\', 'sub\\crisis-room-20261204-154102-auto.json'],
    ['an absolute path', '/etc/passwd'],
    ['an absolute path to a backup', '/tmp/backups/crisis-room-20261204-154102-auto.json'],
    ['a Windows drive path', 'C:\\Users\\lead\\crisis-room-20261204-154102-auto.json'],
    ['the settings file', 'settings.json'],
    ['an unknown reason', 'crisis-room-20261204-154102-evil.json'],
    ['another extension', 'crisis-room-20261204-154102-auto.json.exe'],
    ['an impossible date', 'crisis-room-20260231-154102-auto.json'],
    ['a padded sequence', 'crisis-room-20261204-154102-01-auto.json'],
    ['a temporary file', '.crisis-room-20261204-154102-auto.json.0b3e.tmp'],
    ['an empty name', ''],
  ])('refuses to read %s', async (_label, name) => {
    await store().write('{}', 'auto');
    await expect(store().read(name)).rejects.toMatchObject({ error: { code: 'backup.nameInvalid' } });
  });

  it('says a well-formed name that is not there is not found', async () => {
    await expect(store().read('crisis-room-20261204-154102-auto.json')).rejects.toMatchObject({
      error: { code: 'backup.notFound' },
    });
  });

  it('names and parses each other, and only backup names parse', () => {
    const when = new Date('2026-01-02T03:04:05Z');
    for (const reason of ['auto', 'manual', 'quit', 'beforeRestore'] as const) {
      const name = backupNameFormat(when, reason, 7);
      expect(backupNameParse(name)).toMatchObject({ createdAt: when, sequence: 7, reason });
    }
    expect(backupNameParse('crisis-room-20260102-030405-before-restore.json')?.reason).toBe('beforeRestore');
    expect(backupNameParse('crisis-room-20260102-030405-beforeRestore.json')).toBeUndefined();
  });

  it('stores the content exactly, in UTF-8', async () => {
    const backups = store();
    const content = '{"title":"Brand in hal B – “ontruimd” 🚒"}';
    const info = await backups.write(content, 'manual');
    expect(readFileSync(path.join(dir, 'backups', info.name), 'utf8')).toBe(content);
    expect(info.size).toBe(Buffer.byteLength(content));
  });
});
