/**
 * The response times section: how fast the first statement went out, how fast each priority group was
 * informed, how long approvals took, how long the public waited between updates, and the counts.
 */
import type { DocBlock, DocRow, DocSection, DurationChart } from './report-document';
import type { IncidentReport } from './report-model';
import type { ReportFormat } from './report-texts';

interface Figure {
  label: string;
  ms: number | null;
  value: string;
  detail: string;
}

function figures(report: IncidentReport, f: ReportFormat): Figure[] {
  const m = report.metrics;
  const first = m.firstStatement;
  const out: Figure[] = [
    {
      label: f.t('reportDoc.metrics.firstStatement'),
      ms: first?.ms ?? null,
      value: f.duration(first?.ms ?? null, f.t('reportDoc.none')),
      detail: first
        ? f.t('reportDoc.metrics.firstStatementDetail', {
            time: f.time(first.at),
            channel: first.channelName,
            title: first.draftTitle ?? f.unknown,
          })
        : f.t('reportDoc.metrics.nothingPublished'),
    },
  ];
  for (const p of m.informByPriority) {
    if (p.total === 0) continue;
    const counted = f.t('reportDoc.metrics.informedCount', { informed: p.informed, total: p.total });
    const notAll = f.t('reportDoc.metrics.notAllInformed');
    out.push(
      {
        label: f.t('reportDoc.metrics.informFirst', { priority: p.priority }),
        ms: p.firstMs,
        value: f.duration(p.firstMs, f.t('reportDoc.metrics.nobodyInformed')),
        detail: counted,
      },
      {
        label: f.t('reportDoc.metrics.informLast', { priority: p.priority }),
        ms: p.lastMs,
        value: p.lastMs === null ? notAll : f.duration(p.lastMs),
        detail: counted,
      },
    );
  }
  for (const a of m.approvalLeadTimes)
    out.push({
      label: f.t('reportDoc.metrics.approval', {
        title: a.draftTitle ?? f.unknown,
        version: a.versionNumber ?? '?',
      }),
      ms: a.ms,
      value: f.duration(a.ms, f.t(`reportDoc.outcome.${a.outcome}`)),
      detail: f.t('reportDoc.metrics.approvalDetail', {
        requested: f.time(a.requestedAt),
        outcome: f.t(`reportDoc.outcome.${a.outcome}`),
        count: a.rejections,
      }),
    });
  return out;
}

function gapBlocks(report: IncidentReport, f: ReportFormat): DocBlock[] {
  const { updateGaps, longestGap } = report.metrics;
  const heading = { type: 'heading' as const, level: 3 as const, text: f.t('reportDoc.metrics.gaps') };
  if (updateGaps.length === 0 || longestGap === null)
    return [heading, { type: 'paragraph', text: f.t('reportDoc.metrics.nothingPublished') }];
  const from = (g: typeof longestGap) => (g.fromOpening ? f.t('reportDoc.metrics.opening') : f.time(g.from));
  return [
    heading,
    {
      type: 'facts',
      items: [
        {
          label: f.t('reportDoc.metrics.longestGap'),
          value: `${f.duration(longestGap.ms)} (${from(longestGap)} – ${f.time(longestGap.to)})`,
        },
      ],
    },
    {
      type: 'table',
      headers: ['from', 'to', 'gap'].map((k) => f.t(`reportDoc.metrics.${k}`)),
      rows: updateGaps.map((g) => ({ cells: [from(g), f.time(g.to), f.duration(g.ms)] })),
    },
  ];
}

function countRows(report: IncidentReport, f: ReportFormat): DocRow[] {
  const c = report.metrics.counts;
  const row = (key: string, value: number | string) => ({
    cells: [f.t(`reportDoc.counts.${key}`), String(value)],
  });
  const kinds = Object.entries(c.byKind)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${f.t(`kinds.${kind}`)} ${n}`)
    .join(', ');
  const n = c.notifications;
  const k = c.checklist;
  return [
    row('entries', kinds ? `${c.entries} (${kinds})` : c.entries),
    row('corrections', c.corrections),
    row('retractions', c.retractions),
    row('pinned', c.pinned),
    row('drafts', c.drafts),
    row('versions', c.versions),
    row('approvals', c.approvals),
    row('rejections', c.rejections),
    row('publications', c.publications),
    row('withdrawals', c.withdrawals),
    row('notifications', f.t('reportDoc.counts.notificationsValue', { ...n })),
    row('checklist', f.t('reportDoc.counts.checklistValue', { ...k })),
    row('lessons', c.lessons),
  ];
}

export function metricsSection(report: IncidentReport, f: ReportFormat): DocSection {
  const list = figures(report, f);
  const chart: DurationChart = {
    type: 'durations',
    title: f.t('reportDoc.charts.durations'),
    description: list.map((x) => `${x.label}: ${x.value}`).join('; '),
    bars: list.map((x) => ({ label: x.label, ms: x.ms, valueText: x.value })),
  };
  const title = f.t('reportDoc.sections.metrics');
  return {
    id: 'metrics',
    title,
    blocks: [
      { type: 'paragraph', text: f.t('reportDoc.metrics.intro'), note: true },
      { type: 'chart', chart },
      {
        type: 'table',
        caption: title,
        headers: ['measure', 'value', 'detail'].map((k) => f.t(`reportDoc.metrics.${k}`)),
        rows: list.map((x) => ({
          cells: [x.label, x.value, x.detail],
          ...(x.ms === null && { mark: 'warning' as const }),
        })),
      },
      ...gapBlocks(report, f),
      { type: 'heading', level: 3, text: f.t('reportDoc.counts.title') },
      {
        type: 'table',
        headers: [f.t('reportDoc.metrics.measure'), f.t('reportDoc.counts.number')],
        rows: countRows(report, f),
      },
    ],
  };
}
