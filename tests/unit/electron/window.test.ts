import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';

const electron = vi.hoisted(() => ({ created: [] as { options: unknown; loadURL: Mock }[] }));

vi.mock('electron', () => {
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    show = vi.fn();
    constructor(readonly options: unknown) {
      electron.created.push(this);
    }
  }
  return { BrowserWindow };
});

import { createMainWindow, mainWindowOptions } from '../../../electron/main/window';

describe('main window', () => {
  beforeEach(() => {
    electron.created.length = 0;
  });

  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    const prefs = mainWindowOptions({
      preloadPath: '/app/out/preload/index.cjs',
      isPackaged: true,
    }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('offers DevTools only in a development build', () => {
    expect(mainWindowOptions({ preloadPath: 'p', isPackaged: true }).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: 'p', isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('is titled Crisis Room, 1440x900 by default and at least 1024x700', () => {
    expect(mainWindowOptions({ preloadPath: 'p', isPackaged: true })).toMatchObject({
      title: 'Crisis Room',
      width: 1440,
      height: 900,
      minWidth: 1024,
      minHeight: 700,
    });
  });

  it('creates the window with those options and loads the given URL', () => {
    createMainWindow({ preloadPath: 'p', isPackaged: true }, 'app://crisis-room/');
    expect(electron.created).toHaveLength(1);
    const [window] = electron.created;
    expect(window?.options).toEqual(mainWindowOptions({ preloadPath: 'p', isPackaged: true }));
    expect(window?.loadURL).toHaveBeenCalledWith('app://crisis-room/');
  });
});
