/**
 * The incident's drafts at a glance: each with its status and who it is waiting for (and how long). How
 * long the incident has gone without a published statement is in the incident header (StatementClock).
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approverWaits } from '../../../shared/domain/draft-state';
import type { Incident } from '../../../shared/domain/incident';
import { useApp } from '../../app/session-context';
import { useRoute } from '../../app/use-hash-route';
import { useNow } from '../../app/use-now';
import { useDrafts } from '../../db/draft-hooks';
import { useDesktopCommand } from '../../platform/desktop-bridge';
import { durationFormat } from '../../ui/format';
import { Panel } from '../../ui/Panel';
import { NewDraftDialog } from './NewDraftDialog';
import { StatusBadge } from './StatusBadge';

export function DraftsPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [, go] = useRoute();
  const now = useNow();
  const drafts = useDrafts(session.db, incident.id);
  const [creating, setCreating] = useState(false);
  // The desktop menu's "New draft" (Ctrl+Shift+N).
  useDesktopCommand(
    'new-draft',
    useCallback(() => setCreating(true), []),
  );
  const roleName = (role: string) => t(`roles.${role}`, { defaultValue: role });
  const count = (status: string) => drafts?.filter((d) => d.state.status === status).length ?? 0;

  return (
    <Panel
      name="drafts"
      title={t('drafts.panelTitle')}
      summary={t('drafts.summary', { approved: count('approved'), review: count('inReview') })}
    >
      <div className="panel-actions">
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t('drafts.newDraft')}
        </button>
      </div>
      {drafts && drafts.length === 0 && <p className="empty-state">{t('drafts.empty')}</p>}
      <ul className="draft-list">
        {drafts?.map(({ draft, state }) => (
          <li key={draft.id}>
            <a
              href={`#/incident/${incident.id}/draft/${draft.id}`}
              aria-label={t('drafts.open', { title: draft.title })}
            >
              <span className="draft-title">{draft.title}</span>
              <span className="draft-kind">
                {t(`drafts.kinds.${draft.kind}`)} · {t(`drafts.languages.${draft.language}`)} ·{' '}
                {t('drafts.history.version', { n: state.versions.length })}
              </span>
            </a>
            <StatusBadge status={state.status} siblings={state.siblings} />
            {approverWaits(state, now).map((w) => (
              <span key={w.role} className="waiting-for">
                {roleName(w.role)}: {t('drafts.approval.waiting', { duration: durationFormat(w.ms) })}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {creating && (
        <NewDraftDialog
          incident={incident}
          onClose={() => setCreating(false)}
          onCreated={(draftId) => go({ page: 'draft', id: incident.id, draftId })}
        />
      )}
    </Panel>
  );
}
