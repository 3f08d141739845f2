/**
 * The single main window. Its web preferences are the first security boundary: the renderer gets no
 * Node, runs sandboxed and isolated, and reaches the main process only through the preload's bridge.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions, type Rectangle } from 'electron';

export interface MainWindowSettings {
  preloadPath: string;
  /** DevTools are for development builds only. */
  isPackaged: boolean;
  /** Where the window was last time (see window-state.ts); absent: the default size, centred. */
  bounds?: Rectangle;
  /** Opens maximised, as it was closed. */
  maximized?: boolean;
}

export const MAIN_WINDOW_MINIMUM = { width: 1024, height: 700 };

export function mainWindowOptions({
  preloadPath,
  isPackaged,
  bounds,
}: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Crisis Room',
    width: 1440,
    height: 900,
    ...bounds,
    minWidth: MAIN_WINDOW_MINIMUM.width,
    minHeight: MAIN_WINDOW_MINIMUM.height,
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
  window.once('ready-to-show', () => {
    if (settings.maximized === true) window.maximize();
    window.show();
  });
  void window.loadURL(url);
  return window;
}
