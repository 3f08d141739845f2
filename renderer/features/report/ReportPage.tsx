/**
 * The evaluation of one incident: the figures at a glance, the lessons learned, and the exports of the
 * post-incident report (HTML, PDF, Markdown, CSV) and of the complete incident (JSON archive).
 */
import { useTranslation } from 'react-i18next';
import type { IncidentId } from '../../../shared/domain/ids';
import { useApp } from '../../app/session-context';
import { useNow } from '../../app/use-now';
import { useIncident } from '../../db/hooks';
import { useIncidentData } from '../../db/report-hooks';
import { ExportSection } from './ExportSection';
import { LessonsSection } from './LessonsSection';
import { ReportGlance } from './ReportGlance';

export function ReportPage({ incidentId }: { incidentId: IncidentId }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const incident = useIncident(session.db, incidentId);
  const data = useIncidentData(session.db, incidentId);
  // Once a minute is enough for the figures of an incident still open (its durations keep running).
  const now = useNow(60_000);
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
      {data && <ReportGlance data={data} now={now} />}
      <ExportSection incidentId={incidentId} />
      <LessonsSection incidentId={incidentId} />
    </article>
  );
}
