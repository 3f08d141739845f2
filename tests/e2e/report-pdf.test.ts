/**
 * The post-incident report printed to PDF by real Chromium, in English and Dutch: what an evaluator
 * holds in their hands must contain every timeline entry, every approval with name and role, every
 * metric value, and, for an exercise, the exercise mark on every single page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportBuild } from '../../shared/report/report-build';
import { reportHtml } from '../../shared/report/report-html';
import { reportFormat, type ReportFormat } from '../../shared/report/report-texts';
import { exerciseData } from '../fixtures/report/exercise';
import { testTexts } from '../fixtures/report/texts';
import { chromiumLaunch } from './browser';
import { pdfPageTexts, pdfPrint } from './pdf';

const report = reportBuild(exerciseData, { generatedAt: '2026-11-26T12:00:00.000Z' });

/** Line breaks and wrapping differ between HTML and PDF: compare without any white space. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

function metricValues(f: ReportFormat): string[] {
  const m = report.metrics;
  const values = [f.duration(m.firstStatement!.ms), f.duration(m.longestGap!.ms)];
  for (const p of m.informByPriority) {
    values.push(f.duration(p.firstMs, f.t('reportDoc.metrics.nobodyInformed')));
    values.push(p.lastMs === null ? f.t('reportDoc.metrics.notAllInformed') : f.duration(p.lastMs));
  }
  for (const a of m.approvalLeadTimes) values.push(f.duration(a.ms, f.t(`reportDoc.outcome.${a.outcome}`)));
  for (const g of m.updateGaps) values.push(f.duration(g.ms));
  return values;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromiumLaunch();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['en', 'nl'] as const)('the exercise report as PDF (%s)', (language) => {
  const texts = testTexts(language);
  const f = reportFormat(texts);
  let pages: string[] = [];
  let all = '';

  beforeAll(async () => {
    pages = await pdfPageTexts(await pdfPrint(page, reportHtml(report, texts)));
    all = squeezed(pages.join(' '));
  });

  it('marks every page as an exercise', () => {
    expect(pages.length).toBeGreaterThan(3);
    const mark = squeezed(texts.t('reportDoc.exerciseMark'));
    pages.forEach((text, i) => expect(squeezed(text), `page ${i + 1}`).toContain(mark));
  });

  it('numbers its pages', () => {
    const last = squeezed(texts.t('reportDoc.page', { page: pages.length, pages: pages.length }));
    expect(squeezed(pages.at(-1)!)).toContain(last);
  });

  it('holds every timeline entry, with its number, time and marks', () => {
    for (const row of report.timeline) {
      // The full timeline has a heading per day, and the time of day in each row.
      const [, time] = f.sortableTime(row.entry.occurredAt).split(' ');
      expect(all).toContain(squeezed(f.day(row.entry.occurredAt)));
      expect(all).toContain(squeezed(`#${row.number}${time}${texts.t(`kinds.${row.entry.kind}`)}`));
      expect(all).toContain(squeezed(texts.entryText(row.entry)));
    }
    expect(all).toContain(squeezed(texts.t('reportDoc.entry.correctionBy', { number: 8 })));
    expect(all).toContain(squeezed(texts.t('reportDoc.entry.retractionBy', { number: 11 })));
  });

  it('holds every approval: who, in which role, when', () => {
    for (const c of report.communications)
      for (const a of c.path) {
        const role = a.role ? f.role(a.role) : '';
        expect(all).toContain(squeezed(`${role}${a.memberName}${f.time(a.at)}`));
      }
    expect(all).toContain(squeezed('Do not speculate about the cause'));
  });

  it('holds every metric value', () => {
    for (const value of metricValues(f)) expect(all).toContain(squeezed(value));
  });
});
