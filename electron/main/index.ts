/**
 * Main process entry: the app's lifecycle and nothing else. Security guards and the app protocol are
 * set up before the first window can exist; the window then loads the packaged renderer from
 * app://crisis-room/ (or the Vite dev server under `electron-vite dev`).
 */
import { join } from 'node:path';
import { app, BrowserWindow, screen, utilityProcess } from 'electron';
import { ArchiveInbox, archiveArgument } from './archive-open';
import { BackupStore } from './backup-store';
import { desktopShellCreate } from './desktop-shell';
import { fileReadLimited } from './file-io';
import { registerAppHandlers } from './handlers/app';
import { registerBackupHandlers } from './handlers/backups';
import { registerDesktopHandlers } from './handlers/desktop';
import { registerFileHandlers } from './handlers/files';
import { registerHubHandlers } from './handlers/hub';
import { HubHost } from './hub-host';
import { ipcSend } from './ipc-events';
import { APP_ENTRY_URL, devServerUrl } from './origins';
import { hubProcessPath, preloadPath, rendererDir } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { QuitBackup } from './quit-backup';
import { quitFlowCreate } from './quit-flow';
import { reportPdfRender } from './report-pdf';
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
  const backupStore = new BackupStore(join(app.getPath('userData'), 'backups'));
  const quitBackup = new QuitBackup(() => mainWindow?.webContents);

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
    // Closing the window ends its renderer: it makes its last backup first (a quit already asked it).
    window.on('close', (event) => {
      if (!quitBackup.needed()) return;
      event.preventDefault();
      void quitBackup.run().finally(() => {
        if (!window.isDestroyed()) window.close();
      });
    });
    window.on('closed', () => {
      mainWindow = undefined;
    });
    // The renderer can take an archive once its page has loaded (the preload keeps it until the UI
    // listens); after a reload, too.
    window.webContents.on('did-finish-load', () => archiveInbox.flush());
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

  const archiveInbox = new ArchiveInbox({
    read: (file) => fileReadLimited(file),
    deliver: (archive) => {
      const contents = mainWindow?.webContents;
      // No window (macOS keeps running without one): open it; the archive follows once it has loaded.
      if (contents === undefined) showMainWindow();
      if (contents === undefined || contents.isDestroyed() || contents.isLoading()) return false;
      ipcSend(contents, 'archive:open', archive);
      showMainWindow();
      return true;
    },
    // Dialogs need a ready app; macOS can hand over a file before that.
    refuse: (name, reason) => void app.whenReady().then(() => desktopShell.archiveRefused(name, reason)),
  });

  // A second launch (double-clicking the icon again, or an archive) brings the running war room to the
  // front, with the archive if it was one.
  // On macOS the app lives on with every window closed: a second launch then opens a new one.
  app.on('second-instance', (_event, argv: string[], workingDirectory: string) => {
    showMainWindow();
    const archive = archiveArgument(argv, workingDirectory);
    if (archive !== undefined) void archiveInbox.open(archive);
  });

  // macOS hands files over with this event, also before the app is ready when one starts it.
  app.on('open-file', (event, file: string) => {
    event.preventDefault();
    void archiveInbox.open(file);
  });

  void app.whenReady().then(() => {
    handleAppProtocol(rendererDir);
    registerAppHandlers();
    registerHubHandlers(hubHost);
    registerDesktopHandlers(desktopShell);
    registerFileHandlers({
      window: () => mainWindow,
      language: () => desktopShell.language(),
      defaultDir: () => app.getPath('documents'),
      pdfRender: (html) => reportPdfRender(html),
    });
    registerBackupHandlers({ store: backupStore, quitBackupLanded: () => quitBackup.landed() });
    desktopShell.start();
    openMainWindow();
    const archive = archiveArgument(process.argv, process.cwd());
    if (archive !== undefined) void archiveInbox.open(archive);
    // macOS keeps the app running without windows; clicking the dock icon brings the war room back.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });

  // Before the app goes: the renderer's last backup, then a hosted hub closes its database. Each once.
  app.on(
    'before-quit',
    quitFlowCreate(
      [
        { name: 'the quit backup', needed: () => quitBackup.needed(), run: () => quitBackup.run() },
        { name: 'stopping the hub', needed: () => hubHost.status() !== null, run: () => hubHost.stop() },
      ],
      () => app.quit(),
    ),
  );

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
