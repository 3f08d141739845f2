import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, type IpcChannel } from '../../../shared/ipc';
import { fakeFrame, fakeWebContents } from './fake-electron';

interface FakeWindow {
  options: {
    webPreferences?: { sandbox?: boolean };
    x?: number;
    y?: number;
    width?: number;
    height?: number;
  };
  loadURL: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
  restore: ReturnType<typeof vi.fn>;
  minimized: boolean;
}

const electron = vi.hoisted(() => {
  const state = {
    isPackaged: true,
    gotLock: true,
    userData: '',
    ready: undefined as (() => void) | undefined,
    appListeners: new Map<string, (...args: unknown[]) => void>(),
    windows: [] as FakeWindow[],
    calls: [] as string[],
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    windowOfSender: null as object | null,
    menus: [] as unknown[],
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined);
    focus = vi.fn();
    restore = vi.fn();
    show = vi.fn();
    once = vi.fn();
    on = vi.fn();
    minimized = false;
    isMinimized = () => this.minimized;
    constructor(readonly options: unknown) {
      electron.calls.push('new BrowserWindow');
      electron.windows.push(this as unknown as FakeWindow);
    }
    static getAllWindows = () => electron.windows;
    static fromWebContents = () => electron.windowOfSender;
  }
  return {
    app: {
      get isPackaged() {
        return electron.isPackaged;
      },
      requestSingleInstanceLock: () => electron.gotLock,
      quit: vi.fn(() => electron.calls.push('quit')),
      enableSandbox: vi.fn(() => electron.calls.push('enableSandbox')),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
        electron.calls.push(`on ${event}`);
        electron.appListeners.set(event, listener);
      }),
      whenReady: () =>
        new Promise<void>((resolve) => {
          electron.ready = resolve;
        }),
      isReady: () => electron.ready === undefined,
      getVersion: () => '0.1.0',
      getPath: () => electron.userData,
      getPreferredSystemLanguages: () => ['nl-NL', 'en-US'],
      setBadgeCount: vi.fn(),
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        electron.calls.push('setApplicationMenu');
        electron.menus.push(menu);
      },
    },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
    nativeImage: { createFromDataURL: vi.fn(() => ({})) },
    Notification: class {
      static isSupported = () => true;
      on = vi.fn();
      show = vi.fn();
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => electron.calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string) => electron.calls.push(`protocol.handle ${scheme}`)),
    },
    ipcMain: {
      handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
        electron.calls.push(`ipcMain.handle ${channel}`);
        electron.handlers.set(channel, handler);
      }),
    },
    shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
    utilityProcess: { fork: vi.fn(() => electron.calls.push('utilityProcess.fork')) },
    BrowserWindow,
  };
});

async function startApp(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main/index');
}

