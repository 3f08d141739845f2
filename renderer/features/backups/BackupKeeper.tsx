/**
 * Keeps the desktop app's automatic backups: every few minutes while anything changed (typed here or
 * synced from teammates), and whenever the shell asks (on quit). Also answers the menu's "Back up now".
 * In a browser only the menu command exists (and there is no menu): backups are made by hand there.
 */
import { useCallback, useEffect } from 'react';
import { changesSubscribe } from '../../db/changes';
import { useApp } from '../../app/session-context';
import { useDesktopCommand } from '../../platform/desktop-bridge';
import { backupRun } from './backup-run';

export const AUTO_BACKUP_MINUTES = 5;

export function BackupKeeper({ intervalMs = AUTO_BACKUP_MINUTES * 60_000 }: { intervalMs?: number }) {
  const { session, platform } = useApp();

  useEffect(() => {
    if (platform.kind !== 'desktop') return;
    let changed = false;
    const unsubscribe = changesSubscribe(() => {
      changed = true;
    });
    const timer = setInterval(() => {
      if (!changed) return;
      changed = false;
      void backupRun(session, platform, 'auto');
    }, intervalMs);
    const unlisten = platform.onBackupRequest(({ reason }) => void backupRun(session, platform, reason));
    return () => {
      clearInterval(timer);
      unsubscribe();
      unlisten();
    };
  }, [session, platform, intervalMs]);

  const backUpNow = useCallback(() => void backupRun(session, platform, 'manual'), [session, platform]);
  useDesktopCommand('back-up', backUpNow);
  return null;
}
