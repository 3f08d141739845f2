/**
 * The report's tables as CSV for spreadsheets: the full timeline and who was informed, with headers in
 * the reader's language and times in the report's time zone (sortable, the zone named in the header).
 * Written the way every CSV of the app is (shared/io/csv-write.ts).
 */
import { csvWrite, type CsvDelimiter } from '../io/csv-write';
import { notificationCells, notificationColumns } from './document-comms';
import { entryStatusText } from './document-entries';
import type { IncidentReport } from './report-model';
import { reportFormat, type ReportFormat, type ReportTexts } from './report-texts';

export interface ReportCsvOptions {
  /** A semicolon suits Excel with Dutch regional settings. */
  delimiter?: CsvDelimiter;
}

const timelineColumns = [
  'number',
  'occurredAt',
  'recordedAt',
  'kind',
  'text',
  'author',
  'role',
  'pinned',
  'tags',
  'status',
  'id',
] as const;

/** A table of the report as CSV: headers in the reader's language, the time zone named where it counts. */
function reportCsv(
  texts: ReportTexts,
  options: ReportCsvOptions,
  columns: readonly string[],
  rows: (f: ReportFormat) => string[][],
): string {
  const f = reportFormat(texts);
  const header = columns.map((k) => f.t(`reportDoc.csv.${k}`, { zone: texts.timeZone }));
  return csvWrite(header, rows(f), options.delimiter);
}

/** Every timeline entry in occurrence order, corrections and retractions marked as in the report. */
export function timelineCsv(
  report: IncidentReport,
  texts: ReportTexts,
  options: ReportCsvOptions = {},
): string {
  return reportCsv(texts, options, timelineColumns, (f) =>
    report.timeline.map((row) => {
      const e = row.entry;
      return [
        String(row.number),
        f.sortableTime(e.occurredAt),
        f.sortableTime(e.recordedAt),
        f.t(`kinds.${e.kind}`),
        texts.entryText(e),
        e.authorName,
        e.authorRole ? f.role(e.authorRole) : '',
        e.pinned ? f.t('reportDoc.yes') : '',
        e.tags.join(', '),
        entryStatusText(f, row),
        e.id,
      ];
    }),
  );
}

/** Who was informed, when and by whom, priority 1 first, as in the report. */
export function notificationsCsv(
  report: IncidentReport,
  texts: ReportTexts,
  options: ReportCsvOptions = {},
): string {
  return reportCsv(texts, options, notificationColumns, (f) =>
    report.notifications.map((n) => notificationCells(f, n, f.sortableTime)),
  );
}
