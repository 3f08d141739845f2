/**
 * The organisation's message templates: its details at the top (what placeholders are filled with), then
 * the templates per language, pre-approved ones marked, with add, edit and remove.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftLanguages, type DraftLanguage } from '../../../shared/domain/draft';
import type { MessageTemplate } from '../../../shared/domain/message-template';
import { useApp } from '../../app/session-context';
import { messageTemplateRemove, messageTemplatesSeed } from '../../db/message-templates';
import { useMessageTemplates, useOrganisation } from '../../db/template-hooks';
import { languageOf } from '../../i18n';
import { SelectField } from '../../ui/SelectField';
import { ConfirmDialog } from '../stakeholders/ConfirmDialog';
import { MessageTemplateDialog } from './MessageTemplateDialog';
import { OrganisationForm } from './OrganisationForm';
import { TemplateTable } from './TemplateTable';

type Open = { dialog: 'add' } | { dialog: 'edit' | 'remove'; template: MessageTemplate } | null;

export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const headingId = useId();
  const templates = useMessageTemplates(session.db);
  const organisation = useOrganisation(session.db);
  const [filter, setFilter] = useState<DraftLanguage | 'all'>('all');
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  useEffect(() => {
    // Once per device (the war room seeds too); later visits keep the templates as the team left them.
    void messageTemplatesSeed(session);
  }, [session]);
  const screenLanguage = languageOf(i18n.language);
  // The screen's language first: the team mostly writes in it.
  const languages = [screenLanguage, ...draftLanguages.filter((l) => l !== screenLanguage)].filter(
    (l) => filter === 'all' || l === filter,
  );

  return (
    <div className="directory templates-page">
      <section aria-labelledby={headingId} className="stack">
        <header className="directory-header">
          <h1 id={headingId}>{t('messageTemplates.title')}</h1>
          <div className="directory-actions">
            <SelectField
              className="inline-label"
              label={t('messageTemplates.filter')}
              value={filter}
              options={[
                { value: 'all', label: t('messageTemplates.allLanguages') },
                ...draftLanguages.map((l) => ({ value: l, label: t(`messageTemplates.languages.${l}`) })),
              ]}
              onChange={(f) => setFilter(f)}
            />
            <button type="button" className="primary" onClick={() => setOpen({ dialog: 'add' })}>
              {t('messageTemplates.add')}
            </button>
          </div>
        </header>
        <p className="muted">{t('messageTemplates.explain')}</p>
        {organisation !== undefined && <OrganisationForm organisation={organisation} />}
        {templates === undefined && <p className="muted">{t('messageTemplates.loading')}</p>}
        {templates?.length === 0 && <p className="empty-state">{t('messageTemplates.empty')}</p>}
        {templates &&
          templates.length > 0 &&
          languages.map((language) => (
            <TemplateTable
              key={language}
              language={language}
              templates={templates.filter((tpl) => tpl.language === language)}
              onEdit={(template) => setOpen({ dialog: 'edit', template })}
              onRemove={(template) => setOpen({ dialog: 'remove', template })}
            />
          ))}
      </section>
      {open?.dialog === 'add' && (
        <MessageTemplateDialog language={filter === 'all' ? screenLanguage : filter} onClose={close} />
      )}
      {open?.dialog === 'edit' && (
        <MessageTemplateDialog template={open.template} language={open.template.language} onClose={close} />
      )}
      {open?.dialog === 'remove' && (
        <ConfirmDialog
          title={t('messageTemplates.removeTitle', { name: open.template.name })}
          explain={t('messageTemplates.removeExplain')}
          confirm={t('messageTemplates.removeConfirm')}
          onConfirm={() => messageTemplateRemove(session, open.template.id)}
          onClose={close}
        />
      )}
    </div>
  );
}
