/** Adds a checklist step or edits one: channel kind, crisis type (or every type), text in EN and NL, role. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelKind } from '../../../shared/domain/channel';
import type { ChecklistTemplateItem } from '../../../shared/domain/checklist';
import type { ErrorCode } from '../../../shared/domain/errors';
import { crisisTypes, type CrisisType } from '../../../shared/domain/incident';
import { useApp } from '../../app/session-context';
import { templateCreate, templateUpdate } from '../../db/checklists';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { ChannelKindField } from './ChannelKindField';
import { RoleField } from './RoleField';

interface Props {
  step?: ChecklistTemplateItem;
  onClose(): void;
}

export function TemplateDialog({ step, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [channelKind, setChannelKind] = useState<ChannelKind>(step?.channelKind ?? 'website');
  const [crisisType, setCrisisType] = useState<CrisisType | null>(step?.crisisType ?? null);
  const [en, setEn] = useState(step?.text.en ?? '');
  const [nl, setNl] = useState(step?.text.nl ?? '');
  const [assigneeRole, setAssigneeRole] = useState(step?.assigneeRole ?? '');
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = { en, nl };
    const result = step
      ? await templateUpdate(session, step.id, { text, crisisType, assigneeRole: assigneeRole.trim() })
      : await templateCreate(session, { channelKind, crisisType, text, assigneeRole });
    if (!result.ok) return setError(result.error.code);
    onClose();
  }

  return (
    <Dialog title={step ? t('templateForm.editTitle') : t('templateForm.addTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        {step ? (
          <p>
            <strong>{t('templateForm.channelKind')}:</strong> {t(`channelKinds.${step.channelKind}`)}
          </p>
        ) : (
          <ChannelKindField
            label={t('templateForm.channelKind')}
            value={channelKind}
            onChange={setChannelKind}
          />
        )}
        <label>
          {t('templateForm.crisisType')}
          <select
            value={crisisType ?? ''}
            onChange={(e) => setCrisisType(e.target.value === '' ? null : (e.target.value as CrisisType))}
          >
            <option value="">{t('templateForm.everyCrisisType')}</option>
            {crisisTypes.map((c) => (
              <option key={c} value={c}>
                {t(`crisisTypes.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('templateForm.textEn')}
          <input value={en} maxLength={300} onChange={(e) => setEn(e.target.value)} lang="en" autoFocus />
        </label>
        <label>
          {t('templateForm.textNl')}
          <input value={nl} maxLength={300} onChange={(e) => setNl(e.target.value)} lang="nl" />
        </label>
        {!step && <p className="muted">{t('templateForm.oneLanguage')}</p>}
        <RoleField label={t('templateForm.role')} value={assigneeRole} onChange={setAssigneeRole} />
        <ErrorText code={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('templateForm.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('templateForm.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
