/**
 * Main process entry: the app's lifecycle and nothing else. Security guards and the app protocol are
 * set up before the first window can exist; the window then loads the packaged renderer from
 * app://crisis-room/ (or the Vite dev server under `electron-vite dev`).
 */
import { join } from 'node:path';
import { app, BrowserWindow, utilityProcess } from 'electron';
import { registerAppHandlers } from './handlers/app';
import { registerHubHandlers } from './handlers/hub';
import { HubHost } from './hub-host';
import { APP_ENTRY_URL, devServerUrl } from './origins';
import { hubProcessPath, preloadPath, rendererDir } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { installSecurityGuards } from './security';
import { createMainWindow } from './window';

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

  const openMainWindow = (): void => {
    const window = createMainWindow(
      { preloadPath, isPackaged: app.isPackaged },
      devServerUrl() ?? APP_ENTRY_URL,
    );
    window.on('closed', () => {
      mainWindow = undefined;
    });
    mainWindow = window;
  };

  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    handleAppProtocol(rendererDir);
    registerAppHandlers();
    registerHubHandlers(hubHost);
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
