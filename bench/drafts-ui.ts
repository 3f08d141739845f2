/**
 * The drafts benchmark in real Chromium against the app's browser build (issue 4): opening a press
 * release with 500 versions and comparing two of them in its version history, timed as the user sees
 * them. Prints figures against the goal and never fails on it: benchmarks report, tests check. Run with
 * `npm run bench` (builds dist-web first) or `tsx bench/drafts-ui.ts`. See docs/benchmarks.md.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/browser';
import type { DraftBenchApi, DraftBenchGlobal, DraftBreakdown, DraftOpened, DraftSetup } from './drafts-api';
import { benchPageBuild } from './page-build';
import { machineDescribe, max, median, ms, rowsPrint, type Row } from './report';
import { staticServe, type StaticServer } from './server';
import { browserOpen, type Browser } from './stakeholders-measure';

const VERSIONS = 500;
const COLD_RUNS = 5;
const WARM_RUNS = 7;
const DIFF_WARMUP = 1;
const DIFF_RUNS = 7;
/** Versions far apart and neighbours, as numbered in the history (1 = oldest). */
const PAIRS: [number, number][] = [
  [1, VERSIONS],
  [VERSIONS / 2, VERSIONS / 2 + 1],
];
const GOAL_MS = 100;

const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const whole = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(' ');
const count = (n: number) => n.toLocaleString('en-US');
const stats = (values: readonly number[]) => `${ms(median(values))} (max ${ms(max(values))})`;

type Api = DraftBenchApi;

