/**
 * The team: join one (or, on the desktop, host one) while this device is on its own; once connected, which
 * team and hub, and, on the hosting computer, the address and invite code to give teammates.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostedHub } from '../../../shared/ipc';
import { useApp } from '../../app/session-context';
import { useSyncStatus } from '../../sync/SyncProvider';
import { Dialog } from '../../ui/Dialog';
import { HostForm } from './HostForm';
import { JoinTeamForm } from './JoinTeamForm';

export function TeamDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { platform } = useApp();
  const status = useSyncStatus();
  if (!status) {
    return (
      <Dialog title={t('joinTeam.title')} onClose={onClose}>
        <JoinTeamForm onJoined={onClose} onCancel={onClose} />
        {platform.kind === 'desktop' && <HostForm onHosted={() => undefined} />}
      </Dialog>
    );
  }
  return (
    <Dialog title={t('team.title')} onClose={onClose}>
      <p>{t('team.connectedTo', { team: status.teamName, url: status.hubUrl })}</p>
      <HostedInfo />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('team.close')}
        </button>
      </div>
    </Dialog>
  );
}

function HostedInfo() {
  const { t } = useTranslation();
  const { platform } = useApp();
  const [hosted, setHosted] = useState<HostedHub | null>(null);
  useEffect(() => {
    void platform.hubStatus().then((result) => setHosted(result.ok ? result.value : null));
  }, [platform]);
  if (!hosted) return null;
  return (
    <section className="hosted" aria-label={t('team.hosting')}>
      <h3>{t('team.hosting')}</h3>
      <dl>
        <dt>{t('team.addresses')}</dt>
        {hosted.lanUrls.map((url) => (
          <dd key={url}>
            <code>{url}</code>
          </dd>
        ))}
        <dt>{t('team.inviteCode')}</dt>
        <dd>
          <code className="invite-code">{hosted.inviteCode}</code>
        </dd>
      </dl>
      <button
        type="button"
        onClick={async () => {
          const stopped = await platform.hubStop();
          if (stopped.ok && stopped.value.stopped) setHosted(null);
        }}
      >
        {t('team.stopHosting')}
      </button>
    </section>
  );
}
