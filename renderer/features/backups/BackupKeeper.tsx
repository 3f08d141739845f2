/**
 * Keeps the desktop app's automatic backups: at most every few minutes while anything changed (typed here
 * or synced from teammates), and whenever the shell asks (on quit). Also answers the menu's "Back up now".
 * In a browser only the menu command exists (and there is no menu): backups are made by hand there.
 *
 * A backup reads every table in one transaction, and IndexedDB makes writes wait for it: with a large
 * database that is seconds. So an automatic backup waits for a quiet moment (no change for a while), and
 * only when the changes go on without pause does it go ahead after a longer wait anyway.
 */
import { useCallback, useEffect } from 'react';
import { changesSubscribe } from '../../db/changes';
import { useApp } from '../../app/session-context';
import { useDesktopCommand } from '../../platform/desktop-bridge';
import { backupRun } from './backup-run';

export const AUTO_BACKUP_MINUTES = 5;

export interface BackupTiming {
  /** At least this long between automatic backups. */
  intervalMs: number;
  /** Back up once nothing changed for this long… */
  quietMs: number;
  /** …or once the oldest change not backed up is this old, quiet or not. */
  maxWaitMs: number;
  /** How often the keeper looks. */
  tickMs: number;
}

export const backupTiming: BackupTiming = {
  intervalMs: AUTO_BACKUP_MINUTES * 60_000,
  quietMs: 20_000,
  maxWaitMs: 3 * AUTO_BACKUP_MINUTES * 60_000,
  tickMs: 5_000,
};

/** Whether an automatic backup is due now; pure, so the rule is tested on its own. */
export function backupDue(
  now: number,
  state: { lastBackup: number; firstChange: number | null; lastChange: number },
  timing: BackupTiming,
): boolean {
  if (state.firstChange === null || now - state.lastBackup < timing.intervalMs) return false;
  return now - state.lastChange >= timing.quietMs || now - state.firstChange >= timing.maxWaitMs;
}

export function BackupKeeper({ timing = backupTiming }: { timing?: BackupTiming }) {
  const { session, platform } = useApp();

  useEffect(() => {
    if (platform.kind !== 'desktop') return;
    const state = { lastBackup: Date.now(), firstChange: null as number | null, lastChange: 0 };
    const unsubscribe = changesSubscribe(() => {
      state.lastChange = Date.now();
      state.firstChange ??= state.lastChange;
    });
    const timer = setInterval(() => {
      const now = Date.now();
      if (!backupDue(now, state, timing)) return;
      state.lastBackup = now;
      state.firstChange = null;
      void backupRun(session, platform, 'auto');
    }, timing.tickMs);
    const unlisten = platform.onBackupRequest(({ reason }) => void backupRun(session, platform, reason));
    return () => {
      clearInterval(timer);
      unsubscribe();
      unlisten();
    };
  }, [session, platform, timing]);

  const backUpNow = useCallback(() => void backupRun(session, platform, 'manual'), [session, platform]);
  useDesktopCommand('back-up', backUpNow);
  return null;
}
