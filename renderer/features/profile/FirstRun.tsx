/** First start on a device: who is writing here. No server, no account. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useApp } from '../../app/session-context';
import { profileSave } from '../../db/profile';
import { errorKey } from '../../i18n';
import { RoleSelect } from './RoleSelect';

export function FirstRun({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await profileSave(session, { name, role });
    if (!result.ok) return setError(result.error.code);
    onDone();
  }

  return (
    <main className="first-run">
      <div className="first-run-lang">
        <LanguageSwitch />
      </div>
      <form onSubmit={submit} className="card" aria-labelledby="first-run-title" noValidate>
        <h1 id="first-run-title">{t('firstRun.title')}</h1>
        <p>{t('firstRun.intro')}</p>
        <label>
          {t('firstRun.name')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
            maxLength={100}
            autoComplete="name"
          />
        </label>
        <RoleSelect value={role} onChange={setRole} />
        {error && (
          <p role="alert" className="error">
            {t(errorKey(error))}
          </p>
        )}
        <button type="submit" className="primary">
          {t('firstRun.submit')}
        </button>
      </form>
    </main>
  );
}
