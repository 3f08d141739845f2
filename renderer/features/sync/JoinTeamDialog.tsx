/** Joining a team: the hub address and the invite code the host gives out. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/session-context';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { hubJoin, hubUrlNormalize, type HubFailure } from '../../sync/hub-api';
import { useSync } from '../../sync/SyncProvider';

/** In the browser build served by a hub, the hub is the page's own origin. */
function suggestedAddress(): string {
  const { protocol, host } = window.location;
  return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${host}` : '';
}

export function JoinTeamDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const { connect } = useSync();
  const [address, setAddress] = useState(suggestedAddress);
  const [code, setCode] = useState('');
  const [error, setError] = useState<HubFailure | null>(null);
  const [badAddress, setBadAddress] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const url = hubUrlNormalize(address);
    setBadAddress(url === null);
    if (!url) return;
    setBusy(true);
    const joined = await hubJoin(url, {
      inviteCode: code.trim(),
      deviceId: session.deviceId,
      memberName: session.member?.name,
    });
    setBusy(false);
    if (!joined.ok) return setError(joined.code);
    await connect({
      url,
      token: joined.value.token,
      teamName: joined.value.teamName,
      hubId: joined.value.hubId,
    });
    onClose();
  }

  return (
    <Dialog title={t('joinTeam.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <p>{t('joinTeam.explain')}</p>
        <label>
          {t('joinTeam.address')}
          <input
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            placeholder={t('joinTeam.addressPlaceholder')}
            autoFocus={address === ''}
            inputMode="url"
          />
        </label>
        {badAddress && (
          <p role="alert" className="error">
            {t('joinTeam.badAddress')}
          </p>
        )}
        <label>
          {t('joinTeam.code')}
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoFocus={address !== ''}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <ErrorText code={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('joinTeam.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('joinTeam.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
