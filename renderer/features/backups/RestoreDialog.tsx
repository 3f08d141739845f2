/**
 * Confirms and runs the restore of a checked backup. A backup of the current state is made first (the
 * desktop app keeps it with its backups; a browser downloads it), so a restore never loses what is on
 * the device now. Afterwards the app reloads: every view, the sync engine and the session start again
 * from the restored database.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../shared/archive/backup';
import type { DomainError } from '../../../shared/domain/errors';
import { syncedTables } from '../../../shared/sync/operation';
import { useApp } from '../../app/session-context';
import { backupRestore } from '../../db/backup-restore';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { dateTimeFormat } from '../../ui/format';
import { backupRun } from './backup-run';

const RESTORED_KEY = 'crisis-room:restored';

/** The number of records the restore before the reload brought back, once; null when there was none. */
export function restoredNotice(): number | null {
  const value = globalThis.sessionStorage?.getItem(RESTORED_KEY);
  if (value === null || value === undefined) return null;
  globalThis.sessionStorage.removeItem(RESTORED_KEY);
  const rows = Number(value);
  return Number.isFinite(rows) ? rows : null;
}

interface Props {
  backup: Backup;
  onClose(): void;
}

export function RestoreDialog({ backup, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { session, platform } = useApp();
  const [error, setError] = useState<DomainError | null>(null);
  const [busy, setBusy] = useState(false);
  const records = syncedTables.reduce((sum, table) => sum + (backup.tables[table]?.length ?? 0), 0);

  async function restore() {
    setBusy(true);
    setError(null);
    const safety = await backupRun(session, platform, 'beforeRestore');
    if (!safety.ok) {
      setBusy(false);
      return setError(safety.error);
    }
    const restored = await backupRestore(session, backup);
    if (!restored.ok) {
      setBusy(false);
      return setError(restored.error);
    }
    globalThis.sessionStorage?.setItem(RESTORED_KEY, String(restored.value.rows));
    globalThis.location.reload();
  }

  return (
    <Dialog title={t('backups.confirmTitle')} onClose={onClose}>
      <div className="stack">
        <p>
          {t('backups.confirmExplain', {
            when: dateTimeFormat(backup.createdAt, i18n.language),
            records,
            incidents: backup.tables.incidents?.length ?? 0,
            version: backup.appVersion,
          })}
        </p>
        {busy && (
          <p role="status" className="hint">
            {t('backups.restoring')} <progress aria-label={t('backups.restoring')} />
          </p>
        )}
        <ErrorText error={error} />
        <div className="actions">
          <button type="button" onClick={onClose} autoFocus disabled={busy}>
            {t('backups.cancel')}
          </button>
          <button type="button" className="danger" onClick={() => void restore()} disabled={busy}>
            {t('backups.confirm')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
