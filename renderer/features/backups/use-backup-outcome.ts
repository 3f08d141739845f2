/** The outcome of the last backup, for the parts of the UI that show it. */
import { useSyncExternalStore } from 'react';
import { backupOutcome, backupOutcomeSubscribe, type BackupOutcome } from './backup-run';

export function useBackupOutcome(): BackupOutcome {
  return useSyncExternalStore(backupOutcomeSubscribe, backupOutcome);
}
