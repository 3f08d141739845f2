/** The organisation's name, public phone line and website: what templates fill in for their placeholders. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import { ORGANISATION_FIELD_MAX, type Organisation } from '../../../shared/domain/organisation';
import { useApp } from '../../app/session-context';
import { organisationSave } from '../../db/message-templates';
import { ErrorText } from '../../ui/ErrorText';

const fields = ['name', 'phoneLine', 'website'] as const;

export function OrganisationForm({ organisation }: { organisation: Organisation | null }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const headingId = useId();
  const [values, setValues] = useState({
    name: organisation?.name ?? '',
    phoneLine: organisation?.phoneLine ?? '',
    website: organisation?.website ?? '',
  });
  const [error, setError] = useState<ErrorCode | null>(null);
  const [status, setStatus] = useState<'saved' | 'unchanged' | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const unchanged = fields.every((f) => values[f].trim() === (organisation?.[f] ?? ''));
    const result = await organisationSave(session, values);
    setError(result.ok ? null : result.error.code);
    setStatus(result.ok ? (unchanged ? 'unchanged' : 'saved') : null);
  }

  return (
    <section aria-labelledby={headingId} className="organisation-details">
      <h2 id={headingId}>{t('messageTemplates.organisation.title')}</h2>
      <p className="muted">{t('messageTemplates.organisation.explain')}</p>
      <form onSubmit={submit} noValidate className="organisation-form">
        {fields.map((field) => (
          <label key={field}>
            {t(`messageTemplates.organisation.${field}`)}
            <input
              value={values[field]}
              maxLength={ORGANISATION_FIELD_MAX}
              type={field === 'phoneLine' ? 'tel' : 'text'}
              onChange={(e) => {
                setValues({ ...values, [field]: e.target.value });
                setStatus(null);
              }}
            />
          </label>
        ))}
        <div className="organisation-actions">
          <button type="submit" className="primary">
            {t('messageTemplates.organisation.save')}
          </button>
          <span role="status" className="muted">
            {status && t(`messageTemplates.organisation.${status}`)}
          </span>
        </div>
      </form>
      <ErrorText code={error} />
    </section>
  );
}
