/**
 * reportMarkdown: the same document as the HTML report, in CommonMark with pipe tables (GitHub flavour),
 * for wikis and e-mail. User text is escaped so it reads literally: no markup, links or raw HTML from it.
 * Charts become their text description; their values are in the tables as well.
 */
import { reportDocument, type DocBlock } from './report-document';
import type { IncidentReport } from './report-model';
import type { ReportTexts } from './report-texts';

// Characters that mean markup anywhere in a line (emphasis, code, links, raw HTML, entities, tables).
const MARKUP = /[\\`*_[\]<>|~&]/g;
const MARKUP_ANY = /[\\`*_[\]<>|~&]/;
// What means markup only at the start of a line: headings, lists, quotes, thematic breaks.
const LINE_START = /^(\s*)(?:([-+=#])|(\d+)([.)]))/;

function markupEscaped(text: string): string {
  return MARKUP_ANY.test(text) ? text.replace(MARKUP, (c) => `\\${c}`) : text;
}

/** Text on one line, every markup character escaped. */
export function mdInline(text: string): string {
  return markupEscaped(text).replace(/\r?\n/g, ' ');
}

/** A table cell: a line break inside a cell would end the row, so breaks become <br> (not user text). */
function mdCell(text: string): string {
  return markupEscaped(text).replace(/\r?\n/g, '<br>');
}

/** A line of its own (in a quote): also what would start a heading or a list is escaped. */
function mdLine(text: string): string {
  return markupEscaped(text).replace(
    LINE_START,
    (_, space: string, marker?: string, digits?: string, dot?: string) =>
      marker ? `${space}\\${marker}` : `${space}${digits}\\${dot}`,
  );
}

function tableMd(headers: readonly string[], rows: readonly { cells: readonly string[] }[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map((r) => line(r.cells))].join(
    '\n',
  );
}

function blockMd(block: DocBlock): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${mdInline(block.text)}`;
    case 'paragraph':
      return block.note ? `_${mdInline(block.text)}_` : mdInline(block.text);
    case 'facts':
      return block.items.map((i) => `- **${mdInline(i.label)}:** ${mdInline(i.value)}`).join('\n');
    case 'quote':
      // Each line of the body its own quoted line; an empty one keeps the paragraph breaks.
      return block.text
        .split(/\r?\n/)
        .map((l) => (l.trim() === '' ? '>' : `> ${mdLine(l)}`))
        .join('\n');
    case 'table':
      return block.caption
        ? `**${mdInline(block.caption)}**\n\n${tableMd(block.headers, block.rows)}`
        : tableMd(block.headers, block.rows);
    case 'chart':
      return `_${mdInline(block.chart.title)}: ${mdInline(block.chart.description)}_`;
  }
}

export function reportMarkdown(report: IncidentReport, texts: ReportTexts): string {
  const doc = reportDocument(report, texts);
  const parts: string[] = [];
  if (doc.exerciseMark) parts.push(`> **${mdInline(doc.exerciseMark)}**`);
  parts.push(
    `# ${mdInline(doc.title)}`,
    doc.cover.map((i) => `- **${mdInline(i.label)}:** ${mdInline(i.value)}`).join('\n'),
  );
  for (const section of doc.sections) {
    parts.push(`## ${mdInline(section.title)}`, ...section.blocks.map(blockMd));
  }
  // An exercise says so at the end too: a printout or excerpt of the last page still shows it.
  if (doc.exerciseMark) parts.push(`> **${mdInline(doc.exerciseMark)}**`);
  return `${parts.join('\n\n')}\n`;
}
