/**
 * How long the incident has gone without a published statement, or when the first one went out. In the
 * incident header, so the war room sees it whichever panels are collapsed: the first statement is the
 * one the team is judged on. Not a live region: it changes every minute and would talk over the room.
 */
import { useTranslation } from 'react-i18next';
import { firstPublication } from '../../../shared/domain/draft-state';
import type { Incident } from '../../../shared/domain/incident';
import { elapsedLabel } from '../../../shared/domain/incident-rules';
import { useApp } from '../../app/session-context';
import { useIncidentPublications } from '../../db/draft-hooks';

export function StatementClock({ incident, now }: { incident: Incident; now: number }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const publications = useIncidentPublications(session.db, incident.id);
  if (!publications) return null;
  const first = firstPublication(publications);
  return first ? (
    <span className="statement-clock">
      {t('drafts.firstStatement', {
        elapsed: elapsedLabel({ openedAt: incident.openedAt, closedAt: first.at }, now),
        channel: first.channelName,
      })}
    </span>
  ) : (
    <span className="statement-clock waiting">
      {t('drafts.noStatement', { elapsed: elapsedLabel(incident, now) })}
    </span>
  );
}
