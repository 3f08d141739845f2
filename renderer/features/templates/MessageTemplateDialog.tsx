/**
 * Adds a message template or edits one: name, kind, language, the text with buttons that insert a
 * placeholder where the cursor is, and whether it was approved in advance.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { draftKinds, draftLanguages, type DraftKind, type DraftLanguage } from '../../../shared/domain/draft';
import type { ErrorCode } from '../../../shared/domain/errors';
import {
  TEMPLATE_BODY_MAX,
  TEMPLATE_NAME_MAX,
  type MessageTemplate,
} from '../../../shared/domain/message-template';
import { placeholders, placeholderToken } from '../../../shared/domain/template-fill';
import { useApp } from '../../app/session-context';
import { messageTemplateCreate, messageTemplateUpdate } from '../../db/message-templates';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { SelectField } from '../../ui/SelectField';

interface Props {
  template?: MessageTemplate;
  /** The language a new template starts in (the filter's, or the screen's). */
  language: DraftLanguage;
  onClose(): void;
}

export function MessageTemplateDialog({ template, language: initialLanguage, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [name, setName] = useState(template?.name ?? '');
  const [kind, setKind] = useState<DraftKind>(template?.kind ?? 'holdingStatement');
  const [language, setLanguage] = useState<DraftLanguage>(template?.language ?? initialLanguage);
  const [body, setBody] = useState(template?.body ?? '');
  const [preApproved, setPreApproved] = useState(template?.preApproved ?? false);
  const [error, setError] = useState<ErrorCode | null>(null);

  /** Puts the token where the cursor is (or replaces the selection) and keeps typing after it. */
  function insert(token: string) {
    const area = bodyRef.current;
    const start = area?.selectionStart ?? body.length;
    const end = area?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name, kind, language, body, preApproved };
    const result = template
      ? await messageTemplateUpdate(session, template.id, input)
      : await messageTemplateCreate(session, input);
    if (!result.ok) return setError(result.error.code);
    onClose();
  }

  return (
    <Dialog
      title={
        template
          ? t('messageTemplates.form.editTitle', { name: template.name })
          : t('messageTemplates.form.addTitle')
      }
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate className="stack template-form">
        <label>
          {t('messageTemplates.form.name')}
          <input
            value={name}
            maxLength={TEMPLATE_NAME_MAX}
            placeholder={t('messageTemplates.form.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
        </label>
        <div className="template-form-row">
          <SelectField
            label={t('messageTemplates.form.kind')}
            value={kind}
            options={draftKinds.map((k) => ({ value: k, label: t(`drafts.kinds.${k}`) }))}
            onChange={(k) => setKind(k)}
          />
          <SelectField
            label={t('messageTemplates.form.language')}
            value={language}
            options={draftLanguages.map((l) => ({ value: l, label: t(`messageTemplates.languages.${l}`) }))}
            onChange={(l) => setLanguage(l)}
          />
        </div>
        <label>
          {t('messageTemplates.form.body')}
          <textarea
            ref={bodyRef}
            value={body}
            rows={14}
            maxLength={TEMPLATE_BODY_MAX}
            lang={language}
            onChange={(e) => setBody(e.target.value)}
          />
        </label>
        <fieldset className="placeholder-chips">
          <legend>{t('messageTemplates.form.placeholders')}</legend>
          {placeholders.map((p) => (
            <button
              key={p}
              type="button"
              aria-label={t('messageTemplates.form.insert', {
                token: placeholderToken(p),
                label: t(`messageTemplates.placeholders.${p}`),
              })}
              onClick={() => insert(placeholderToken(p))}
            >
              {placeholderToken(p)}
            </button>
          ))}
          <p className="muted">{t('messageTemplates.form.placeholdersExplain')}</p>
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" checked={preApproved} onChange={(e) => setPreApproved(e.target.checked)} />
          {t('messageTemplates.form.preApproved')}
        </label>
        <FormFooter
          error={error}
          cancel={t('messageTemplates.form.cancel')}
          submit={t('messageTemplates.form.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
