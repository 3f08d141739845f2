/** Adds a stakeholder to the directory or edits one; refused input is explained and nothing is saved. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import {
  priorities,
  stakeholderKinds,
  type Priority,
  type Stakeholder,
  type StakeholderDraft,
  type StakeholderKind,
} from '../../../shared/domain/stakeholder';
import { useApp } from '../../app/session-context';
import { stakeholderCreate, stakeholderUpdate } from '../../db/stakeholders';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { ContactRows, contactRow, type ContactRow } from './ContactRows';
import { GroupField } from './GroupField';

interface Props {
  /** The stakeholder to edit; none to add a new one. */
  stakeholder?: Stakeholder;
  onClose(): void;
}

export function StakeholderDialog({ stakeholder, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [kind, setKind] = useState<StakeholderKind>(stakeholder?.kind ?? 'person');
  const [name, setName] = useState(stakeholder?.name ?? '');
  const [organisation, setOrganisation] = useState(stakeholder?.organisation ?? '');
  const [group, setGroup] = useState(stakeholder?.group ?? 'authorities');
  const [priority, setPriority] = useState<Priority>(stakeholder?.priority ?? 2);
  const [contacts, setContacts] = useState<ContactRow[]>(() =>
    stakeholder ? stakeholder.contacts.map((c) => contactRow(c)) : [contactRow()],
  );
  const [languages, setLanguages] = useState(stakeholder?.languages.join(', ') ?? '');
  const [notes, setNotes] = useState(stakeholder?.notes ?? '');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const draft: StakeholderDraft = {
      kind,
      name,
      organisation,
      group,
      priority,
      contacts: contacts.map(({ kind, label, value }) => ({ kind, label, value })),
      languages: languages.split(/[,;\s]+/).filter(Boolean),
      notes,
    };
    setBusy(true);
    const result = stakeholder
      ? await stakeholderUpdate(session, stakeholder.id, draft)
      : await stakeholderCreate(session, draft);
    setBusy(false);
    if (!result.ok) return setError(result.error.code);
    onClose();
  }

  return (
    <Dialog
      title={
        stakeholder
          ? t('stakeholderForm.editTitle', { name: stakeholder.name })
          : t('stakeholderForm.addTitle')
      }
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate className="stack stakeholder-form">
        <label>
          {t('stakeholderForm.name')}
          <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} autoFocus />
        </label>
        <div className="form-row">
          <label>
            {t('stakeholderForm.kind')}
            <select value={kind} onChange={(e) => setKind(e.target.value as StakeholderKind)}>
              {stakeholderKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`stakeholderForm.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('stakeholderForm.priority')}
            <select value={priority} onChange={(e) => setPriority(Number(e.target.value) as Priority)}>
              {priorities.map((p) => (
                <option key={p} value={p}>
                  {t(`stakeholderForm.priorities.${p}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {kind === 'person' ? t('stakeholderForm.organisation') : t('stakeholderForm.parentOrganisation')}
          <input value={organisation} maxLength={200} onChange={(e) => setOrganisation(e.target.value)} />
        </label>
        <GroupField label={t('stakeholderForm.group')} value={group} onChange={setGroup} />
        <ContactRows rows={contacts} onChange={setContacts} />
        <label>
          {t('stakeholderForm.languages')}
          <input
            value={languages}
            placeholder={t('stakeholderForm.languagesPlaceholder')}
            onChange={(e) => setLanguages(e.target.value)}
          />
        </label>
        <label>
          {t('stakeholderForm.notes')}
          <textarea value={notes} rows={3} maxLength={4000} onChange={(e) => setNotes(e.target.value)} />
        </label>
        <ErrorText code={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('stakeholderForm.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('stakeholderForm.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
