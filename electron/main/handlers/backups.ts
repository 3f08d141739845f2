/** IPC handlers for the `backup:*` channels: the renderer's backups, kept and rotated by main. */
import { shell } from 'electron';
import type { BackupStore } from '../backup-store';
import { ipcHandle } from '../ipc';

export interface BackupHandlerDeps {
  store: BackupStore;
  /** Told when a backup with reason 'quit' has landed (or failed): quitting may go on. */
  quitBackupLanded(): void;
}

export function registerBackupHandlers({ store, quitBackupLanded }: BackupHandlerDeps): void {
  ipcHandle('backup:write', async ({ content, reason }) => {
    try {
      return await store.write(content, reason);
    } finally {
      if (reason === 'quit') quitBackupLanded();
    }
  });
  ipcHandle('backup:list', () => store.list());
  ipcHandle('backup:read', async ({ name }) => ({ content: await store.read(name) }));
  ipcHandle('backup:reveal', async () => {
    // openPath answers with an error message, or '' when the file manager opened the folder.
    const error = await shell.openPath(await store.ensureDir());
    if (error !== '') console.error('Could not show the backups folder', error);
    return { opened: error === '' };
  });
}
