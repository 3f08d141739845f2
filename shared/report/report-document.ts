/**
 * The report as a document in one language: sections of headings, facts, tables, quotes and charts, with
 * every label and time already in the reader's language and zone. The HTML and Markdown renderers only
 * lay it out, so both always say the same thing.
 */
import type { IncidentReport } from './report-model';
import { actionsSection, lessonsSection } from './document-actions';
import { checklistsSection, communicationsSection, informedSection } from './document-comms';
import { decisionsSection, inquiriesSection, keyMomentsSection, timelineSection } from './document-entries';
import { metricsSection } from './document-metrics';
import { summarySection } from './document-summary';
import { reportFormat, type ReportTexts } from './report-texts';

export interface DocRow {
  cells: string[];
  /** How the row reads: an amended entry, an amendment, something that needs attention. */
  mark?: 'retracted' | 'corrected' | 'amendment' | 'warning';
}

/** A bar per phase across the incident, positions as fractions (0–1) of the incident's span. */
export interface PhaseChart {
  type: 'phases';
  title: string;
  description: string;
  startLabel: string;
  endLabel: string;
  bars: { label: string; from: number; to: number; valueText: string; open: boolean }[];
}

/** Horizontal bars of durations; a bar without a value shows only its text ("not all informed"). */
export interface DurationChart {
  type: 'durations';
  title: string;
  description: string;
  bars: { label: string; ms: number | null; valueText: string }[];
}

export type DocBlock =
  | { type: 'heading'; level: 3 | 4; text: string }
  | { type: 'paragraph'; text: string; note?: boolean }
  | { type: 'facts'; items: { label: string; value: string }[] }
  | {
      type: 'table';
      /** Left out where a heading with the same words comes right before. */
      caption?: string;
      headers: string[];
      rows: DocRow[];
      /** Relative column widths (percent): the table is laid out fixed, which prints long tables fast. */
      columns?: number[];
      /**
       * `lines`: in HTML each row is one compact line (the cells in order) under a line naming them, as
       * a logbook reads; Markdown keeps a table. For the full timeline, which is most of a long report:
       * lines print about 40 % faster than table rows and take a quarter fewer pages.
       */
      layout?: 'lines';
    }
  | { type: 'quote'; text: string }
  | { type: 'chart'; chart: PhaseChart | DurationChart };

export interface DocSection {
  id: string;
  title: string;
  blocks: DocBlock[];
}

export interface ReportDocument {
  language: ReportTexts['language'];
  /** The document's title, starting with the exercise mark for an exercise. */
  title: string;
  heading: string;
  /** The mark on every page of an exercise report; null for a real incident. */
  exerciseMark: string | null;
  /** Organisation, generation time, time zone. */
  cover: { label: string; value: string }[];
  contentsTitle: string;
  sections: DocSection[];
  /** "Page {{page}} of {{pages}}" split around the numbers, for the printed page footer. */
  pageLabel: { before: string; between: string; after: string };
}

function pageLabel(texts: ReportTexts): ReportDocument['pageLabel'] {
  const [before = '', rest = ''] = texts
    .t('reportDoc.page', { page: '\u0000', pages: '\u0001' })
    .split('\u0000');
  const [between = '', after = ''] = rest.split('\u0001');
  return { before, between, after };
}

export function reportDocument(report: IncidentReport, texts: ReportTexts): ReportDocument {
  const f = reportFormat(texts);
  const { summary } = report;
  const exerciseMark = summary.exercise ? f.t('reportDoc.exerciseMark') : null;
  const heading = f.t('reportDoc.title', { title: summary.title });
  const cover = [
    ...(summary.organisation ? [{ label: f.t('reportDoc.organisation'), value: summary.organisation }] : []),
    { label: f.t('reportDoc.generatedAt'), value: f.time(report.generatedAt) },
    { label: f.t('reportDoc.timeZone'), value: f.t('reportDoc.timeZoneValue', { zone: texts.timeZone }) },
  ];
  return {
    language: texts.language,
    title: exerciseMark ? `${f.t('reportDoc.exercise')}: ${heading}` : heading,
    heading,
    exerciseMark,
    cover,
    contentsTitle: f.t('reportDoc.contents'),
    sections: [
      summarySection(report, f),
      keyMomentsSection(report, f),
      metricsSection(report, f),
      decisionsSection(report, f),
      communicationsSection(report, f),
      informedSection(report, f),
      checklistsSection(report, f),
      inquiriesSection(report, f),
      actionsSection(report, f),
      lessonsSection(report, f),
      timelineSection(report, f),
    ],
    pageLabel: pageLabel(texts),
  };
}