/** Calls the bench page's API (the page must be at /bench/). */
function call<M extends keyof Api>(
  page: Page,
  method: M,
  ...args: Parameters<Api[M]>
): Promise<Awaited<ReturnType<Api[M]>>> {
  return page.evaluate(
    ([m, a]) => ((globalThis as DraftBenchGlobal).draftBench![m] as (...x: unknown[]) => unknown)(...a),
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<Api[M]>>>;
}

const draftHash = (s: DraftSetup) => `#/incident/${s.incidentId}/draft/${s.draftId}`;

/** A fresh document at the draft's address: from navigation start until the page is complete. */
async function coldOpen(page: Page, base: string, setup: DraftSetup): Promise<DraftOpened> {
  await page.goto('about:blank');
  await page.goto(`${base}/${draftHash(setup)}`);
  return page.evaluate(() => (globalThis as DraftBenchGlobal).draftProbe!.opened(60_000));
}

/** In the running app: the incident page, then a click on the draft in its Drafts panel. */
async function warmOpen(page: Page, setup: DraftSetup): Promise<DraftOpened> {
  await page.evaluate((id) => (location.hash = `#/incident/${id}`), setup.incidentId);
  const link = page.getByRole('link', { name: `Open ${setup.title}`, exact: true });
  await link.waitFor();
  await page.waitForTimeout(300);
  await page.evaluate(([n, body]) => (globalThis as DraftBenchGlobal).draftProbe!.openArm(n, body), [
    setup.versions,
    setup.latestBody,
  ] as const);
  await link.click();
  return page.evaluate(() => (globalThis as DraftBenchGlobal).draftProbe!.openResult(60_000));
}

/**
 * On the open draft: "with" set to version `b` and "Compare from" to another version first (not timed),
 * then "Compare from" set to version `a`, timed from its input event until the figure compares a to b.
 */
async function diffRun(page: Page, [a, b]: [number, number]): Promise<DraftOpened> {
  const history = page.getByRole('region', { name: 'Versions' });
  // A select's name includes its label and the chosen option ("Compare from Version 499").
  const from = history.getByRole('combobox', { name: /^Compare from/ });
  const to = history.getByRole('combobox', { name: /^with/ });
  const other = a === VERSIONS - 1 ? VERSIONS - 2 : VERSIONS - 1;
  await from.selectOption({ label: `Version ${other}` });
  await to.selectOption({ label: `Version ${b}` });
  await page.waitForFunction(
    (caption) => (globalThis as DraftBenchGlobal).draftProbe!.diffCaption() === caption,
    `Changes from version ${other} to version ${b}`,
  );
  await page.waitForTimeout(150);
  await page.evaluate(([x, y]) => (globalThis as DraftBenchGlobal).draftProbe!.diffArm(x, y), [
    a,
    b,
  ] as const);
  await from.selectOption({ label: `Version ${a}` });
  return page.evaluate(() => (globalThis as DraftBenchGlobal).draftProbe!.diffResult(20_000));
}

interface Figures {
  setup: DraftSetup;
  breakdown: DraftBreakdown;
  cold: DraftOpened[];
  warm: DraftOpened[];
  diffs: DraftOpened[][];
}

const painted = (runs: readonly DraftOpened[]) => runs.map((r) => r.painted);
const tasks = (runs: readonly DraftOpened[]) => runs.map((r) => r.longestTaskMs);
/** The browser reports only tasks of 50 ms or more. */
const longest = (value: number) => (value === 0 ? '< 50 ms' : ms(value));

function goalRow(metric: string, runs: readonly DraftOpened[]): Row {
  return {
    metric,
    value: stats(painted(runs)),
    goal: `≤ ${GOAL_MS} ms`,
    pass: median(painted(runs)) <= GOAL_MS,
  };
}

function resultRows(f: Figures): Row[] {
  const n = count(f.setup.versions);
  return [
    {
      metric: `open the draft, cold page load → ${n} versions + text (median of ${f.cold.length})`,
      value: stats(painted(f.cold)),
      goal: '',
    },
    goalRow(`open the draft from the incident page (click → ${n} versions + text)`, f.warm),
    ...PAIRS.map((pair, i) =>
      goalRow(`diff v${pair[0]} → v${pair[1]} (select → figure shows it)`, f.diffs[i]!),
    ),
    {
      metric: '… longest task: cold / warm open / diffs (median)',
      value: [f.cold, f.warm, ...f.diffs].map((r) => longest(median(tasks(r)))).join(' / '),
      goal: '',
    },
  ];
}

function diagnosisRows(f: Figures): Row[] {
  const b = f.breakdown;
  const [shortest, mid, longest] = f.setup.bodyChars;
  return [
    {
      metric: `seed: draftCreate + ${count(f.setup.versions - 1)} × versionSave, one after the other`,
      value: `${(f.setup.seedMs / 1000).toFixed(1)} s`,
      goal: '',
    },
    {
      metric: 'body length: shortest / median / longest (characters)',
      value: `${count(shortest)} / ${count(mid)} / ${count(longest)}`,
      goal: '',
    },
    { metric: 'read draft + versions + approvals + publications', value: ms(b.readMs), goal: '' },
    { metric: 'draftState', value: ms(b.stateMs), goal: '' },
    ...PAIRS.map(([x, y]) => ({
      metric: `diffWordsWithSpace v${x} → v${y} (${count(b.diffParts[`${x}-${y}`] ?? 0)} parts)`,
      value: ms(b.diffMs[`${x}-${y}`] ?? NaN),
      goal: '',
    })),
  ];
}

async function measure(probe: string, server: StaticServer, browsers: Browser[]) {
  const browser = await browserOpen(probe, log);
  browsers.push(browser);
  const { page } = browser;
  await page.goto(`${server.url}/bench/`);
  await page.waitForFunction(() => (globalThis as DraftBenchGlobal).draftBench !== undefined);
  log(`seeding a press release with ${count(VERSIONS)} versions through draftCreate and versionSave`);
  const setup = await call(page, 'setup', VERSIONS);
  log(`  seeded in ${(setup.seedMs / 1000).toFixed(1)} s; bodies ${setup.bodyChars.join(' / ')} characters`);
  log('breakdown of the app’s steps in the bench page');
  const breakdown = await call(page, 'breakdown', setup.draftId, PAIRS);
  const cdp = await browser.context.newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();

  log(`opening the draft × ${COLD_RUNS}, cold page load`);
  const cold: DraftOpened[] = [];
  for (let i = 0; i < COLD_RUNS; i++) cold.push(await coldOpen(page, server.url, setup));
  log(`  complete after (ms): ${whole(painted(cold))}`);
  log(`opening the draft × ${WARM_RUNS} from the incident page`);
  const warm: DraftOpened[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(await warmOpen(page, setup));
  log(`  complete after (ms): ${whole(painted(warm))}`);
  log(`diffs × ${DIFF_RUNS} (+${DIFF_WARMUP} warm-up): ${PAIRS.map(([a, b]) => `v${a} → v${b}`).join(', ')}`);
  const diffs: DraftOpened[][] = PAIRS.map(() => []);
  for (let i = 0; i < DIFF_WARMUP + DIFF_RUNS; i++)
    for (const [p, pair] of PAIRS.entries()) {
      const run = await diffRun(page, pair);
      if (i >= DIFF_WARMUP) diffs[p]!.push(run);
    }
  for (const [p, [a, b]] of PAIRS.entries())
    log(`  v${a} → v${b} shown after (ms): ${whole(painted(diffs[p]!))}`);
  return { setup, breakdown, cold, warm, diffs, chromium: product };
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  if (!existsSync('dist-web/index.html'))
    throw new Error('dist-web/ is missing: run `npm run build:web` first.');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium).`);
  log('building the drafts bench page (bench/page/drafts → .bench/drafts)');
  const { dir, probe } = await benchPageBuild('drafts');

  let server: StaticServer | null = null;
  const browsers: Browser[] = [];
  try {
    server = await staticServe({ '/bench/': dir, '/': resolve('dist-web') });
    const figures = await measure(probe, server, browsers);
    const version = /\/([\d.]+)/.exec(figures.chromium)?.[1] ?? figures.chromium;
    console.log(`\nCrisis Room drafts benchmark (browser), ${new Date().toISOString().slice(0, 10)}`);
    for (const line of machineDescribe(`${version} headless`)) console.log(line);
    const load = (averages: number[]) => averages.map((a) => a.toFixed(1)).join(' / ');
    console.log(`Load:     ${load(loadAtStart)} at the start, ${load(loadavg())} at the end (1/5/15 min)`);
    rowsPrint(
      `Drafts (issue 4): a press release with ${count(VERSIONS)} versions, viewport 1920×1080`,
      resultRows(figures),
    );
    rowsPrint('Where the time goes (bench page in Chromium, outside React)', diagnosisRows(figures));
  } finally {
    for (const browser of browsers) await browser.close();
    await server?.close();
    log('done: browser closed, server stopped, profile removed');
  }
}

await main();
