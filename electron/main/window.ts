/**
 * The single main window. Its web preferences are the first security boundary: the renderer gets no
 * Node, runs sandboxed and isolated, and reaches the main process only through the preload's bridge.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowSettings {
  preloadPath: string;
  /** DevTools are for development builds only. */
  isPackaged: boolean;
}

export function mainWindowOptions({
  preloadPath,
  isPackaged,
}: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Crisis Room',
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    // Shown once the first frame is painted, so a war room never stares at a blank white window.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: !isPackaged,
    },
  };
}

/** Creates the window and loads `url`, which the caller has chosen (app protocol or dev server). */
export function createMainWindow(settings: MainWindowSettings, url: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(settings));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
