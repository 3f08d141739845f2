import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeWindow {
  options: { webPreferences?: { sandbox?: boolean } };
  loadURL: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
}

const electron = vi.hoisted(() => {
  const state = {
    isPackaged: true,
    gotLock: true,
    ready: undefined as (() => void) | undefined,
    appListeners: new Map<string, (...args: unknown[]) => void>(),
    windows: [] as FakeWindow[],
    calls: [] as string[],
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined);
    focus = vi.fn();
    once = vi.fn();
    on = vi.fn();
    isMinimized = () => false;
    constructor(readonly options: unknown) {
      electron.calls.push('new BrowserWindow');
      electron.windows.push(this as unknown as FakeWindow);
    }
    static getAllWindows = () => electron.windows;
    static fromWebContents = () => null;
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
      getVersion: () => '0.1.0',
      getPath: () => '/data',
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => electron.calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string) => electron.calls.push(`protocol.handle ${scheme}`)),
    },
    ipcMain: { handle: vi.fn((channel: string) => electron.calls.push(`ipcMain.handle ${channel}`)) },
    shell: { openExternal: vi.fn() },
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
  });

  afterEach(() => {
    vi.unstubAllEnvs();
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

  it('focuses the existing window when a second instance starts', async () => {
    await startApp();
    await becomeReady();
    electron.appListeners.get('second-instance')?.();
    expect(electron.windows[0]?.focus).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(1);
  });

  it('quits without delay when this app hosts no hub', async () => {
    await startApp();
    await becomeReady();
    const event = { preventDefault: vi.fn() };
    electron.appListeners.get('before-quit')?.(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
