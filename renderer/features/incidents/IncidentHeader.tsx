/**
 * The incident at a glance: title, exercise marker, phase, severity, T+hh:mm since opening and how long
 * it has gone without a published statement.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import {
  phases,
  severities,
  type Incident,
  type Phase,
  type Severity,
} from '../../../shared/domain/incident';
import { elapsedLabel } from '../../../shared/domain/incident-rules';
import { useApp } from '../../app/session-context';
import { useNow } from '../../app/use-now';
import { incidentPhaseSet, incidentSeveritySet } from '../../db/incidents';
import { ErrorText } from '../../ui/ErrorText';
import { dateTimeFormat } from '../../ui/format';
import { StatementClock } from '../drafts/StatementClock';

export function IncidentHeader({ incident }: { incident: Incident }) {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const now = useNow();
  const [error, setError] = useState<ErrorCode | null>(null);

  async function setPhase(phase: Phase) {
    const result = await incidentPhaseSet(session, incident.id, phase);
    setError(result.ok ? null : result.error.code);
  }
  async function setSeverity(severity: Severity) {
    const result = await incidentSeveritySet(session, incident.id, severity);
    setError(result.ok ? null : result.error.code);
  }

  return (
    <section className={`incident-header severity-${incident.severity}`} aria-labelledby="incident-title">
      {incident.exercise && (
        <p className="exercise-banner" role="note">
          {t('incidents.exerciseBadge')}
        </p>
      )}
      <div className="incident-header-row">
        <h1 id="incident-title">{incident.title}</h1>
        <a className="report-link" href={`#/incident/${incident.id}/report`}>
          {t('report.open')}
        </a>
        <span className="elapsed" aria-label={t('header.elapsed')} title={t('header.elapsed')}>
          {elapsedLabel(incident, now)}
        </span>
        <StatementClock incident={incident} now={now} />
      </div>
      <div className="incident-header-row controls">
        <span className="crisis-type">{t(`crisisTypes.${incident.crisisType}`)}</span>
        <label>
          {t('header.phase')}
          <select value={incident.phase} onChange={(e) => void setPhase(e.target.value as Phase)}>
            {phases.map((p) => (
              <option key={p} value={p}>
                {t(`phases.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('severity.label')}
          <select
            value={incident.severity}
            onChange={(e) => void setSeverity(Number(e.target.value) as Severity)}
          >
            {severities.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="opened-at">
          {t('header.openedAt', { time: dateTimeFormat(incident.openedAt, i18n.language) })}
        </span>
      </div>
      <ErrorText code={error} />
    </section>
  );
}
