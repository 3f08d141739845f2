/**
 * The report's sections made of timeline entries: key moments, decisions, inquiries and the full
 * timeline. Every entry carries its number, so "corrected by #15" can be looked up on paper.
 */
import type { DocBlock, DocRow, DocSection } from './report-document';
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

/** #, when, kind, text, author: the text gets the room. */
const ENTRY_COLUMNS = [8, 13, 12, 49, 18];
/** In the full timeline the day is a heading, so "when" is a time and the text gets more room. */
const DAY_COLUMNS = [8, 7, 13, 54, 18];

/** The header row; `timeOfDay` where each row shows only the time (the day is a heading). */
export function entryHeaders(f: ReportFormat, timeOfDay = false): string[] {
  const when = timeOfDay ? 'timeOfDay' : 'time';
  return ['number', when, 'kind', 'text', 'author'].map((k) => f.t(`reportDoc.entry.${k}`));
}

/** An entry as a row; what amends it, or what it amends, on a line of its own below its text. */
export function entryRow(f: ReportFormat, row: ReportEntry, when = f.time(row.entry.occurredAt)): DocRow {
  const status = entryStatusText(f, row);
  const text = f.texts.entryText(row.entry);
  const cells = [
    `#${row.number}`,
    when,
    f.t(`kinds.${row.entry.kind}`),
    status ? `${text}\n→ ${status}` : text,
    authorText(f, row),
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
  return {
    id,
    title: f.t(`reportDoc.sections.${id}`),
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

/**
 * Every entry, a heading and a table per day (in the report's time zone), so a multi-day incident reads
 * like a logbook; within a day each row shows the time only.
 */
export function timelineSection(report: IncidentReport, f: ReportFormat): DocSection {
  const c = report.metrics.counts;
  const intro = f.t('reportDoc.timelineIntro', {
    count: c.entries,
    corrections: c.corrections,
    retractions: c.retractions,
  });
  const blocks: DocBlock[] = [{ type: 'paragraph', text: intro, note: true }];
  if (report.timeline.length === 0) blocks.push({ type: 'paragraph', text: f.t('reportDoc.empty.timeline') });
  let day = '';
  let rows: DocRow[] = [];
  const headers = entryHeaders(f, true);
  for (const row of report.timeline) {
    const [date = '', time = ''] = f.sortableTime(row.entry.occurredAt).split(' ');
    if (date !== day) {
      day = date;
      rows = [];
      blocks.push(
        { type: 'heading', level: 3, text: f.day(row.entry.occurredAt) },
        { type: 'table', headers, rows, columns: DAY_COLUMNS, layout: 'lines' },
      );
    }
    rows.push(entryRow(f, row, time));
  }
  return { id: 'timeline', title: f.t('reportDoc.sections.timeline'), blocks };
}
