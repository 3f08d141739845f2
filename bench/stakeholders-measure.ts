/**
 * The measured stakeholder scenarios, driven through the app's real UI in Chromium: searching the
 * directory, and importing a CSV file through the import dialog. Every time is taken inside the page by
 * the probe (page/stakeholders/probe.ts); the harness only types, clicks, chooses the file and waits.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { browserLaunch, profileDir } from '../tests/e2e/browser';
import type {
  DirectoryCount,
  ImportDone,
  ImportShown,
  Shown,
  StakeholderBenchApi,
  StakeholderBenchGlobal,
} from './stakeholders-api';

type Api = StakeholderBenchApi;

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh Chromium with its own profile (so an empty IndexedDB), 1920×1080, the probe injected. */
export async function browserOpen(probeScript: string, onError: (message: string) => void): Promise<Browser> {
  const profile = profileDir();
  const { context, page } = await browserLaunch(profile.path);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await context.addInitScript({ content: `(() => {\n${probeScript}\n})();` });
  page.on('pageerror', (error) => onError(`page error: ${error.message}`));
  return {
    context,
    page,
    close: async () => {
      await context.close();
      profile.remove();
    },
  };
}

/** Calls the bench page's API (the page must be at /bench/). */
export function call<M extends keyof Api>(
  page: Page,
  method: M,
  ...args: Parameters<Api[M]>
): Promise<Awaited<ReturnType<Api[M]>>> {
  return page.evaluate(
    ([m, a]) =>
      ((globalThis as StakeholderBenchGlobal).stakeholderBench![m] as (...x: unknown[]) => unknown)(...a),
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<Api[M]>>>;
}

export async function benchPageOpen(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/bench/`);
  await page.waitForFunction(() => (globalThis as StakeholderBenchGlobal).stakeholderBench !== undefined);
  await call(page, 'setup');
}

/** A fresh document at `#/stakeholders`: from navigation start until it shows `total` stakeholders. */
export async function directoryOpen(page: Page, base: string, total: number): Promise<Shown> {
  await page.goto('about:blank');
  await page.goto(`${base}/#/stakeholders`);
  return page.evaluate(
    ([n, timeout]) => (globalThis as StakeholderBenchGlobal).directoryProbe!.opened(n, timeout),
    [total, 120_000] as const,
  );
}

export interface SearchRun {
  shown: Shown;
  cleared: Shown;
  count: DirectoryCount;
}

/** Fills the search box with `query` (one input event, as a paste or the last keystroke), then clears it. */
export async function searches(
  page: Page,
  query: string,
  warmup: number,
  runs: number,
): Promise<SearchRun[]> {
  const box = page.getByRole('searchbox', { name: 'Search stakeholders' });
  const results: SearchRun[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    await page.evaluate(() => (globalThis as StakeholderBenchGlobal).directoryProbe!.searchArm());
    await box.fill(query);
    const shown = await page.evaluate(() =>
      (globalThis as StakeholderBenchGlobal).directoryProbe!.searchResult(20_000),
    );
    const count = await page.evaluate(() => (globalThis as StakeholderBenchGlobal).directoryProbe!.count());
    await page.waitForTimeout(150);
    await page.evaluate(() => (globalThis as StakeholderBenchGlobal).directoryProbe!.searchArm());
    await box.fill('');
    const cleared = await page.evaluate(() =>
      (globalThis as StakeholderBenchGlobal).directoryProbe!.searchResult(20_000),
    );
    await page.waitForTimeout(150);
    if (!count) throw new Error(`search "${query}": no count on the page`);
    if (i >= warmup) results.push({ shown, cleared, count });
  }
  return results;
}

export interface ImportRun {
  /** Cold load of the empty directory, from navigation start. */
  emptyOpened: Shown;
  chosen: ImportShown;
  imported: ImportDone;
}

/**
 * One CSV import into an empty directory, in a fresh browser: "Import CSV…", choose the file in "CSV
 * file" (the clock starts at its change event) until the preview and the summary are shown; then "Import
 * N stakeholders" (the clock starts at the click) until the directory shows all of them.
 */
export async function csvImportRun(
  probeScript: string,
  base: string,
  file: { name: string; buffer: Buffer },
  rows: number,
  onError: (message: string) => void,
): Promise<ImportRun> {
  const browser = await browserOpen(probeScript, onError);
  try {
    const { page } = browser;
    await benchPageOpen(page, base);
    const emptyOpened = await directoryOpen(page, base, 0);
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import stakeholders from CSV' });
    await dialog.waitFor();
    await page.evaluate(() => (globalThis as StakeholderBenchGlobal).directoryProbe!.fileArm());
    await dialog.getByLabel('CSV file').setInputFiles({ ...file, mimeType: 'text/csv' });
    const chosen = await page.evaluate(() =>
      (globalThis as StakeholderBenchGlobal).directoryProbe!.fileResult(60_000),
    );
    // A person reads the preview before importing; let the page settle as it would meanwhile.
    await page.waitForTimeout(500);
    await page.evaluate((n) => (globalThis as StakeholderBenchGlobal).directoryProbe!.importArm(n), rows);
    const label = `Import ${rows.toLocaleString('en-GB')} stakeholders`;
    await dialog.getByRole('button', { name: label, exact: true }).click();
    const imported = await page.evaluate(() =>
      (globalThis as StakeholderBenchGlobal).directoryProbe!.importResult(120_000),
    );
    return { emptyOpened, chosen, imported };
  } finally {
    await browser.close();
  }
}
