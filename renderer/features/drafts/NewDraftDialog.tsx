/**
 * Starts a draft: blank, or from a template whose placeholders (organisation, incident, time, phone line,
 * website) are filled in. Placeholders without a value stay in the text and are listed, so the writer
 * sees what is still to fill in. A template chosen over text the person already wrote replaces it only
 * when they confirm. The draft is created with its first version.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultApproverRoles, type DraftInput } from '../../../shared/domain/draft';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { DraftId, MessageTemplateId } from '../../../shared/domain/ids';
import type { Incident } from '../../../shared/domain/incident';
import type { MessageTemplate } from '../../../shared/domain/message-template';
import { draftFromTemplate } from '../../../shared/domain/template-fill';
import { useApp } from '../../app/session-context';
import { draftCreate } from '../../db/drafts';
import { useMessageTemplates, useOrganisation } from '../../db/template-hooks';
import { languageOf } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { DraftFields } from './DraftFields';

interface Props {
  incident: Incident;
  onClose(): void;
  onCreated(id: DraftId): void;
}

export function NewDraftDialog({ incident, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const templates = useMessageTemplates(session.db) ?? [];
  const organisation = useOrganisation(session.db);
  const [templateId, setTemplateId] = useState<MessageTemplateId | null>(null);
  const [settings, setSettings] = useState<DraftInput>({
    kind: 'holdingStatement',
    title: '',
    language: languageOf(i18n.language),
    channelIds: [],
    audiences: [],
    requiredRoles: [...defaultApproverRoles.holdingStatement],
  });
  const [body, setBody] = useState('');
  /** The text the last template filled in: a body that differs from it was written by the person. */
  const [filledBody, setFilledBody] = useState('');
  /** A template chosen over text the person wrote: replaced only when they say so. */
  const [pending, setPending] = useState<MessageTemplate | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<ErrorCode | null>(null);

  function chooseTemplate(id: string) {
    const template = templates.find((tpl) => tpl.id === id);
    setPending(null);
    if (template && body.trim() !== '' && body !== filledBody) return setPending(template);
    setTemplateId(template?.id ?? null);
    if (template) templateApply(template);
  }

  function templateApply(template: MessageTemplate) {
    setTemplateId(template.id);
    setPending(null);
    const filled = draftFromTemplate(template, organisation ?? undefined, incident, new Date());
    setSettings({
      ...settings,
      kind: filled.kind,
      language: filled.language,
      title: filled.title,
      requiredRoles: [...defaultApproverRoles[filled.kind]],
    });
    setBody(filled.body);
    setFilledBody(filled.body);
    setMissing(filled.missing);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await draftCreate(session, incident.id, { ...settings, body, templateId });
    if (!result.ok) return setError(result.error.code);
    onClose();
    onCreated(result.value.draft.id);
  }

  return (
    <Dialog title={t('drafts.form.titleNew')} onClose={onClose}>
      <form className="stack draft-form" onSubmit={submit} noValidate>
        <label>
          {t('drafts.form.template')}
          <select
            value={pending?.id ?? templateId ?? ''}
            onChange={(e) => chooseTemplate(e.target.value)}
            autoFocus
          >
            <option value="">{t('drafts.form.blank')}</option>
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name} ({t(`drafts.languages.${tpl.language}`)}
                {tpl.preApproved ? `, ${t('drafts.form.preApproved')}` : ''})
              </option>
            ))}
          </select>
        </label>
        {pending && (
          <div className="hint warning" role="group" aria-label={t('drafts.form.replaceLabel')}>
            <p>{t('drafts.form.replaceText', { name: pending.name })}</p>
            <div className="actions">
              <button type="button" onClick={() => templateApply(pending)}>
                {t('drafts.form.replace')}
              </button>
              <button type="button" className="primary" onClick={() => setPending(null)}>
                {t('drafts.form.keepText')}
              </button>
            </div>
          </div>
        )}
        <DraftFields value={settings} onChange={setSettings} kindSetsRoles />
        <label>
          {t('drafts.form.body')}
          <textarea
            aria-label={t('drafts.form.body')}
            value={body}
            rows={8}
            onChange={(e) => setBody(e.target.value)}
          />
        </label>
        {missing.length > 0 && (
          <p className="hint warning">
            {t('drafts.form.missing', { names: missing.map((m) => `{${m}}`).join(', ') })}
          </p>
        )}
        <FormFooter
          error={error}
          cancel={t('drafts.form.cancel')}
          submit={t('drafts.form.create')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
