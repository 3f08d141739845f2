import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_KEY } from '../../../shared/ipc';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })),
  on: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    on: electron.on,
    removeListener: electron.removeListener,
    send: vi.fn(),
  },
}));

await import('../../../electron/preload/index');

function exposedApi(): Record<string, unknown> {
  return electron.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>;
}

describe('preload', () => {
  it('exposes exactly the named API functions under the contract key', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.exposeInMainWorld.mock.calls[0]?.[0]).toBe(DESKTOP_API_KEY);
    const api = exposedApi();
    expect(Object.keys(api).sort()).toEqual([
      'appInfo',
      'backupList',
      'backupRead',
      'backupReveal',
      'backupWrite',
      'desktopAttention',
      'desktopLanguage',
      'desktopNotifications',
      'fileOpen',
      'fileSave',
      'hubHost',
      'hubStatus',
      'hubStop',
      'onArchiveOpen',
      'onBackupRequest',
      'onDesktopCommand',
      'reportPdf',
    ]);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('does not hand out ipcRenderer or any of its methods', () => {
    for (const value of Object.values(exposedApi())) {
      expect(value).not.toBe(electron.invoke);
    }
  });

  it('appInfo invokes the app:info channel with no arguments and returns its result', async () => {
    const appInfo = exposedApi()['appInfo'] as () => Promise<unknown>;
    await expect(appInfo()).resolves.toEqual({ ok: true, value: 'answer' });
    expect(electron.invoke).toHaveBeenCalledWith('app:info');
  });

  it('binds each hub function to its own channel, passing the request through', async () => {
    const api = exposedApi() as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await api['hubHost']!({ teamName: 'Crisis team' });
    expect(electron.invoke).toHaveBeenLastCalledWith('hub:host', { teamName: 'Crisis team' });
    await api['hubStatus']!();
    expect(electron.invoke).toHaveBeenLastCalledWith('hub:status');
    await api['hubStop']!();
    expect(electron.invoke).toHaveBeenLastCalledWith('hub:stop');
  });

  it('binds the desktop functions to their channels', async () => {
    const api = exposedApi() as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await api['desktopAttention']!({ openApprovals: 2 });
    expect(electron.invoke).toHaveBeenLastCalledWith('desktop:attention', { openApprovals: 2 });
    await api['desktopLanguage']!('nl');
    expect(electron.invoke).toHaveBeenLastCalledWith('desktop:language', 'nl');
  });

  it('binds the file and backup functions to their channels, passing the request through', async () => {
    const api = exposedApi() as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const calls: [string, unknown[], unknown[]][] = [
      ['fileSave', [{ suggestedName: 'r', kind: 'csv', content: 'a' }], ['file:save']],
      ['reportPdf', [{ suggestedName: 'r', html: '<p>' }], ['report:pdf']],
      ['fileOpen', [{ kind: 'archive' }], ['file:open']],
      ['backupWrite', [{ content: '{}', reason: 'manual' }], ['backup:write']],
      ['backupList', [], ['backup:list']],
      ['backupRead', [{ name: 'crisis-room-20261204-154102-auto.json' }], ['backup:read']],
      ['backupReveal', [], ['backup:reveal']],
    ];
    for (const [name, args, [channel]] of calls) {
      await expect(api[name]!(...args)).resolves.toEqual({ ok: true, value: 'answer' });
      expect(electron.invoke).toHaveBeenLastCalledWith(channel, ...args);
    }
  });

  it('keeps archives that arrive before anyone listens for the first listener, payload only', () => {
    const onArchiveOpen = exposedApi()['onArchiveOpen'] as (listener: (file: unknown) => void) => () => void;
    const forward = electron.on.mock.calls.find(([event]) => event === 'archive:open')?.[1] as (
      event: unknown,
      file: unknown,
    ) => void;
    const event = { sender: { invoke: electron.invoke } };
    forward(event, { name: 'a.crisisroom', content: '1' });
    const listener = vi.fn();
    const unsubscribe = onArchiveOpen(listener);
    expect(listener.mock.calls).toEqual([[{ name: 'a.crisisroom', content: '1' }]]);
    forward(event, { name: 'b.crisisroom', content: '2' });
    expect(listener.mock.calls.at(-1)).toEqual([{ name: 'b.crisisroom', content: '2' }]);
    unsubscribe();
    forward(event, { name: 'c.crisisroom', content: '3' });
    expect(listener).toHaveBeenCalledTimes(2);
    // The next listener gets what came in between, once.
    const next = vi.fn();
    onArchiveOpen(next)();
    onArchiveOpen(next);
    expect(next.mock.calls).toEqual([[{ name: 'c.crisisroom', content: '3' }]]);
  });

  it.each([
    ['menu commands', 'onDesktopCommand', 'desktop:command', 'new-entry'],
    ['backup requests', 'onBackupRequest', 'backup:request', { reason: 'quit' }],
  ])(
    'hands %s on without the IPC event (which would expose ipcRenderer), and unsubscribes',
    (_label, name, channel, payload) => {
      const subscribe = exposedApi()[name] as (listener: (payload: unknown) => void) => () => void;
      const listener = vi.fn();
      const unsubscribe = subscribe(listener);
      expect(electron.on).toHaveBeenLastCalledWith(channel, expect.any(Function));
      const forward = electron.on.mock.calls.at(-1)?.[1] as (event: unknown, payload: unknown) => void;
      const event = { sender: { invoke: electron.invoke } };
      forward(event, payload);
      expect(listener.mock.calls).toEqual([[payload]]);
      unsubscribe();
      expect(electron.removeListener).toHaveBeenCalledWith(channel, forward);
    },
  );

  it('imports nothing but electron at run time, as a sandboxed preload must', () => {
    const source = readFileSync(new URL('../../../electron/preload/index.ts', import.meta.url), 'utf8');
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)(?:[^;]*?\sfrom\s+)?'([^']+)'/gms)].map(
      (match) => match[1],
    );
    expect(runtimeImports).toEqual(['electron']);
  });
});
