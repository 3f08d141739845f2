/** The evaluation's key figures on screen, from the same report model the exports use. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentData } from '../../../shared/archive/incident-data';
import { reportBuild } from '../../../shared/report/report-build';
import { durationFormat } from '../../ui/format';

export function ReportGlance({ data, now }: { data: IncidentData; now: number }) {
  const { t } = useTranslation();
  const report = useMemo(() => reportBuild(data, { generatedAt: new Date(now).toISOString() }), [data, now]);
  const { firstStatement, counts } = report.metrics;
  const open = report.openActions;
  const openCount =
    open.checklistItems.length + open.notInformed.length + open.draftsWaiting.length + open.followUps.length;
  const figures: [string, string][] = [
    [
      t('report.metrics.firstStatement'),
      firstStatement ? durationFormat(firstStatement.ms) : t('report.metrics.noStatement'),
    ],
    [t('report.metrics.entries'), String(counts.entries)],
    [t('report.metrics.published'), String(counts.publications)],
    [
      t('report.metrics.informed'),
      `${counts.notifications.informed + counts.notifications.acknowledged} / ${counts.notifications.total}`,
    ],
    [
      t('report.metrics.checklist'),
      `${counts.checklist.done + counts.checklist.notApplicable} / ${counts.checklist.total}`,
    ],
    [t('report.metrics.openActions'), String(openCount)],
  ];
  return (
    <section aria-labelledby="glance-title">
      <h2 id="glance-title">{t('report.metrics.title')}</h2>
      <dl className="report-metrics">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
