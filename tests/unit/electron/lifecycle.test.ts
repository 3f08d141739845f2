import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FILE_MAX_BYTES, ipcChannels, type IpcChannel } from '../../../shared/ipc';
import { fakeFrame, fakeWebContents, ipcInvokeFrom } from './fake-electron';

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
  close: ReturnType<typeof vi.fn>;
  minimized: boolean;
  /** Fires a window event; true when a listener called preventDefault. */
  emit(event: string, ...args: unknown[]): boolean;
  webContents: {
    send: ReturnType<typeof vi.fn>;
    loading: boolean;
    emit(event: string): void;
  };
}

const electron = vi.hoisted(() => {
  const state = {
    isPackaged: true,
    gotLock: true,
    userData: '',
    isReady: false,
    whenReady: [] as (() => void)[],
    appListeners: new Map<string, (...args: unknown[]) => void>(),
    windows: [] as FakeWindow[],
    calls: [] as string[],
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    windowOfSender: null as object | null,
    menus: [] as unknown[],
    messageBoxes: [] as unknown[],
  };
  return state;
});

vi.mock('electron', () => {
  type Listener = (...args: unknown[]) => void;
  const emitter = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      on: vi.fn((event: string, listener: Listener) => {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      }),
      emit(event: string, ...args: unknown[]): boolean {
        const preventDefault = vi.fn();
        for (const listener of listeners.get(event) ?? []) listener({ preventDefault }, ...args);
        return preventDefault.mock.calls.length > 0;
      },
    };
  };
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined);
    focus = vi.fn();
    restore = vi.fn();
    show = vi.fn();
    once = vi.fn();
    close = vi.fn();
    events = emitter();
    on = this.events.on;
    emit = this.events.emit;
    isDestroyed = () => false;
    isFullScreen = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1440, height: 900 });
    minimized = false;
    isMinimized = () => this.minimized;
    webContents = {
      ...emitter(),
      send: vi.fn(),
      loading: true,
      isLoading(): boolean {
        return this.loading;
      },
      isDestroyed: () => false,
      isCrashed: () => false,
    };
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
        electron.isReady
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              electron.whenReady.push(resolve);
            }),
      isReady: () => electron.isReady,
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
    dialog: {
      showMessageBox: vi.fn(async (...args: unknown[]) => {
        electron.messageBoxes.push(args.at(-1));
        return { response: 0 };
      }),
    },
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
  electron.isReady = true;
  for (const resolve of electron.whenReady.splice(0)) resolve();
  await settle();
}

/** Lets pending promises and file reads run. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Fires before-quit; true when main held the quit back. */
function beforeQuit(): boolean {
  const event = { preventDefault: vi.fn() };
  electron.appListeners.get('before-quit')?.(event);
  return event.preventDefault.mock.calls.length > 0;
}

function quits(): number {
  return electron.calls.filter((call) => call === 'quit').length;
}

/** Calls a registered handler as our own window's page would. */
function invoke(channel: IpcChannel, ...args: unknown[]): Promise<unknown> {
  electron.windowOfSender = {};
  return ipcInvokeFrom(electron.handlers, 'app://crisis-room/', channel, ...args);
}

