/**
 * reportHtml: the report as ONE self-contained HTML document (inline style, inline SVG charts, no
 * script, no external resource), readable on screen and print-ready on A4; the PDF is this document
 * printed by Chromium. All user text is escaped.
 */
import { htmlEscape } from './html-escape';
import { reportDocument, type DocBlock, type DocRow, type DocSection } from './report-document';
import { reportStyle } from './report-html-style';
import type { IncidentReport } from './report-model';
import { durationChartSvg, phaseChartSvg } from './report-svg';
import type { ReportTexts } from './report-texts';

const e = htmlEscape;

function rowHtml(row: DocRow): string {
  const cells = row.cells.map((c) => `<td>${e(c)}</td>`).join('');
  return row.mark ? `<tr class="${row.mark}">${cells}</tr>` : `<tr>${cells}</tr>`;
}

/**
 * Chromium prints a long table in time that grows faster than its length (it walks the whole table for
 * each page), so a table of more than this many rows is printed as consecutive tables of this many rows,
 * each with the header row: a timeline of 10,000 entries prints several times faster.
 */
const TABLE_PART_ROWS = 100;

/** The cells' roles in a line of the log: number, time, kind, text, author. */
const LINE_PARTS = ['n', 't', 'k', 'x', 'a'];

/** A table as lines (layout `lines`): the headers once, then each row on a line of its own. */
function linesHtml(block: Extract<DocBlock, { type: 'table' }>): string {
  const part = (i: number) => LINE_PARTS[i] ?? 'x';
  // The author cell is "name\nrole" for a table; on a line it reads "name, role".
  const cell = (c: string, i: number) =>
    `<span class="${part(i)}">${e(part(i) === 'a' ? c.replace(/\n/g, ', ') : c)}</span>`;
  const line = (row: DocRow) =>
    `<p${row.mark ? ` class="${row.mark}"` : ''}>${row.cells.map(cell).join(' ')}</p>`;
  const legend = block.headers.map((h, i) => `<span class="${part(i)}">${e(h)}</span>`).join(' ');
  return `<div class="log"><p class="legend" aria-hidden="true">${legend}</p>\n${block.rows
    .map(line)
    .join('\n')}\n</div>`;
}

function tableHtml(block: Extract<DocBlock, { type: 'table' }>): string {
  if (block.layout === 'lines') return linesHtml(block);
  const head = `<thead><tr>${block.headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>`;
  const cols = block.columns
    ? `<colgroup>${block.columns.map((w) => `<col style="width: ${w}%">`).join('')}</colgroup>`
    : '';
  const open = `<table${block.columns ? ' class="fixed"' : ''}>`;
  const caption = block.caption ? `<caption>${e(block.caption)}</caption>` : '';
  const parts: string[] = [];
  for (let i = 0; i === 0 || i < block.rows.length; i += TABLE_PART_ROWS) {
    // One join per part: the timeline can have tens of thousands of rows.
    const body = block.rows
      .slice(i, i + TABLE_PART_ROWS)
      .map(rowHtml)
      .join('\n');
    parts.push(`${open}${i === 0 ? caption : ''}${cols}${head}<tbody>\n${body}\n</tbody></table>`);
  }
  return parts.length === 1 ? parts[0]! : `<div class="table-parts">${parts.join('\n')}</div>`;
}

function blockHtml(block: DocBlock, chartId: () => string): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${e(block.text)}</h${block.level}>`;
    case 'paragraph':
      return block.note ? `<p class="note">${e(block.text)}</p>` : `<p>${e(block.text)}</p>`;
    case 'facts':
      return `<dl class="facts">${block.items
        .map((i) => `<dt>${e(i.label)}</dt><dd>${e(i.value)}</dd>`)
        .join('')}</dl>`;
    case 'quote':
      return `<blockquote class="body">${e(block.text)}</blockquote>`;
    case 'table':
      return tableHtml(block);
    case 'chart': {
      const { chart } = block;
      const svg =
        chart.type === 'phases' ? phaseChartSvg(chart, chartId()) : durationChartSvg(chart, chartId());
      return `<figure class="chart"><figcaption>${e(chart.title)}</figcaption>${svg}</figure>`;
    }
  }
}

function sectionHtml(section: DocSection, chartId: () => string): string {
  const blocks = section.blocks.map((b) => blockHtml(b, chartId)).join('\n');
  return (
    `<section id="${e(section.id)}" aria-labelledby="${e(section.id)}-title">` +
    `<h2 id="${e(section.id)}-title">${e(section.title)}</h2>\n${blocks}\n</section>`
  );
}

export function reportHtml(report: IncidentReport, texts: ReportTexts): string {
  const doc = reportDocument(report, texts);
  let charts = 0;
  const chartId = () => `chart-${++charts}`;
  const mark = doc.exerciseMark;
  const cover = doc.cover.map((i) => `<dt>${e(i.label)}</dt><dd>${e(i.value)}</dd>`).join('');
  const contents = doc.sections.map((s) => `<li><a href="#${e(s.id)}">${e(s.title)}</a></li>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${doc.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(doc.title)}</title>`,
    `<style>${reportStyle(doc)}</style>`,
    '</head>',
    mark ? '<body class="exercise">' : '<body>',
    mark ? `<div class="exercise-band" role="note">${e(mark)}</div>` : '',
    '<header>',
    mark ? `<p class="exercise-mark">${e(mark)}</p>` : '',
    `<h1>${e(doc.heading)}</h1>`,
    `<dl class="facts">${cover}</dl>`,
    '</header>',
    `<nav aria-labelledby="contents-title"><h2 id="contents-title">${e(doc.contentsTitle)}</h2>`,
    `<ol>${contents}</ol></nav>`,
    '<main>',
    ...doc.sections.map((s) => sectionHtml(s, chartId)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
