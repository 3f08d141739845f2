/**
 * The timeline benchmark: 100,000 entries in one incident, measured in real Chromium through the app's
 * browser build. Prints figures against the goals and never fails on them: benchmarks report, tests check.
 * Run with `npm run bench` (builds dist-web first). See docs/benchmarks.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { build } from 'vite';
import type { BenchGlobal, BenchSetup, InsertFigures } from './api';
import { coldLoads, entryLatencies, incidentSwitches, searches, type LoadRun, type Target } from './measure';
import { COMMON_TERM, RARE_TERM } from './page/texts';
import { machineDescribe, rowsPrint } from './report';
import { diagnosisRows, resultRows, type Figures } from './results';
import { staticServe, type StaticServer } from './server';

const ENTRIES = 100_000;
const SEED_CHUNK = 5_000;
const THROUGHPUT_ROWS = 20_000;
const THROUGHPUT_BATCH = 5_000;
const INSERT_ROUNDS = 3;
const LOAD_RUNS = 5;
const ENTRY_SAMPLES = 60;
const SEARCH_RUNS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const whole = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(' ');

function logRuns(runs: readonly LoadRun[]): void {
  log(`  first row visible (ms): ${whole(runs.map((r) => r.firstRow.painted))}`);
  log(`  fully loaded (ms): ${whole(runs.map((r) => r.loadedMs))}`);
  log(`  longest task (ms): ${whole(runs.map((r) => r.longestTaskMs))}`);
  const controlled = runs.map((r) => (r.serviceWorker === undefined ? '-' : r.serviceWorker ? 'yes' : 'no'));
  if (runs.some((r) => r.serviceWorker !== undefined))
    log(`  served by the service worker: ${controlled.join(' ')}`);
}

async function main(): Promise<void> {
  if (!existsSync('dist-web/index.html'))
    throw new Error('dist-web/ is missing: run `npm run build:web` first.');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium).`);
  log('building the bench page (bench/vite.bench.config.ts → .bench/dist)');
  await build({ configFile: resolve('bench/vite.bench.config.ts'), logLevel: 'warn' });
  const probeScript = readFileSync('.bench/dist/probe.js', 'utf8');

  let server: StaticServer | null = null;
  let context: BrowserContext | null = null;
  const profile = mkdtempSync(join(tmpdir(), 'crisis-room-bench-'));
  try {
    server = await staticServe({ '/bench/': resolve('.bench/dist'), '/': resolve('dist-web') });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1920, height: 1080 },
      locale: 'en-GB',
    });
    await context.addInitScript({ content: `(() => {\n${probeScript}\n})();` });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    const chromiumVersion = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));

    await page.goto(`${server.url}/bench/`);
    await page.waitForFunction(() => (globalThis as BenchGlobal).bench !== undefined);
    const ids: BenchSetup = await page.evaluate(() => (globalThis as BenchGlobal).bench!.setup());
    log(`insert throughput × ${INSERT_ROUNDS}: ${THROUGHPUT_ROWS} rows in batches of ${THROUGHPUT_BATCH}`);
    const inserts: InsertFigures[] = [];
    for (let round = 0; round < INSERT_ROUNDS; round++) {
      const args = [THROUGHPUT_ROWS, THROUGHPUT_BATCH] as const;
      inserts.push(await page.evaluate((a) => (globalThis as BenchGlobal).bench!.throughput(...a), args));
    }
    log(`seeding ${ENTRIES.toLocaleString('en-US')} entries through entriesLog in chunks of ${SEED_CHUNK}`);
    let seedMs = 0;
    for (let from = 0; from < ENTRIES; from += 20_000) {
      const args = [ids.bigId, from, Math.min(20_000, ENTRIES - from), ENTRIES, SEED_CHUNK] as const;
      seedMs += await page.evaluate((a) => (globalThis as BenchGlobal).bench!.seed(...a), args);
      log(`  ${Math.min(from + 20_000, ENTRIES).toLocaleString('en-US')} entries`);
    }
    log('breakdown of the app’s work outside React');
    const breakdown = await page.evaluate((a) => (globalThis as BenchGlobal).bench!.breakdown(...a), [
      ids.bigId,
      ids.smallId,
      RARE_TERM,
      COMMON_TERM,
    ] as const);

    const target: Target = { page, base: server.url, ...ids, bigTotal: ENTRIES + 1 };
    log(`cold page loads of the incident × ${LOAD_RUNS}`);
    const cold = await coldLoads(target, LOAD_RUNS);
    logRuns(cold);
    log(`switching incidents in the running app × ${LOAD_RUNS}`);
    const switches = await incidentSwitches(target, LOAD_RUNS);
    logRuns(switches);
    log(`Enter → entry visible × ${ENTRY_SAMPLES} (+5 warm-up)`);
    const enter = await entryLatencies(target, 5, ENTRY_SAMPLES);
    log(`  visible after (ms): ${whole(enter.map((e) => e.painted))}`);
    log(`search × ${SEARCH_RUNS} (+1 warm-up) for "${RARE_TERM}" and "${COMMON_TERM}"`);
    const rare = await searches(target, RARE_TERM, 1, SEARCH_RUNS);
    const common = await searches(target, COMMON_TERM, 1, SEARCH_RUNS);

    const figures: Figures = {
      entries: ENTRIES,
      seedRowsPerSecond: (ENTRIES / seedMs) * 1000,
      inserts,
      breakdown,
      cold,
      switches,
      enter,
      rare: { term: RARE_TERM, runs: rare },
      common: { term: COMMON_TERM, runs: common },
    };
    console.log(`\nCrisis Room timeline benchmark, ${new Date().toISOString().slice(0, 10)}`);
    for (const line of machineDescribe(chromiumVersion)) console.log(line);
    rowsPrint(
      `Results (${ENTRIES.toLocaleString('en-US')} entries, viewport 1920×1080)`,
      resultRows(figures),
    );
    rowsPrint('Where the time goes (bench page, outside React)', diagnosisRows(figures));
  } finally {
    await context?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
    log('done: browser closed, server stopped, profile removed');
  }
}

await main();
