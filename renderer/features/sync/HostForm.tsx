/** Desktop only: host the team's hub on this computer, then join it like any teammate would. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import { useApp } from '../../app/session-context';
import type { HubFailure } from '../../sync/hub-api';
import { ErrorText } from '../../ui/ErrorText';
import { useTeamJoin } from './JoinTeamForm';

export function HostForm({ onHosted }: { onHosted(): void }) {
  const { t } = useTranslation();
  const { platform } = useApp();
  const teamJoin = useTeamJoin();
  const [teamName, setTeamName] = useState('');
  const [error, setError] = useState<ErrorCode | HubFailure | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const hosted = await platform.hubHost({ teamName });
    const failure = hosted.ok ? await teamJoin(hosted.value.url, hosted.value.inviteCode) : hosted.error.code;
    setBusy(false);
    setError(failure);
    if (!failure) onHosted();
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <h3>{t('team.hostTitle')}</h3>
      <p>{t('team.hostExplain')}</p>
      <label>
        {t('team.teamName')}
        <input value={teamName} onChange={(e) => setTeamName(e.target.value)} maxLength={100} />
      </label>
      <ErrorText code={error} />
      <div className="actions">
        <button type="submit" disabled={busy || teamName.trim() === ''}>
          {t('team.host')}
        </button>
      </div>
    </form>
  );
}
