import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { IncidentId } from '../../../shared/domain/ids';
import { crisisTypes, severities, type CrisisType, type Severity } from '../../../shared/domain/incident';
import { useApp } from '../../app/session-context';
import { incidentCreate } from '../../db/incidents';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { languageOf } from '../../i18n';

interface Props {
  onClose(): void;
  onCreated(id: IncidentId): void;
}

export function NewIncidentDialog({ onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const [title, setTitle] = useState('');
  const [crisisType, setCrisisType] = useState<CrisisType>('other');
  const [severity, setSeverity] = useState<Severity>(2);
  const [exercise, setExercise] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await incidentCreate(
      session,
      { title, crisisType, severity, exercise },
      languageOf(i18n.language),
    );
    if (!result.ok) return setError(result.error.code);
    onCreated(result.value.id);
  }

  return (
    <Dialog title={t('newIncident.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <label>
          {t('newIncident.name')}
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('newIncident.namePlaceholder')}
            maxLength={200}
            autoFocus
          />
        </label>
        <label>
          {t('newIncident.crisisType')}
          <select value={crisisType} onChange={(e) => setCrisisType(e.target.value as CrisisType)}>
            {crisisTypes.map((type) => (
              <option key={type} value={type}>
                {t(`crisisTypes.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('newIncident.severity')}
          <select value={severity} onChange={(e) => setSeverity(Number(e.target.value) as Severity)}>
            {severities.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={exercise} onChange={(e) => setExercise(e.target.checked)} />
          {t('newIncident.exercise')}
        </label>
        <ErrorText code={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('newIncident.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('newIncident.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
