/** The templates of one language: kind, name (and whether it is pre-approved), how it begins, actions. */
import { useTranslation } from 'react-i18next';
import type { DraftLanguage } from '../../../shared/domain/draft';
import type { MessageTemplate } from '../../../shared/domain/message-template';

const EXCERPT_LENGTH = 140;

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH).trimEnd()}…` : flat;
}

interface Props {
  language: DraftLanguage;
  templates: MessageTemplate[];
  onEdit(template: MessageTemplate): void;
  onRemove(template: MessageTemplate): void;
}

export function TemplateTable({ language, templates, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const languageName = t(`messageTemplates.languages.${language}`);
  if (templates.length === 0)
    return <p className="empty-state">{t('messageTemplates.emptyLanguage', { language: languageName })}</p>;
  return (
    <div className="table-scroll">
      <table className="channel-table template-table" lang={language}>
        <caption>{t('messageTemplates.tableCaption', { language: languageName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('messageTemplates.kind')}</th>
            <th scope="col">{t('messageTemplates.name')}</th>
            <th scope="col">{t('messageTemplates.begins')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('messageTemplates.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.id}>
              <td>{t(`drafts.kinds.${template.kind}`)}</td>
              <th scope="row">
                {template.name}
                {template.preApproved && (
                  <>
                    {' '}
                    <span className="badge badge-approved">{t('messageTemplates.preApproved')}</span>
                  </>
                )}
              </th>
              <td className="template-excerpt">{excerpt(template.body)}</td>
              <td className="row-actions">
                <button
                  type="button"
                  aria-label={t('messageTemplates.editOne', { name: template.name })}
                  onClick={() => onEdit(template)}
                >
                  {t('messageTemplates.edit')}
                </button>
                <button
                  type="button"
                  aria-label={t('messageTemplates.removeOne', { name: template.name })}
                  onClick={() => onRemove(template)}
                >
                  {t('messageTemplates.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
