/**
 * The report export benchmark (issue 6): a three-day incident with 10,000 timeline entries, its report
 * built and rendered to HTML (goal ≤ 2 s) and that HTML printed to PDF by headless Chromium (goal ≤ 10 s),
 * as the app does outside Electron. Prints figures against the goals and never fails on them: benchmarks
 * report, tests check. Run with `tsx bench/report-export.ts`.
 */
import { loadavg } from 'node:os';
import { reportBuild } from '../shared/report/report-build';
import { notificationsCsv, timelineCsv } from '../shared/report/report-csv';
import { reportHtml } from '../shared/report/report-html';
import { reportMarkdown } from '../shared/report/report-markdown';
import { chromiumLaunch } from '../tests/e2e/browser';
import { pdfPageTexts, pdfPrint } from '../tests/e2e/pdf';
import { testTexts } from '../tests/fixtures/report/texts';
import { reportBenchData } from './report-data';
import { machineDescribe, max, median, ms, rowsPrint, type Row } from './report';

const ENTRIES = 10_000;
const RUNS = 5;
const PDF_RUNS = 3;
const HTML_GOAL_MS = 2_000;
const PDF_GOAL_MS = 10_000;
const GENERATED_AT = '2026-11-24T12:00:00.000Z';

const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const count = (n: number) => n.toLocaleString('en-US');
const stats = (values: readonly number[]) => `${ms(median(values))} (max ${ms(max(values))})`;

/** Runs `work` `runs` times and returns the durations and the last result. */
function timed<T>(runs: number, work: () => T): { times: number[]; result: T } {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = work();
    times.push(performance.now() - t0);
  }
  return { times, result: result! };
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const texts = testTexts('en');
  log(`building an incident with ${count(ENTRIES)} timeline entries`);
  const data = reportBenchData(ENTRIES);
  // One warm-up run, so the figures are of the code and not of the JIT compiling it.
  reportHtml(reportBuild(data, { generatedAt: GENERATED_AT }), texts);

  log(`reportBuild × ${RUNS}`);
  const build = timed(RUNS, () => reportBuild(data, { generatedAt: GENERATED_AT }));
  log(`reportHtml × ${RUNS}`);
  const html = timed(RUNS, () => reportHtml(build.result, texts));
  const both = build.times.map((t, i) => t + html.times[i]!);
  const markdown = timed(RUNS, () => reportMarkdown(build.result, texts));
  const csv = timed(RUNS, () => timelineCsv(build.result, texts) + notificationsCsv(build.result, texts));

  log(`printing the HTML (${(html.result.length / 2 ** 20).toFixed(1)} MiB) to PDF × ${PDF_RUNS}`);
  const browser = await chromiumLaunch();
  const pdfTimes: number[] = [];
  let pdf: Uint8Array = new Uint8Array();
  let chromium = '';
  try {
    chromium = browser.version();
    // A small report first: the first print of a fresh browser also loads its fonts.
    const warmUp = await browser.newPage();
    await pdfPrint(
      warmUp,
      reportHtml(reportBuild(reportBenchData(100), { generatedAt: GENERATED_AT }), texts),
    );
    await warmUp.close();
    // Each print in a page of its own, as the app prints from a fresh hidden window (and so that
    // tearing down the previous 10,000-entry document is not counted).
    for (let i = 0; i < PDF_RUNS; i++) {
      const page = await browser.newPage();
      const t0 = performance.now();
      pdf = await pdfPrint(page, html.result);
      pdfTimes.push(performance.now() - t0);
      await page.close();
      log(`  PDF ${i + 1}: ${ms(pdfTimes.at(-1)!)}`);
    }
  } finally {
    await browser.close();
  }
  const pages = await pdfPageTexts(pdf);
  // Every entry number in the PDF's text: nothing was left out to go faster.
  const numbers = new Set(pages.join(' ').match(/#\d+/g));
  const printed = build.result.timeline.filter((row) => numbers.has(`#${row.number}`)).length;

  console.log(`\nCrisis Room report export benchmark, ${new Date().toISOString().slice(0, 10)}`);
  for (const line of machineDescribe(`${chromium} headless`)) console.log(line);
  const load = (averages: number[]) => averages.map((a) => a.toFixed(1)).join(' / ');
  console.log(`Load:     ${load(loadAtStart)} at the start, ${load(loadavg())} at the end (1/5/15 min)`);
  const rows: Row[] = [
    {
      metric: `reportBuild + reportHtml, ${count(ENTRIES)} entries (median of ${RUNS})`,
      value: stats(both),
      goal: `≤ ${count(HTML_GOAL_MS)} ms`,
      pass: median(both) <= HTML_GOAL_MS,
    },
    {
      metric: `PDF: setContent + page.pdf, A4 (median of ${PDF_RUNS})`,
      value: stats(pdfTimes),
      goal: `≤ ${count(PDF_GOAL_MS)} ms`,
      pass: median(pdfTimes) <= PDF_GOAL_MS,
    },
  ];
  rowsPrint(`Report export (issue 6): an incident with ${count(ENTRIES)} timeline entries`, rows);
  const c = build.result.metrics.counts;
  rowsPrint('Where the time goes, and what was made', [
    { metric: 'reportBuild', value: stats(build.times), goal: '' },
    { metric: 'reportHtml', value: stats(html.times), goal: '' },
    { metric: 'reportMarkdown', value: stats(markdown.times), goal: '' },
    { metric: 'timelineCsv + notificationsCsv', value: stats(csv.times), goal: '' },
    {
      metric: 'records: entries / versions / approvals / publications / notifications',
      value: [c.entries, c.versions, c.approvals + c.rejections, c.publications, c.notifications.total]
        .map(count)
        .join(' / '),
      goal: '',
    },
    { metric: 'HTML size', value: `${(html.result.length / 2 ** 20).toFixed(1)} MiB`, goal: '' },
    {
      metric: 'timeline entries found in the PDF text',
      value: `${count(printed)} of ${count(build.result.timeline.length)}`,
      goal: '',
    },
    {
      metric: 'PDF size / pages',
      value: `${(pdf.length / 2 ** 20).toFixed(1)} MiB / ${count(pages.length)}`,
      goal: '',
    },
  ]);
}

await main();
