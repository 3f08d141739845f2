/** The contact points of a stakeholder being edited: kind, label and value per row; rows added and removed. */
import { useTranslation } from 'react-i18next';
import { CONTACTS_MAX, contactKinds, type ContactPoint } from '../../../shared/domain/stakeholder';

export interface ContactRow extends ContactPoint {
  /** A stable React key: rows are added and removed in the middle. */
  key: number;
}

let nextKey = 1;

export function contactRow(contact: ContactPoint = { kind: 'phone', label: '', value: '' }): ContactRow {
  return { ...contact, key: nextKey++ };
}

interface Props {
  rows: ContactRow[];
  onChange(rows: ContactRow[]): void;
}

export function ContactRows({ rows, onChange }: Props) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<ContactPoint>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="contact-rows">
      <legend>{t('stakeholderForm.contacts')}</legend>
      {rows.map((row, i) => {
        const n = i + 1;
        return (
          <div className="contact-row" key={row.key}>
            <select
              aria-label={t('stakeholderForm.contactKind', { n })}
              value={row.kind}
              onChange={(e) => update(row.key, { kind: e.target.value as ContactPoint['kind'] })}
            >
              {contactKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`stakeholderForm.contactKinds.${kind}`)}
                </option>
              ))}
            </select>
            <input
              aria-label={t('stakeholderForm.contactLabel', { n })}
              placeholder={t('stakeholderForm.contactLabelPlaceholder')}
              value={row.label}
              maxLength={60}
              onChange={(e) => update(row.key, { label: e.target.value })}
            />
            <input
              aria-label={t('stakeholderForm.contactValue', { n })}
              type={row.kind === 'phone' ? 'tel' : row.kind === 'email' ? 'email' : 'text'}
              value={row.value}
              maxLength={320}
              onChange={(e) => update(row.key, { value: e.target.value })}
            />
            <button
              type="button"
              aria-label={t('stakeholderForm.contactRemove', { n })}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              ✕
            </button>
          </div>
        );
      })}
      {rows.length < CONTACTS_MAX && (
        <button type="button" className="link" onClick={() => onChange([...rows, contactRow()])}>
          {t('stakeholderForm.contactAdd')}
        </button>
      )}
    </fieldset>
  );
}
