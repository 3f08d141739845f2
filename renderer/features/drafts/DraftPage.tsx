/**
 * One draft: the text editor with its channel counters, the approval of the current version, where it
 * is published, and every version with a diff between any two.
 */
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, DraftInput } from '../../../shared/domain/draft';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { DraftId, IncidentId } from '../../../shared/domain/ids';
import { useApp } from '../../app/session-context';
import { useRoute } from '../../app/use-hash-route';
import { useDraft } from '../../db/draft-hooks';
import { draftRemove, draftUpdate } from '../../db/drafts';
import { useIncident } from '../../db/hooks';
import { useMessageTemplate } from '../../db/template-hooks';
import { useDesktopCommand } from '../../platform/desktop-bridge';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { ConfirmDialog } from '../stakeholders/ConfirmDialog';
import { ApprovalSection } from './ApprovalSection';
import { DraftEditor } from './DraftEditor';
import { DraftFields } from './DraftFields';
import { NewDraftDialog } from './NewDraftDialog';
import { PublishSection } from './PublishSection';
import { StatusBadge } from './StatusBadge';
import { VersionHistory } from './VersionHistory';

interface Props {
  incidentId: IncidentId;
  draftId: DraftId;
  onBack(): void;
}

export function DraftPage({ incidentId, draftId, onBack }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const view = useDraft(session.db, draftId);
  const incident = useIncident(session.db, incidentId);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [creating, setCreating] = useState(false);
  const [, go] = useRoute();
  // The desktop menu's "New draft" (Ctrl+Shift+N) works here too: another draft for this incident.
  useDesktopCommand(
    'new-draft',
    useCallback(() => setCreating(true), []),
  );
  if (view === undefined) return null;
  if (view === null || view.draft.incidentId !== incidentId)
    return (
      <p className="empty-state" role="alert">
        {t('errors.draft.notFound')} <a href={`#/incident/${incidentId}`}>{t('drafts.page.back')}</a>
      </p>
    );
  const { draft, state } = view;

  async function remove() {
    const result = await draftRemove(session, draft.id);
    if (result.ok) onBack();
    return result;
  }

  return (
    <article className="draft-page" aria-labelledby="draft-title">
      <header className="draft-header">
        <a href={`#/incident/${incidentId}`}>← {t('drafts.page.back')}</a>
        {incident?.exercise && (
          <p className="exercise-banner" role="note">
            {t('incidents.exerciseBadge')}
          </p>
        )}
        <div className="draft-header-row">
          <h1 id="draft-title">{draft.title}</h1>
          <StatusBadge status={state.status} siblings={state.siblings} />
        </div>
        <p className="draft-meta">
          {t(`drafts.kinds.${draft.kind}`)} · {t(`drafts.languages.${draft.language}`)} · {incident?.title}
        </p>
        <TemplateOrigin draft={draft} />
        {draft.removedAt && <p className="hint warning">{t('drafts.page.removed')}</p>}
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('drafts.page.settings')}
          </button>
          {!draft.removedAt && (
            <button type="button" onClick={() => setRemoving(true)}>
              {t('drafts.page.remove')}
            </button>
          )}
        </div>
      </header>
      <div className="draft-workspace">
        <DraftEditor draft={draft} state={state} />
        <div className="draft-side">
          <ApprovalSection draft={draft} state={state} />
          <PublishSection draft={draft} state={state} />
        </div>
      </div>
      <VersionHistory key={state.versions.length} state={state} />
      {editing && <SettingsDialog draft={draft} onClose={() => setEditing(false)} />}
      {creating && incident && (
        <NewDraftDialog
          incident={incident}
          onClose={() => setCreating(false)}
          onCreated={(id) => go({ page: 'draft', id: incidentId, draftId: id })}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('drafts.page.removeTitle', { title: draft.title })}
          explain={t('drafts.page.removeExplain')}
          confirm={t('drafts.page.remove')}
          onConfirm={remove}
          onClose={() => setRemoving(false)}
        />
      )}
    </article>
  );
}

/** The template the draft was written from, if any: the link a draft keeps to it. */
function TemplateOrigin({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const template = useMessageTemplate(session.db, draft.templateId);
  if (draft.templateId === null || template === undefined) return null;
  if (template === null) return <p className="draft-meta">{t('drafts.page.fromTemplateUnknown')}</p>;
  return (
    <p className="draft-meta">
      {t('drafts.page.fromTemplate')} <a href="#/templates">{template.name}</a>
      {template.preApproved && ` (${t('drafts.form.preApproved')})`}
      {template.removedAt !== null && ` (${t('drafts.page.templateRemoved')})`}
    </p>
  );
}

function SettingsDialog({ draft, onClose }: { draft: Draft; onClose(): void }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [value, setValue] = useState<DraftInput>({
    kind: draft.kind,
    title: draft.title,
    language: draft.language,
    channelIds: draft.channelIds,
    audiences: draft.audiences,
    requiredRoles: draft.requiredRoles,
  });
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await draftUpdate(session, draft.id, value);
    if (result.ok) onClose();
    else setError(result.error.code);
  }

  return (
    <Dialog title={t('drafts.form.titleEdit')} onClose={onClose}>
      <form className="stack draft-form" onSubmit={submit} noValidate>
        <DraftFields value={value} onChange={setValue} kindSetsRoles={false} />
        <FormFooter
          error={error}
          cancel={t('drafts.form.cancel')}
          submit={t('drafts.form.save')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
