/**
 * Main process entry: the app's lifecycle and nothing else. Security guards and the app protocol are
 * set up before the first window can exist; the window then loads the packaged renderer from
 * app://crisis-room/ (or the Vite dev server under `electron-vite dev`).
 */
import { join } from 'node:path';
import { app, BrowserWindow, screen, utilityProcess } from 'electron';
import { desktopShellCreate } from './desktop-shell';
import { registerAppHandlers } from './handlers/app';
import { registerDesktopHandlers } from './handlers/desktop';
import { registerHubHandlers } from './handlers/hub';
import { HubHost } from './hub-host';
import { APP_ENTRY_URL, devServerUrl } from './origins';
import { hubProcessPath, preloadPath, rendererDir } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { installSecurityGuards } from './security';
import { SettingsStore } from './settings';
import { createMainWindow, MAIN_WINDOW_MINIMUM } from './window';
import { windowBoundsRestore, windowStateTrack } from './window-state';

// Two instances would fight over the same IndexedDB files in the user data folder: the second one
// hands over to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Both must happen before `ready`: privileged schemes cannot be registered later, and sandboxing
  // every renderer is a process-wide switch.
  registerAppScheme();
  app.enableSandbox();
  installSecurityGuards();

  let mainWindow: BrowserWindow | undefined;
  const hubHost = new HubHost({
    fork: (args) => utilityProcess.fork(hubProcessPath, args, { serviceName: 'Crisis Room hub' }),
    dataDir: join(app.getPath('userData'), 'hub'),
  });

  const settings = new SettingsStore(app.getPath('userData'));

  const openMainWindow = (): void => {
    const saved = settings.get().window;
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const window = createMainWindow(
      {
        preloadPath,
        isPackaged: app.isPackaged,
        bounds: windowBoundsRestore(saved, workAreas, MAIN_WINDOW_MINIMUM),
        maximized: saved?.maximized ?? false,
      },
      devServerUrl() ?? APP_ENTRY_URL,
    );
    windowStateTrack(window, (state) => settings.update({ window: state }));
    window.on('closed', () => {
      mainWindow = undefined;
    });
    mainWindow = window;
  };

  const showMainWindow = (): void => {
    if (mainWindow === undefined) {
      if (app.isReady()) openMainWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  const desktopShell = desktopShellCreate({
    settings,
    window: () => mainWindow,
    windowShow: showMainWindow,
  });

  // A second launch (double-clicking the icon again) brings the running war room to the front.
  app.on('second-instance', () => {
    if (mainWindow !== undefined) showMainWindow();
  });

  void app.whenReady().then(() => {
    handleAppProtocol(rendererDir);
    registerAppHandlers();
    registerHubHandlers(hubHost);
    registerDesktopHandlers(desktopShell);
    desktopShell.start();
    openMainWindow();
    // macOS keeps the app running without windows; clicking the dock icon brings the war room back.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });

  // A hosted hub closes its database before the app goes: quit waits for it once.
  let hubStopped = false;
  app.on('before-quit', (event) => {
    if (hubStopped || hubHost.status() === null) return;
    event.preventDefault();
    void hubHost.stop().finally(() => {
      hubStopped = true;
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
