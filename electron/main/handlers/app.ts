/** IPC handlers for the `app:*` channels: facts about the installed application. */
import { app } from 'electron';
import { ipcHandle } from '../ipc';

export function registerAppHandlers(): void {
  ipcHandle('app:info', () => ({
    version: app.getVersion(),
    // Shown so a team knows where backups and exports live; it is the user's own folder.
    dataFolder: app.getPath('userData'),
    platform: process.platform,
  }));
}
