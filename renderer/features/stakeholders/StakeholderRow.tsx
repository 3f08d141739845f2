/** One stakeholder in the directory: priority, name, where they belong, how to reach them. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useGroupLabel } from '../inform/group-label';

interface Props {
  stakeholder: Stakeholder;
  onEdit(s: Stakeholder): void;
  onRemove(s: Stakeholder): void;
}

export const StakeholderRow = memo(function StakeholderRow({ stakeholder: s, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const groupLabel = useGroupLabel();
  return (
    <article className={`stakeholder priority-row-${s.priority}`} aria-label={s.name}>
      <div className="stakeholder-main">
        <span
          className={`priority priority-${s.priority}`}
          title={t('stakeholders.priorityTitle', { priority: s.priority })}
        >
          {t('stakeholders.priorityShort', { priority: s.priority })}
        </span>
        <strong className="stakeholder-name">{s.name}</strong>
        {s.kind === 'organisation' && (
          <span className="muted">{t('stakeholderForm.kinds.organisation')}</span>
        )}
        {s.organisation && <span>{s.organisation}</span>}
        <span className="stakeholder-group">{groupLabel(s.group)}</span>
        {s.languages.length > 0 && (
          <span className="muted" title={t('stakeholders.languages')}>
            {s.languages.join(', ').toUpperCase()}
          </span>
        )}
      </div>
      {s.contacts.length > 0 && (
        <ul className="stakeholder-contacts" aria-label={t('stakeholders.contactsOf', { name: s.name })}>
          {s.contacts.map((c, i) => (
            <li key={i}>
              <span className="muted">{c.label || t(`stakeholderForm.contactKinds.${c.kind}`)}:</span>{' '}
              <span className="contact-value">{c.value}</span>
            </li>
          ))}
        </ul>
      )}
      {s.notes && <p className="stakeholder-notes">{s.notes}</p>}
      <div className="stakeholder-actions">
        <button
          type="button"
          onClick={() => onEdit(s)}
          aria-label={t('stakeholders.editOne', { name: s.name })}
        >
          {t('stakeholders.edit')}
        </button>
        <button
          type="button"
          onClick={() => onRemove(s)}
          aria-label={t('stakeholders.removeOne', { name: s.name })}
        >
          {t('stakeholders.remove')}
        </button>
      </div>
    </article>
  );
});
