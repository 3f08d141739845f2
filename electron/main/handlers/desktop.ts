/** IPC handlers for the `desktop:*` channels: what the renderer tells the desktop shell. */
import type { DesktopShell } from '../desktop-shell';
import { ipcHandle } from '../ipc';

export function registerDesktopHandlers(shell: DesktopShell): void {
  ipcHandle('desktop:attention', (report) => ({ badge: shell.attention.report(report) }));
  ipcHandle('desktop:language', (language) => ({ language: shell.languageSet(language) }));
  ipcHandle('desktop:notifications', ({ enabled }) => ({ enabled: shell.notifications(enabled) }));
}
