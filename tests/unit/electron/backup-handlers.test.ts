import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcInvokeFrom } from './fake-electron';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  openPath: vi.fn(async (_path: string) => ''),
}));

vi.mock('electron', async () => ({
  ipcMain: (await import('./fake-electron')).fakeIpcMain(electron.handlers),
  BrowserWindow: { fromWebContents: () => ({}) },
  app: { isPackaged: true },
  shell: { openPath: electron.openPath },
}));

import { BackupStore } from '../../../electron/main/backup-store';
import { registerBackupHandlers } from '../../../electron/main/handlers/backups';

let dir: string;
let backupsDir: string;
const quitBackupLanded = vi.fn();

const callFrom = (url: string, channel: string, ...args: unknown[]) =>
  ipcInvokeFrom(electron.handlers, url, channel, ...args);
const call = (channel: string, ...args: unknown[]) => callFrom('app://crisis-room/', channel, ...args);

describe('backup handlers', () => {
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'crisis-room-backup-ipc-'));
    backupsDir = path.join(dir, 'backups');
    electron.handlers.clear();
    electron.openPath.mockClear();
    quitBackupLanded.mockClear();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerBackupHandlers({ store: new BackupStore(backupsDir), quitBackupLanded });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes, lists and reads a backup by its name', async () => {
    const written = (await call('backup:write', { content: '{"v":1}', reason: 'manual' })) as {
      value: { name: string };
    };
    expect(written).toMatchObject({ ok: true, value: { reason: 'manual', size: 7 } });
    await expect(call('backup:list')).resolves.toEqual({ ok: true, value: [written.value] });
    await expect(call('backup:read', { name: written.value.name })).resolves.toEqual({
      ok: true,
      value: { content: '{"v":1}' },
    });
  });

  it('tells the quit flow when a quit backup has landed, and only then', async () => {
    await call('backup:write', { content: '{}', reason: 'auto' });
    expect(quitBackupLanded).not.toHaveBeenCalled();
    await call('backup:write', { content: '{}', reason: 'quit' });
    expect(quitBackupLanded).toHaveBeenCalledTimes(1);
  });

  it('tells the quit flow also when the quit backup failed, so quitting does not wait for nothing', async () => {
    // A file where the folder should be: the backup cannot be written.
    writeFileSync(backupsDir, 'in the way');
    const result = await call('backup:write', { content: '{}', reason: 'quit' });
    expect(result).toEqual({ ok: false, error: { code: 'file.writeFailed', detail: 'backup:write' } });
    expect(JSON.stringify(result)).not.toContain(dir);
    expect(quitBackupLanded).toHaveBeenCalledTimes(1);
  });

  it.each([
    '../settings.json',
    '..\\settings.json',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'crisis-room-20261204-154102-auto.json/../../settings.json',
  ])('refuses to read %s', async (name) => {
    writeFileSync(path.join(dir, 'settings.json'), '{"secret":true}');
    const result = await call('backup:read', { name });
    expect(result).toEqual({ ok: false, error: { code: 'backup.nameInvalid', detail: 'backup:read' } });
  });

  it('says backup.notFound for a backup name that is not there', async () => {
    await expect(call('backup:read', { name: 'crisis-room-20261204-154102-auto.json' })).resolves.toEqual({
      ok: false,
      error: { code: 'backup.notFound', detail: 'backup:read' },
    });
  });

  it.each([
    ['backup:write', [{ content: '{}', reason: 'daily' }]],
    ['backup:write', [{ content: 42, reason: 'auto' }]],
    ['backup:write', [{ content: '{}', reason: 'auto', name: '../x.json' }]],
    ['backup:read', [{ path: '/etc/passwd' }]],
    ['backup:read', ['crisis-room-20261204-154102-auto.json']],
    ['backup:list', [{}]],
    ['backup:reveal', ['/etc']],
  ])('refuses malformed %s calls', async (channel, args) => {
    await expect(call(channel, ...args)).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipc.invalidRequest' },
    });
    expect(electron.openPath).not.toHaveBeenCalled();
  });

  it.each(['backup:write', 'backup:list', 'backup:read', 'backup:reveal'])(
    'refuses %s from a foreign page, writing and showing nothing',
    async (channel) => {
      const result = await callFrom('https://evil.example/', channel, { content: '{}', reason: 'auto' });
      expect(result).toMatchObject({ ok: false, error: { code: 'ipc.forbiddenSender' } });
      expect(readdirSync(dir)).toEqual([]);
      expect(electron.openPath).not.toHaveBeenCalled();
    },
  );

  it('shows the backups folder, creating it first', async () => {
    await expect(call('backup:reveal')).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(electron.openPath).toHaveBeenCalledWith(backupsDir);
    expect(readdirSync(dir)).toEqual(['backups']);
  });
});
