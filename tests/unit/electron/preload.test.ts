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
      'desktopAttention',
      'desktopLanguage',
      'hubHost',
      'hubStatus',
      'hubStop',
      'onDesktopCommand',
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

  it('hands menu commands on without the IPC event (which would expose ipcRenderer), and unsubscribes', () => {
    const onDesktopCommand = exposedApi()['onDesktopCommand'] as (
      listener: (command: unknown) => void,
    ) => () => void;
    const listener = vi.fn();
    const unsubscribe = onDesktopCommand(listener);
    expect(electron.on).toHaveBeenCalledWith('desktop:command', expect.any(Function));
    const forward = electron.on.mock.calls.at(-1)?.[1] as (event: unknown, command: unknown) => void;
    const event = { sender: { invoke: electron.invoke } };
    forward(event, 'new-entry');
    expect(listener).toHaveBeenCalledWith('new-entry');
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(electron.removeListener).toHaveBeenCalledWith('desktop:command', forward);
  });

  it('imports nothing but electron at run time, as a sandboxed preload must', () => {
    const source = readFileSync(new URL('../../../electron/preload/index.ts', import.meta.url), 'utf8');
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)(?:[^;]*?\sfrom\s+)?'([^']+)'/gms)].map(
      (match) => match[1],
    );
    expect(runtimeImports).toEqual(['electron']);
  });
});
