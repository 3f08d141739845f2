/**
 * The report's opening sections: the summary (what, when, phases, who) and the response times, each with
 * a chart whose values are printed as text as well.
 */
import { instantToMs } from '../domain/time';
import type { DocBlock, DocSection, PhaseChart } from './report-document';
import type { IncidentReport } from './report-model';
import type { ReportFormat } from './report-texts';

function phaseChart(report: IncidentReport, f: ReportFormat): PhaseChart {
  const { summary } = report;
  const start = instantToMs(summary.openedAt);
  const end = instantToMs(summary.closedAt ?? report.generatedAt);
  const total = Math.max(1, end - start);
  const at = (ms: number) => Math.min(1, Math.max(0, (ms - start) / total));
  const bars = summary.phases.map((p) => ({
    label: f.t(`phases.${p.phase}`),
    from: at(instantToMs(p.start)),
    to: at(instantToMs(p.end ?? report.generatedAt)),
    valueText: f.t('reportDoc.phaseSpan', {
      start: f.time(p.start),
      end: f.time(p.end, f.t('reportDoc.stillOpen')),
      duration: f.duration(p.durationMs),
    }),
    open: p.end === null,
  }));
  return {
    type: 'phases',
    title: f.t('reportDoc.charts.phases'),
    description: bars.map((b) => `${b.label}: ${b.valueText}`).join('; '),
    startLabel: f.time(summary.openedAt),
    endLabel: summary.closedAt
      ? f.time(summary.closedAt)
      : f.t('reportDoc.stillOpenAt', { time: f.time(report.generatedAt) }),
    bars,
  };
}

export function summarySection(report: IncidentReport, f: ReportFormat): DocSection {
  const s = report.summary;
  const stillOpen = f.t('reportDoc.stillOpen');
  const blocks: DocBlock[] = [
    {
      type: 'facts',
      items: [
        { label: f.t('reportDoc.summary.crisisType'), value: f.t(`crisisTypes.${s.crisisType}`) },
        { label: f.t('reportDoc.summary.severity'), value: f.t(`severity.${s.severity}`) },
        {
          label: f.t('reportDoc.summary.exercise'),
          value: f.t(s.exercise ? 'reportDoc.yes' : 'reportDoc.no'),
        },
        { label: f.t('reportDoc.summary.currentPhase'), value: f.t(`phases.${s.phase}`) },
        { label: f.t('reportDoc.summary.openedAt'), value: f.time(s.openedAt) },
        { label: f.t('reportDoc.summary.closedAt'), value: f.time(s.closedAt, stillOpen) },
        {
          label: f.t('reportDoc.summary.duration'),
          value: s.closedAt ? f.duration(s.durationMs) : `${f.duration(s.durationMs)} (${stillOpen})`,
        },
      ],
    },
    { type: 'heading', level: 3, text: f.t('reportDoc.summary.phases') },
  ];
  if (s.phases.length === 0) blocks.push({ type: 'paragraph', text: f.t('reportDoc.empty.phases') });
  else
    blocks.push(
      { type: 'chart', chart: phaseChart(report, f) },
      {
        type: 'table',
        caption: f.t('reportDoc.summary.phases'),
        headers: ['phase', 'start', 'end', 'duration'].map((k) => f.t(`reportDoc.summary.${k}`)),
        rows: s.phases.map((p) => ({
          cells: [
            f.t(`phases.${p.phase}`),
            f.time(p.start),
            f.time(p.end, stillOpen),
            f.duration(p.durationMs),
          ],
        })),
      },
    );
  blocks.push(
    { type: 'heading', level: 3, text: f.t('reportDoc.summary.team') },
    {
      type: 'table',
      caption: f.t('reportDoc.summary.roles'),
      headers: [f.t('reportDoc.summary.role'), f.t('reportDoc.summary.holder')],
      rows: s.roles.map((r) => ({
        cells: [f.role(r.role), r.holder?.name ?? f.t('reportDoc.vacant')],
        ...(r.holder === null && r.key && { mark: 'warning' as const }),
      })),
    },
    s.contributors.length === 0
      ? { type: 'paragraph', text: f.t('reportDoc.empty.contributors') }
      : {
          type: 'table',
          caption: f.t('reportDoc.summary.contributors'),
          headers: ['name', 'role', 'entries', 'otherActions'].map((k) => f.t(`reportDoc.summary.${k}`)),
          rows: s.contributors.map((c) => ({
            cells: [
              c.name || f.unknown,
              c.role ? f.role(c.role) : '',
              String(c.entries),
              String(c.otherActions),
            ],
          })),
        },
  );
  return { id: 'summary', title: f.t('reportDoc.sections.summary'), blocks };
}
