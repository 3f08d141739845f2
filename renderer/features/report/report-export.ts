/**
 * The exports of the evaluation page, each from the incident's records as they are at that moment: the
 * report as HTML, PDF or Markdown, the timeline and who-was-informed as CSV, and the complete incident as
 * a JSON archive (re-importable). Each export goes through the same steps, so the page can show progress.
 */
import type { i18n as I18n } from 'i18next';
import { archiveSerialize } from '../../../shared/archive/archive';
import type { IncidentData } from '../../../shared/archive/incident-data';
import { fail, type Result } from '../../../shared/domain/errors';
import type { FileKind } from '../../../shared/ipc';
import { notificationsCsv, timelineCsv } from '../../../shared/report/report-csv';
import { reportBuild } from '../../../shared/report/report-build';
import { reportHtml } from '../../../shared/report/report-html';
import { reportMarkdown } from '../../../shared/report/report-markdown';
import type { IncidentReport } from '../../../shared/report/report-model';
import type { ReportLanguage } from '../../../shared/report/report-texts';
import { incidentDataRead } from '../../db/archive';
import type { Session } from '../../db/session';
import { APP_VERSION, type Platform } from '../../platform';
import { reportTextsCreate } from './report-texts';

export const exportKinds = ['pdf', 'html', 'markdown', 'timelineCsv', 'notificationsCsv', 'archive'] as const;
export type ExportKind = (typeof exportKinds)[number];

export const exportSteps = ['reading', 'building', 'rendering', 'saving'] as const;
export type ExportStep = (typeof exportSteps)[number];

/** What the platform saves for each export, and the name it suggests (the extension is added by main). */
const files: Record<ExportKind, { kind: FileKind | 'pdf'; suffix: ExportSuffix }> = {
  pdf: { kind: 'pdf', suffix: 'report' },
  html: { kind: 'html', suffix: 'report' },
  markdown: { kind: 'markdown', suffix: 'report' },
  timelineCsv: { kind: 'csv', suffix: 'timeline' },
  notificationsCsv: { kind: 'csv', suffix: 'informed' },
  archive: { kind: 'archive', suffix: 'archive' },
};
type ExportSuffix = 'report' | 'timeline' | 'informed' | 'archive';

/** "Fire in hall B – report 2026-12-04": the incident, what it is (in the report's language), the day. */
export function exportName(
  i18n: I18n,
  language: ReportLanguage,
  title: string,
  kind: ExportKind,
  at: Date,
): string {
  const what = i18n.getFixedT(language)(`report.export.fileNames.${files[kind].suffix}`);
  return `${title} – ${what} ${at.toISOString().slice(0, 10)}`;
}

export interface ExportRequest {
  kind: ExportKind;
  language: ReportLanguage;
  /** Called before each step, so the page can show how far it is. */
  onStep(step: ExportStep): void;
}

/** Lets the page paint the progress before a long synchronous step starts. */
const paint = () => new Promise((resolve) => setTimeout(resolve, 0));

function contentOf(
  kind: Exclude<ExportKind, 'pdf' | 'archive'>,
  report: IncidentReport,
  i18n: I18n,
  language: ReportLanguage,
): string {
  const texts = reportTextsCreate(i18n, language);
  // A semicolon is what Excel with Dutch regional settings reads as the column separator.
  const delimiter = language === 'nl' ? ';' : ',';
  switch (kind) {
    case 'html':
      return reportHtml(report, texts);
    case 'markdown':
      return reportMarkdown(report, texts);
    case 'timelineCsv':
      return timelineCsv(report, texts, { delimiter });
    case 'notificationsCsv':
      return notificationsCsv(report, texts, { delimiter });
  }
}

/** Runs one export from reading the records to the saved (or downloaded) file. */
export async function reportExport(
  session: Session,
  platform: Platform,
  i18n: I18n,
  incidentId: IncidentData['incident']['id'],
  { kind, language, onStep }: ExportRequest,
): Promise<Result<{ saved: boolean }>> {
  onStep('reading');
  await paint();
  const data = await incidentDataRead(session.db, incidentId);
  if (!data) return fail('incident.notFound');
  const now = new Date();
  const suggestedName = exportName(i18n, language, data.incident.title, kind, now);
  if (kind === 'archive') {
    onStep('rendering');
    await paint();
    const content = archiveSerialize(data, { appVersion: APP_VERSION });
    onStep('saving');
    return platform.fileSave({ suggestedName, kind: 'archive', content });
  }
  onStep('building');
  await paint();
  const report = reportBuild(data, { generatedAt: now.toISOString() });
  onStep('rendering');
  await paint();
  if (kind === 'pdf') {
    const html = reportHtml(report, reportTextsCreate(i18n, language));
    onStep('saving');
    return platform.reportPdf({ suggestedName, html });
  }
  const content = contentOf(kind, report, i18n, language);
  onStep('saving');
  return platform.fileSave({ suggestedName, kind: files[kind].kind as FileKind, content });
}
