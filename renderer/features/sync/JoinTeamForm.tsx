/** Joining a team: the hub address and the invite code the host gives out. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/session-context';
import { ErrorText } from '../../ui/ErrorText';
import { hubJoin, hubUrlNormalize, type HubFailure } from '../../sync/hub-api';
import { useSync } from '../../sync/SyncProvider';

/** In the browser build served by a hub, the hub is the page's own origin. */
function suggestedAddress(): string {
  const { protocol, host } = window.location;
  return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${host}` : '';
}

/** Joins the hub at `url` with `inviteCode` and starts syncing with it. */
export function useTeamJoin() {
  const { session } = useApp();
  const { connect } = useSync();
  return async (url: string, inviteCode: string): Promise<HubFailure | null> => {
    const joined = await hubJoin(url, {
      inviteCode,
      deviceId: session.deviceId,
      memberName: session.member?.name,
    });
    if (!joined.ok) return joined.code;
    await connect({
      url,
      token: joined.value.token,
      teamName: joined.value.teamName,
      hubId: joined.value.hubId,
    });
    return null;
  };
}

export function JoinTeamForm({ onJoined, onCancel }: { onJoined(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const teamJoin = useTeamJoin();
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
    const failure = await teamJoin(url, code.trim());
    setBusy(false);
    setError(failure);
    if (!failure) onJoined();
  }

  return (
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
        <button type="button" onClick={onCancel}>
          {t('joinTeam.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('joinTeam.submit')}
        </button>
      </div>
    </form>
  );
}
