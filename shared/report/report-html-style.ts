/**
 * The report's stylesheet, inlined in its one HTML file: readable on screen, and print-ready on A4 with
 * page numbers, table headers repeated on every page, rows never split, and for an exercise a mark on
 * every page (an @page margin box where supported, and a fixed band in the left margin, which browsers
 * repeat on every printed page).
 */
import { cssString } from './html-escape';
import type { ReportDocument } from './report-document';

const BASE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
/* Arial-width fonts before DejaVu Sans, which is wider: a long report has a tenth fewer pages. */
html { font: 10.5pt/1.4 "Noto Sans", "Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  color: #1f2328; }
body { margin: 0 auto; max-width: 190mm; padding: 8mm 6mm; }
h1 { font-size: 20pt; margin: 0 0 4mm; }
h2 { font-size: 15pt; margin: 9mm 0 3mm; padding-bottom: 1mm; border-bottom: 2px solid #1f2328; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
h4 { font-size: 10.5pt; margin: 4mm 0 2mm; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p.note { color: #555; font-style: italic; }
nav ol { columns: 2; padding-left: 6mm; }
nav a { color: inherit; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 2mm 0 4mm; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 5mm; font-size: 9pt; }
table.fixed { table-layout: fixed; font-size: 8pt; line-height: 1.2; }
table.fixed td, table.fixed th { padding: 0.5mm 1mm; }
.table-parts { margin: 2mm 0 5mm; }
.table-parts table { margin: 0; }
caption { text-align: left; font-weight: bold; padding: 1mm 0; caption-side: top; }
/* Horizontal rules only: as readable as a grid, and it prints a third faster (a long report paints
   hundreds of thousands of cell borders). */
th, td { border: 0; border-bottom: 1px solid #c8ccd1; padding: 1mm 1.5mm; text-align: left; vertical-align: top;
  overflow-wrap: break-word; white-space: pre-wrap; }
th { border-bottom: 1.5px solid #1f2328; }
table.fixed td, table.fixed th { overflow-wrap: anywhere; }
th { background: #eef1f4; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.retracted td { color: #6b6b6b; }
tr.corrected td:first-child, tr.retracted td:first-child { border-left: 3px solid #b23b3b; }
tr.amendment td { background: #f6f8fa; }
tr.warning td { background: #fff4e5; }
blockquote.body { margin: 2mm 0 3mm; padding: 2mm 4mm; border-left: 3px solid #2f6fb5; background: #f6f8fa;
  white-space: pre-wrap; overflow-wrap: anywhere; break-inside: avoid; }
figure.chart { margin: 3mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-weight: bold; margin-bottom: 1mm; }
section#timeline { break-before: page; page-break-before: always; }
/* The full timeline as a logbook: one line per entry (report-html.ts, layout 'lines'). */
.log { margin: 1mm 0 4mm; font-size: 8.5pt; line-height: 1.3; }
.log p { margin: 0; padding: 0.5mm 0; border-bottom: 1px solid #e3e6ea; break-inside: avoid; }
.log p.legend { color: #555; font-weight: bold; border-bottom: 1.5px solid #1f2328; }
.log .n { font-weight: bold; }
.log .t { font-variant-numeric: tabular-nums; }
.log .k { color: #555; font-style: italic; }
.log .x { white-space: pre-wrap; overflow-wrap: anywhere; }
.log .a { color: #555; }
.log .a::before { content: "— "; }
.log p.retracted { color: #6b6b6b; }
.log p.corrected, .log p.retracted { border-left: 3px solid #b23b3b; padding-left: 1.5mm; }
.log p.amendment { background: #f6f8fa; }
/* On screen only what is in view is laid out: opening a report of 10,000 entries takes a second instead
   of several, and printing it is faster too. Printing lays out everything regardless. */
section, .table-parts > table { content-visibility: auto; contain-intrinsic-size: auto 600px; }
.exercise-mark { display: inline-block; background: #b00020; color: #fff; font-weight: bold; padding: 1mm 3mm;
  letter-spacing: 0.05em; }
.exercise-band { position: fixed; left: 0; top: 0; bottom: 0; width: 7mm; background: #b00020; color: #fff;
  font-weight: bold; font-size: 9pt; letter-spacing: 0.1em; text-align: center; writing-mode: sideways-lr; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body.exercise { padding-left: 12mm; }
@media print {
  body { max-width: none; padding: 0 0.5mm 0 0; }
  body.exercise { padding-left: 10mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { text-decoration: none; }
}
`;

/** The page rules: size, margins, the page number and, for an exercise, the mark at the top of each page. */
function pageRules(doc: ReportDocument): string {
  const { before, between, after } = doc.pageLabel;
  const footer = `${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}`;
  const mark = doc.exerciseMark
    ? `@top-center { content: ${cssString(doc.exerciseMark)}; color: #fff; background: #b00020; ` +
      'font: bold 10pt sans-serif; letter-spacing: 0.1em; }'
    : '';
  return (
    `@page { size: A4; margin: 14mm 11mm 12mm; ${mark} ` +
    `@bottom-left { content: ${cssString(doc.heading)}; font-size: 8pt; color: #555; } ` +
    `@bottom-right { content: ${footer}; font-size: 8pt; color: #555; } }`
  );
}

export function reportStyle(doc: ReportDocument): string {
  return `${pageRules(doc)}\n${BASE}`;
}
