/**
 * Team members for the sync benchmark: each one its own Chromium (persistent profile, so its own
 * IndexedDB on disk and its own network switch), with the sync bench page served by the hub. The
 * scenarios drive them: go offline, write, reconnect together; and live propagation between two of them.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { browserLaunch, profileDir } from '../tests/e2e/browser';
import type { ClientState, SyncBenchApi, SyncBenchGlobal } from './sync-api';

type Api = SyncBenchApi;

export interface Client {
  name: string;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Calls the bench page's API in the client's page. */
export function call<M extends keyof Api>(
  client: Client,
  method: M,
  ...args: Parameters<Api[M]>
): Promise<Awaited<ReturnType<Api[M]>>> {
  return client.page.evaluate(
    ([m, a]) => ((globalThis as SyncBenchGlobal).syncBench![m] as (...x: unknown[]) => unknown)(...a),
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<Api[M]>>>;
}

export const absoluteNow = () => performance.timeOrigin + performance.now();

/** A fresh browser on the sync bench page at `url`, with `window.syncBench` ready. */
export async function clientOpen(name: string, url: string, onError: (message: string) => void) {
  const profile = profileDir();
  const { context, page } = await browserLaunch(profile.path);
  page.on('pageerror', (error) => onError(`${name}: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as SyncBenchGlobal).syncBench !== undefined);
  const client: Client = {
    name,
    context,
    page,
    close: async () => {
      await context.close();
      profile.remove();
    },
  };
  return client;
}

async function until(client: Client, test: (state: ClientState) => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await call(client, 'state');
    if (test(state)) return state;
    if (Date.now() > deadline) throw new Error(`${client.name}: gave up waiting, ${JSON.stringify(state)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until every client has pushed everything and pulled up to the same cursor. */
async function settled(clients: readonly Client[], timeoutMs: number): Promise<ClientState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = await Promise.all(clients.map((c) => call(c, 'state')));
    const first = states[0]!;
    const same = (s: ClientState) =>
      s.pending === 0 && s.cursor === first.cursor && s.timeline === first.timeline;
    if (first.timeline > 0 && states.every(same)) return first;
    if (Date.now() > deadline) throw new Error(`clients did not settle: ${JSON.stringify(states)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface ReconnectFigures {
  clients: number;
  operations: number;
  /** Per client, the time taken to write its operations offline (entriesLog, in chunks). */
  writeMs: number[];
  /** Per client, from reconnecting until the hub had acknowledged all of its operations. */
  pushedMs: number[];
  /** Per client, from reconnecting until it had applied every operation and pushed all of its own. */
  convergedMs: number[];
  /** Every client ended with the same fingerprint of its records. */
  identical: boolean;
  timeline: number;
}

/**
 * The clients join one incident, go offline, each write `perClient` entries, then all come back online
 * at once. The clock runs from switching the network back on until the last client has every entry and
 * has pushed all of its own.
 */
export async function reconnectMeasure(
  clients: readonly Client[],
  incidentId: string,
  perClient: number,
  chunk: number,
): Promise<ReconnectFigures> {
  const { timeline: base, cursor: head } = await settled(clients, 30_000);
  await Promise.all(clients.map((c) => c.context.setOffline(true)));
  const writeMs = await Promise.all(
    clients.map((c, i) => call(c, 'entriesWrite', incidentId, i * perClient, perClient, chunk)),
  );
  for (const client of clients)
    await until(client, (s) => s.phase === 'offline' && s.pending === perClient, 60_000);
  const operations = clients.length * perClient;
  await Promise.all(clients.map((c) => call(c, 'convergeArm', head + operations)));
  const start = absoluteNow();
  await Promise.all(clients.map((c) => c.context.setOffline(false)));
  const done = await Promise.all(clients.map((c) => call(c, 'convergeResult', 300_000)));
  // Checked after the clock stopped: every client has every entry and the very same records.
  const timeline = base + operations;
  const states = await Promise.all(clients.map((c) => call(c, 'state')));
  const fingerprints = await Promise.all(clients.map((c) => call(c, 'fingerprint')));
  return {
    clients: clients.length,
    operations,
    writeMs,
    pushedMs: done.map((d) => d.pushedAt - start),
    convergedMs: done.map((d) => d.convergedAt - start),
    identical:
      states.every((s) => s.timeline === timeline) && fingerprints.every((f) => f === fingerprints[0]),
    timeline,
  };
}

/**
 * Client i logs an entry, client i+1 waits for it: from just before entryLog until the entry has been
 * applied there (transaction committed). All clients stay online and receive every entry.
 */
export async function liveMeasure(
  clients: readonly Client[],
  incidentId: string,
  warmup: number,
  samples: number,
  gapMs: number,
): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < warmup + samples; i++) {
    const from = clients[i % clients.length]!;
    const to = clients[(i + 1) % clients.length]!;
    const text = `Live ${i}: ${from.name} tells ${to.name} the press conference moved to 15:30.`;
    await call(to, 'liveArm', text);
    const sent = await call(from, 'liveLog', incidentId, text);
    const arrived = await call(to, 'liveResult', 30_000);
    if (i >= warmup) latencies.push(arrived - sent);
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  return latencies;
}
