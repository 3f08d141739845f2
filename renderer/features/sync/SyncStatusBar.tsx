/** The header's sync state: offline / syncing / synced at hh:mm / N changes waiting / conflicts. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../i18n';
import { useSyncStatus } from '../../sync/SyncProvider';
import { timeFormat } from '../../ui/format';
import { ConflictsDialog } from './ConflictsDialog';
import { TeamDialog } from './TeamDialog';

export function SyncStatusBar() {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const [dialog, setDialog] = useState<'team' | 'conflicts' | null>(null);

  let text: string;
  if (!status) text = t('sync.notConnected');
  else if (status.phase === 'offline') text = t('sync.offline');
  else if (status.phase === 'error')
    text = t('sync.error', { message: t(errorKey(status.error ?? 'hub.internal')) });
  else if (status.phase === 'syncing' || status.lastSyncedAt === null) text = t('sync.syncing');
  else
    text = t('sync.syncedAt', {
      time: timeFormat(new Date(status.lastSyncedAt).toISOString(), i18n.language),
    });

  return (
    <div className="sync-status">
      <span
        role="status"
        aria-label={t('sync.status')}
        className={`badge sync-${status?.phase ?? 'none'}`}
        title={status ? t('sync.team', { team: status.teamName }) : undefined}
      >
        {text}
        {status && status.pending > 0 && ` · ${t('sync.waiting', { count: status.pending })}`}
      </span>
      {status && status.conflicts > 0 && (
        <button type="button" className="badge badge-conflicts" onClick={() => setDialog('conflicts')}>
          {t('sync.conflicts', { count: status.conflicts })}
        </button>
      )}
      <button type="button" onClick={() => setDialog('team')}>
        {status ? t('team.title') : t('sync.join')}
      </button>
      {dialog === 'team' && <TeamDialog onClose={() => setDialog(null)} />}
      {dialog === 'conflicts' && <ConflictsDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