async function becomeReady(): Promise<void> {
  electron.ready?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('main process lifecycle', () => {
  beforeEach(() => {
    electron.isPackaged = true;
    electron.gotLock = true;
    electron.ready = undefined;
    electron.appListeners.clear();
    electron.windows.length = 0;
    electron.calls.length = 0;
    electron.handlers.clear();
    electron.menus.length = 0;
    electron.windowOfSender = null;
    electron.userData = mkdtempSync(path.join(tmpdir(), 'crisis-room-lifecycle-'));
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    rmSync(electron.userData, { recursive: true, force: true });
  });

  it('registers the scheme, sandbox and guards before ready, and opens no window yet', async () => {
    await startApp();
    expect(electron.calls).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'on web-contents-created',
      'on second-instance',
      'on before-quit',
      'on window-all-closed',
    ]);
  });

  it('once ready, serves app:, handles IPC and loads the app into one sandboxed window', async () => {
    await startApp();
    await becomeReady();
    expect(electron.calls).toContain('protocol.handle app');
    expect(electron.calls).toContain('ipcMain.handle app:info');
    for (const channel of ['hub:host', 'hub:status', 'hub:stop'])
      expect(electron.calls).toContain(`ipcMain.handle ${channel}`);
    // Hosting is the user's choice: nothing is forked until they ask.
    expect(electron.calls).not.toContain('utilityProcess.fork');
    expect(electron.calls.indexOf('protocol.handle app')).toBeLessThan(
      electron.calls.indexOf('new BrowserWindow'),
    );
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]?.options.webPreferences?.sandbox).toBe(true);
    expect(electron.windows[0]?.loadURL).toHaveBeenCalledWith('app://crisis-room/');
  });

  it('loads the Vite dev server when electron-vite dev provides one', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    electron.isPackaged = false;
    await startApp();
    await becomeReady();
    expect(electron.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('ignores a dev server URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://evil.example');
    await startApp();
    await becomeReady();
    expect(electron.windows[0]?.loadURL).toHaveBeenCalledWith('app://crisis-room/');
  });

  it('a second instance quits at once and leaves the first one alone', async () => {
    electron.gotLock = false;
    await startApp();
    expect(electron.calls).toEqual(['quit']);
  });

  it('focuses the existing window when a second instance starts, restoring it when minimised', async () => {
    await startApp();
    await becomeReady();
    electron.windows[0]!.minimized = true;
    electron.appListeners.get('second-instance')?.();
    expect(electron.windows[0]?.restore).toHaveBeenCalled();
    expect(electron.windows[0]?.focus).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(1);
  });

  it('registers a handler for every channel of the contract, each refusing foreign senders and bad arguments', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await startApp();
    await becomeReady();
    const channels = Object.keys(ipcChannels) as IpcChannel[];
    expect([...electron.handlers.keys()].sort()).toEqual([...channels].sort());
    const event = (url: string): IpcMainInvokeEvent =>
      ({ sender: fakeWebContents(fakeFrame()), senderFrame: fakeFrame({ url }) }) as never;
    for (const channel of channels) {
      const handler = electron.handlers.get(channel)!;
      electron.windowOfSender = {};
      await expect(handler(event('https://evil.example/'), { teamName: 'x' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'ipc.forbiddenSender' },
      });
      await expect(handler(event('app://crisis-room/'), { bogus: 1 }, 2)).resolves.toMatchObject({
        ok: false,
        error: { code: 'ipc.invalidRequest' },
      });
      // Our page, but a webContents that is no window of ours (a service worker, a devtools page).
      electron.windowOfSender = null;
      await expect(handler(event('app://crisis-room/'))).resolves.toMatchObject({
        ok: false,
        error: { code: 'ipc.forbiddenSender' },
      });
    }
  });

  it('builds the menu bar once ready, in the system language until the app says otherwise', async () => {
    await startApp();
    await becomeReady();
    expect(electron.calls).toContain('setApplicationMenu');
    const labels = (electron.menus.at(-1) as { label?: string }[]).map((menu) => menu.label);
    expect(labels).toContain('Bestand');
  });

  it('reopens the window where it was left, when that place is still on a screen', async () => {
    const window = { x: 200, y: 100, width: 1300, height: 800, maximized: false };
    writeFileSync(path.join(electron.userData, 'settings.json'), JSON.stringify({ window }));
    await startApp();
    await becomeReady();
    expect(electron.windows[0]?.options).toMatchObject({ x: 200, y: 100, width: 1300, height: 800 });
  });

  it('opens at the default size when the saved place is on a screen that is gone', async () => {
    const window = { x: 4000, y: 100, width: 1300, height: 800, maximized: false };
    writeFileSync(path.join(electron.userData, 'settings.json'), JSON.stringify({ window }));
    await startApp();
    await becomeReady();
    expect(electron.windows[0]?.options).toMatchObject({ width: 1440, height: 900 });
    expect(electron.windows[0]?.options.x).toBeUndefined();
  });

  it('quits without delay when this app hosts no hub', async () => {
    await startApp();
    await becomeReady();
    const event = { preventDefault: vi.fn() };
    electron.appListeners.get('before-quit')?.(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
