/**
 * Backups and import: back up this device's whole database now, see the desktop app's automatic backups
 * and restore one (or a backup file) after it is checked and confirmed, and import an incident archive
 * made on another computer.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupParse, type Backup } from '../../../shared/archive/backup';
import type { DomainError } from '../../../shared/domain/errors';
import type { BackupInfo } from '../../../shared/ipc';
import { useApp } from '../../app/session-context';
import { DB_VERSION } from '../../db/schema';
import { ErrorText } from '../../ui/ErrorText';
import { backupRun } from './backup-run';
import { BackupList } from './BackupList';
import { BackupStatus } from './BackupStatus';
import { ArchiveImportButton } from './ArchiveImport';
import { RestoreDialog, restoredNotice } from './RestoreDialog';
import { AUTO_BACKUP_MINUTES } from './BackupKeeper';
import { useBackupOutcome } from './use-backup-outcome';

export function BackupsPage() {
  const { t } = useTranslation();
  const { session, platform } = useApp();
  const desktop = platform.kind === 'desktop';
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<DomainError | null>(null);
  const [chosen, setChosen] = useState<Backup | null>(null);
  const [reading, setReading] = useState(false);
  const [restored] = useState(restoredNotice);

  // The list is read again after every backup this app saves (by hand, automatically or on the menu).
  const outcome = useBackupOutcome();
  const savedAt = outcome.state === 'saved' ? outcome.at : null;
  useEffect(() => {
    void platform.backupList().then((listed) => {
      if (listed.ok) setBackups(listed.value);
      else setError(listed.error);
    });
  }, [platform, savedAt]);

  /** Reads and checks a backup completely before anything is asked or written. */
  async function choose(
    read: () => Promise<{ ok: true; value: string | null } | { ok: false; error: DomainError }>,
  ) {
    setError(null);
    setReading(true);
    const content = await read();
    setReading(false);
    if (!content.ok) return setError(content.error);
    if (content.value === null) return;
    const parsed = backupParse(content.value, { dbVersion: DB_VERSION });
    if (!parsed.ok) return setError(parsed.error);
    setChosen(parsed.value);
  }

  const fromList = (info: BackupInfo) =>
    choose(async () => {
      const read = await platform.backupRead({ name: info.name });
      return read.ok ? { ok: true, value: read.value.content } : read;
    });
  const fromFile = () =>
    choose(async () => {
      const opened = await platform.fileOpen({ kind: 'backup' });
      return opened.ok ? { ok: true, value: opened.value?.content ?? null } : opened;
    });

  return (
    <article className="backups-page" aria-labelledby="backups-title">
      <h1 id="backups-title">{t('backups.title')}</h1>
      {restored !== null && (
        <p className="notice" role="status">
          {t('backups.restored', { records: restored })}
        </p>
      )}
      <section aria-labelledby="backups-now-title">
        <h2 id="backups-now-title">{t('backups.now')}</h2>
        <p className="hint">{t('backups.explain')}</p>
        <div className="actions start">
          <button
            type="button"
            className="primary"
            onClick={() => void backupRun(session, platform, 'manual')}
          >
            {t('backups.now')}
          </button>
          <button type="button" onClick={() => void fromFile()}>
            {t('backups.restoreFile')}
          </button>
          <ArchiveImportButton />
        </div>
        <BackupStatus />
        {reading && <progress aria-label={t('backups.reading')} />}
        <ErrorText error={error} />
      </section>
      <section aria-labelledby="backups-auto-title">
        <h2 id="backups-auto-title">{t('backups.automatic')}</h2>
        {desktop ? (
          <>
            <p className="hint">{t('backups.automaticExplain', { minutes: AUTO_BACKUP_MINUTES })}</p>
            <BackupList backups={backups} onRestore={(info) => void fromList(info)} />
            <button type="button" onClick={() => void platform.backupReveal()}>
              {t('backups.reveal')}
            </button>
          </>
        ) : (
          <p className="hint">{t('backups.browserOnly')}</p>
        )}
      </section>
      {chosen && <RestoreDialog backup={chosen} onClose={() => setChosen(null)} />}
    </article>
  );
}
