/**
 * The sync benchmark (issue 5): five team members in five Chromium browsers running the real sync engine
 * against a real hub process reconnect after working offline; live propagation between two of them;
 * remote-apply throughput in the browser; hub ingest throughput over HTTP. Prints figures against the
 * goals and never fails on them. Run with `npm run bench` (after the timeline benchmark) or
 * `tsx bench/sync.ts`. See docs/benchmarks.md, "Sync".
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { idNew } from '../shared/domain/ids';
import { PULL_DEFAULT_LIMIT } from '../shared/sync/protocol';
import { CHROMIUM } from '../tests/e2e/browser';
import { freePort, startHubProcess, type HubProcess } from '../tests/integration/hub-process';
import { machineDescribe, ms, rowsPrint } from './report';
import type { ApplyFigures } from './sync-api';
import { call, clientOpen, liveMeasure, reconnectMeasure, type Client } from './sync-clients';
import { hubIngest, type IngestFigures } from './sync-ingest';
import { syncRows } from './sync-results';

const CLIENTS = 5;
const OFFLINE_OPS = 2_000;
const OFFLINE_CHUNK = 100;
const LIVE_WARMUP = 5;
const LIVE_SAMPLES = 50;
const LIVE_GAP_MS = 300;
const APPLY_OPS = 20_000;
const APPLY_ROUNDS = 3;
/** Batches of 1,000: all from one device, then spread over CLIENTS devices. */
const INGEST_BATCHES = 30;
const PAGE_DIR = resolve('.bench/sync');

const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/** A hub process with a fresh data folder and no rate limit, serving `web` (or nothing) at /. */
async function hubStart(web: string | null): Promise<{ hub: HubProcess; stop(): Promise<void> }> {
  const data = mkdtempSync(join(tmpdir(), 'crisis-room-bench-hub-'));
  const port = String(await freePort());
  const args = ['--data', data, '--port', port, '--rate-limit', '0', '--team', 'Bench'];
  const hub = await startHubProcess([...args, ...(web ? ['--web', web] : ['--no-web'])]);
  let stopped: Promise<void> | null = null;
  const stop = async () => {
    hub.child.kill('SIGTERM');
    await hub.exited;
    rmSync(data, { recursive: true, force: true });
  };
  return { hub, stop: () => (stopped ??= stop()) };
}

async function clientsMeasure(hub: HubProcess, clients: Client[]) {
  const names = ['Anna', 'Ben', 'Carla', 'Daan', 'Eva', 'Fatima', 'Gijs'];
  for (let i = 0; i < CLIENTS; i++) {
    const client = await clientOpen(names[i] ?? `Member ${i + 1}`, `${hub.url}/`, log);
    clients.push(client);
    await call(client, 'setup', client.name);
    await call(client, 'join', hub.inviteCode);
  }
  const incidentId = await call(clients[0]!, 'incidentOpen', 'Gas leak at the Rotterdam terminal');
  log(`${CLIENTS} clients offline, each writing ${OFFLINE_OPS} entries, then all back online at once`);
  const reconnect = await reconnectMeasure(clients, incidentId, OFFLINE_OPS, OFFLINE_CHUNK);
  log(`  converged after (ms): ${reconnect.convergedMs.map((t) => t.toFixed(0)).join(' ')}`);
  log(`live propagation × ${LIVE_SAMPLES} (+${LIVE_WARMUP} warm-up), ${LIVE_GAP_MS} ms apart`);
  const live = await liveMeasure(clients, incidentId, LIVE_WARMUP, LIVE_SAMPLES, LIVE_GAP_MS);
  log(`  arrived after (ms): ${live.map((t) => t.toFixed(0)).join(' ')}`);
  return { reconnect, live };
}

async function applyMeasure(hub: HubProcess, clients: Client[]): Promise<ApplyFigures[]> {
  const client = await clientOpen('Applier', `${hub.url}/`, log);
  clients.push(client);
  const rounds: ApplyFigures[] = [];
  for (let round = 0; round < APPLY_ROUNDS; round++) {
    rounds.push(await call(client, 'applyThroughput', APPLY_OPS, CLIENTS, PULL_DEFAULT_LIMIT));
    log(`  round ${round + 1}: ${Math.round(rounds.at(-1)!.operationsPerSecond)} ops/s`);
  }
  return rounds;
}

async function ingestMeasure(): Promise<IngestFigures[]> {
  const results: IngestFigures[] = [];
  for (const devices of [1, CLIENTS]) {
    const { hub, stop } = await hubStart(null);
    try {
      const batches = INGEST_BATCHES / devices;
      results.push(await hubIngest(hub.url, hub.inviteCode, idNew(), devices, batches));
      log(`  ${devices} device(s): ${Math.round(results.at(-1)!.operationsPerSecond)} ops/s`);
    } finally {
      await stop();
    }
  }
  return results;
}

const load = (averages: number[]) => averages.map((a) => a.toFixed(1)).join(' / ');

/** `Chromium 156.0.8078.79 built on Debian …` → `156.0.8078.79 headless`. */
function chromiumVersion(): string {
  const text = execFileSync(CHROMIUM, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return `${/[\d.]{6,}/.exec(text)?.[0] ?? text.trim()} headless`;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium).`);
  log('building the sync bench page (bench/page/sync → .bench/sync)');
  await build({
    configFile: false,
    root: resolve('bench/page/sync'),
    base: '/',
    logLevel: 'warn',
    build: { outDir: PAGE_DIR, emptyOutDir: true, minify: false },
  });

  const clients: Client[] = [];
  const { hub, stop } = await hubStart(PAGE_DIR);
  try {
    const { reconnect, live } = await clientsMeasure(hub, clients);
    while (clients.length > 0) await clients.pop()!.close();
    log(
      `remote apply × ${APPLY_ROUNDS}: ${APPLY_OPS} ops from ${CLIENTS} devices in pages of ${PULL_DEFAULT_LIMIT}`,
    );
    const apply = await applyMeasure(hub, clients);
    while (clients.length > 0) await clients.pop()!.close();
    await stop();
    log(`hub ingest: ${INGEST_BATCHES} × 1,000 ops from 1 device, then from ${CLIENTS} devices at once`);
    const ingest = await ingestMeasure();

    console.log(`\nCrisis Room sync benchmark, ${new Date().toISOString().slice(0, 10)}`);
    for (const line of machineDescribe(chromiumVersion())) console.log(line);
    console.log(`Load:     ${load(loadAtStart)} at the start, ${load(loadavg())} at the end (1/5/15 min)`);
    rowsPrint('Sync (issue 5)', syncRows({ reconnect, live, apply, ingest }));
    console.log(`\n(apply rounds: ${apply.map((a) => ms(a.ms)).join(', ')} for ${APPLY_OPS} ops each)`);
  } finally {
    for (const client of clients) await client.close();
    await stop();
    log('done: browsers closed, hubs stopped, profiles and data removed');
  }
}

await main();
