/**
 * The report's sections made of timeline entries: key moments, decisions, inquiries and the full
 * timeline. Every entry carries its number, so "corrected by #15" can be looked up on paper.
 */
import type { DocRow, DocSection } from './report-document';
import type { IncidentReport, ReportEntry, ReportEntryLink, ReportThread } from './report-model';
import type { ReportFormat } from './report-texts';

function linkText(f: ReportFormat, key: string, link: ReportEntryLink): string {
  return link.number === null
    ? f.t(`reportDoc.entry.${key}Missing`)
    : f.t(`reportDoc.entry.${key}`, { number: link.number });
}

/** Corrected or retracted by which entries, or which entry this one amends. */
export function entryStatusText(f: ReportFormat, row: ReportEntry): string {
  const parts: string[] = [];
  if (row.amends) parts.push(linkText(f, `${row.amends.type}Of`, row.amends));
  for (const link of row.amendedBy) parts.push(linkText(f, `${link.type}By`, link));
  return parts.join('; ');
}

function authorText(f: ReportFormat, row: ReportEntry): string {
  const { authorName, authorRole } = row.entry;
  return authorRole ? `${authorName}\n${f.role(authorRole)}` : authorName;
}

/** #, when, kind, text, author, status: the text gets the room. */
const ENTRY_COLUMNS = [7, 13, 14, 37, 15, 14];

export function entryHeaders(f: ReportFormat): string[] {
  return ['number', 'time', 'kind', 'text', 'author', 'status'].map((k) => f.t(`reportDoc.entry.${k}`));
}

export function entryRow(f: ReportFormat, row: ReportEntry): DocRow {
  const cells = [
    `#${row.number}`,
    f.time(row.entry.occurredAt),
    f.t(`kinds.${row.entry.kind}`),
    f.texts.entryText(row.entry),
    authorText(f, row),
    entryStatusText(f, row),
  ];
  if (row.status === 'retracted') return { cells, mark: 'retracted' };
  if (row.status === 'corrected') return { cells, mark: 'corrected' };
  return row.amends ? { cells, mark: 'amendment' } : { cells };
}

function entriesSection(
  f: ReportFormat,
  id: string,
  rows: readonly ReportEntry[],
  intro?: string,
): DocSection {
  const title = f.t(`reportDoc.sections.${id}`);
  return {
    id,
    title,
    blocks: [
      ...(intro ? [{ type: 'paragraph' as const, text: intro, note: true }] : []),
      rows.length === 0
        ? { type: 'paragraph', text: f.t(`reportDoc.empty.${id}`) }
        : {
            type: 'table',
            headers: entryHeaders(f),
            rows: rows.map((row) => entryRow(f, row)),
            columns: ENTRY_COLUMNS,
          },
    ],
  };
}

/** A thread's entry followed by its amendments, so a decision reads together with what changed it. */
function threadRows(threads: readonly ReportThread[]): ReportEntry[] {
  return threads.flatMap((thread) => [thread.entry, ...thread.amendments]);
}

export function keyMomentsSection(report: IncidentReport, f: ReportFormat): DocSection {
  return entriesSection(f, 'keyMoments', report.keyMoments);
}

export function decisionsSection(report: IncidentReport, f: ReportFormat): DocSection {
  return entriesSection(f, 'decisions', threadRows(report.decisions));
}

export function inquiriesSection(report: IncidentReport, f: ReportFormat): DocSection {
  return entriesSection(f, 'inquiries', threadRows(report.inquiries), f.t('reportDoc.inquiriesNote'));
}

export function timelineSection(report: IncidentReport, f: ReportFormat): DocSection {
  const c = report.metrics.counts;
  const intro = f.t('reportDoc.timelineIntro', {
    count: c.entries,
    corrections: c.corrections,
    retractions: c.retractions,
  });
  return entriesSection(f, 'timeline', report.timeline, intro);
}