describe('main process lifecycle', () => {
  beforeEach(() => {
    electron.isPackaged = true;
    electron.gotLock = true;
    electron.isReady = false;
    electron.whenReady.length = 0;
    electron.appListeners.clear();
    electron.windows.length = 0;
    electron.calls.length = 0;
    electron.handlers.clear();
    electron.menus.length = 0;
    electron.messageBoxes.length = 0;
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
      'on open-file',
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
    electron.appListeners.get('second-instance')?.({}, ['crisis-room'], '/');
    expect(electron.windows[0]?.restore).toHaveBeenCalled();
    expect(electron.windows[0]?.focus).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(1);
  });

  it('opens a window when a second instance starts while none is open (macOS keeps the app running)', async () => {
    await startApp();
    await becomeReady();
    electron.windows[0]!.emit('closed');
    electron.appListeners.get('second-instance')?.({}, ['crisis-room'], '/');
    expect(electron.windows).toHaveLength(2);
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

  it('quits without delay when no window is open and this app hosts no hub', async () => {
    await startApp();
    await becomeReady();
    electron.windows[0]!.emit('closed');
    expect(beforeQuit()).toBe(false);
  });

  describe('backup on quit', () => {
    it('asks the renderer for a backup, and quits once, when its quit backup has landed', async () => {
      await startApp();
      await becomeReady();
      const window = electron.windows[0]!;
      expect(beforeQuit()).toBe(true);
      expect(window.webContents.send).toHaveBeenCalledWith('backup:request', { reason: 'quit' });
      await settle();
      expect(quits()).toBe(0);

      const written = await invoke('backup:write', { content: '{"backup":1}', reason: 'quit' });
      expect(written).toMatchObject({ ok: true, value: { reason: 'quit' } });
      await settle();
      expect(quits()).toBe(1);
      // The quit Electron now goes through with: no second request, and the window may close.
      expect(beforeQuit()).toBe(false);
      expect(window.emit('close')).toBe(false);
      expect(window.webContents.send).toHaveBeenCalledTimes(1);
      expect(readdirSync(path.join(electron.userData, 'backups'))).toEqual([
        expect.stringMatching(/^crisis-room-\d{8}-\d{6}-quit\.json$/),
      ]);
    });

    it('an automatic backup does not end the wait; quit presses meanwhile ask nothing new', async () => {
      await startApp();
      await becomeReady();
      beforeQuit();
      await invoke('backup:write', { content: '{}', reason: 'auto' });
      expect(beforeQuit()).toBe(true);
      await settle();
      expect(quits()).toBe(0);
      expect(electron.windows[0]!.webContents.send).toHaveBeenCalledTimes(1);
    });

    it('gives up waiting for the renderer after five seconds and quits anyway', async () => {
      await startApp();
      await becomeReady();
      vi.useFakeTimers();
      try {
        beforeQuit();
        await vi.advanceTimersByTimeAsync(4_900);
        expect(quits()).toBe(0);
        await vi.advanceTimersByTimeAsync(200);
        expect(quits()).toBe(1);
      } finally {
        vi.useRealTimers();
      }
    });

    it('closing the window asks for the backup first, then closes it', async () => {
      await startApp();
      await becomeReady();
      const window = electron.windows[0]!;
      expect(window.emit('close')).toBe(true);
      expect(window.webContents.send).toHaveBeenCalledWith('backup:request', { reason: 'quit' });
      await invoke('backup:write', { content: '{}', reason: 'quit' });
      await settle();
      expect(window.close).toHaveBeenCalledTimes(1);
      expect(window.emit('close')).toBe(false);
    });
  });

  describe('archives opened with the app', () => {
    const argv = process.argv;
    afterEach(() => {
      process.argv = argv;
    });

    function archiveFile(name = 'Brand hal B.crisisroom', content = '{"archive":true}'): string {
      const file = path.join(electron.userData, name);
      writeFileSync(file, content);
      return file;
    }

    it('reads the archive named on the command line and sends it once the page has loaded', async () => {
      process.argv = ['/opt/Crisis Room/crisis-room', '--no-sandbox', archiveFile()];
      await startApp();
      await becomeReady();
      const contents = electron.windows[0]!.webContents;
      await settle();
      expect(contents.send).not.toHaveBeenCalled();
      contents.loading = false;
      contents.emit('did-finish-load');
      await vi.waitFor(() =>
        expect(contents.send).toHaveBeenCalledWith('archive:open', {
          name: 'Brand hal B.crisisroom',
          content: '{"archive":true}',
        }),
      );
      // A reload does not send it again.
      contents.emit('did-finish-load');
      expect(contents.send).toHaveBeenCalledTimes(1);
    });

    it('takes an archive from a second instance, relative to where that was started', async () => {
      await startApp();
      await becomeReady();
      const contents = electron.windows[0]!.webContents;
      contents.loading = false;
      archiveFile('oefening.crisisroom', '{"exercise":true}');
      electron.appListeners.get('second-instance')?.(
        {},
        ['crisis-room', 'oefening.crisisroom'],
        electron.userData,
      );
      await vi.waitFor(() =>
        expect(contents.send).toHaveBeenCalledWith('archive:open', {
          name: 'oefening.crisisroom',
          content: '{"exercise":true}',
        }),
      );
    });

    it('refuses an archive over the size limit with a dialog, and sends nothing', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await startApp();
      await becomeReady();
      const contents = electron.windows[0]!.webContents;
      contents.loading = false;
      const file = path.join(electron.userData, 'huge.crisisroom');
      // Sparse: the size is there, the bytes are not written.
      writeFileSync(file, '');
      truncateSync(file, FILE_MAX_BYTES + 1);
      const event = { preventDefault: vi.fn() };
      electron.appListeners.get('open-file')?.(event, file);
      expect(event.preventDefault).toHaveBeenCalled();
      await vi.waitFor(() => expect(electron.messageBoxes).toHaveLength(1));
      expect(electron.messageBoxes[0]).toMatchObject({
        type: 'error',
        detail: 'huge.crisisroom is groter dan 256 MB.',
      });
      expect(contents.send).not.toHaveBeenCalled();
    });

    it('ignores files that are not archives', async () => {
      process.argv = ['crisis-room', archiveFile('notes.txt')];
      await startApp();
      await becomeReady();
      const contents = electron.windows[0]!.webContents;
      contents.loading = false;
      contents.emit('did-finish-load');
      await settle();
      expect(contents.send).not.toHaveBeenCalled();
    });
  });
});
