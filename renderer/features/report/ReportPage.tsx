/**
 * The evaluation of one incident: the figures at a glance, the lessons learned, and the exports of the
 * post-incident report (HTML, PDF, Markdown, CSV) and of the complete incident (JSON archive).
 */
import { useTranslation } from 'react-i18next';
import type { IncidentId } from '../../../shared/domain/ids';
import { useApp } from '../../app/session-context';
import { useIncident } from '../../db/hooks';
import { LessonsSection } from './LessonsSection';

export function ReportPage({ incidentId }: { incidentId: IncidentId }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const incident = useIncident(session.db, incidentId);
  if (incident === undefined) return null;
  if (incident === null)
    return (
      <p className="empty-state" role="alert">
        {t('errors.incident.notFound')}
      </p>
    );
  return (
    <article className="report-page" aria-labelledby="report-title">
      <header className="report-header">
        <a href={`#/incident/${incidentId}`}>← {t('report.back')}</a>
        {incident.exercise && (
          <p className="exercise-banner" role="note">
            {t('incidents.exerciseBadge')}
          </p>
        )}
        <h1 id="report-title">{t('report.title', { title: incident.title })}</h1>
      </header>
      <LessonsSection incidentId={incidentId} />
    </article>
  );
}
