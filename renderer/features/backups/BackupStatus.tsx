/** What the last backup did: working (with a progress bar), saved where, or why it failed. */
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../ui/ErrorText';
import { useBackupOutcome } from './use-backup-outcome';

export function BackupStatus() {
  const { t } = useTranslation();
  const outcome = useBackupOutcome();
  switch (outcome.state) {
    case 'idle':
      return null;
    case 'working':
      return (
        <p role="status" className="hint">
          {t('backups.working')} <progress aria-label={t('backups.working')} />
        </p>
      );
    case 'saved':
      return (
        <p role="status" className="hint">
          {outcome.info ? t('backups.nowDone', { name: outcome.info.name }) : t('backups.nowDownloaded')}
        </p>
      );
    case 'failed':
      return <ErrorText error={outcome.error} />;
  }
}
