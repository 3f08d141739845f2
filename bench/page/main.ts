/// <reference lib="dom" />
/**
 * The bench page: served from the app's origin so that it shares the app's IndexedDB, it writes through
 * the real renderer/db mutations and exposes `window.bench` to the harness (bench/run.ts).
 */
import { Dexie } from 'dexie';
import { idNew, type DeviceId, type IncidentId, type OperationId } from '../../shared/domain/ids';
import type { TimelineEntry } from '../../shared/domain/timeline-entry';
import type { Operation } from '../../shared/sync/operation';
import { incidentCreate } from '../../renderer/db/incidents';
import { profileSave } from '../../renderer/db/profile';
import { dbOpen, outboxBatchOf, type CrisisRoomDb } from '../../renderer/db/schema';
import { sessionLoad, type Session } from '../../renderer/db/session';
import { entriesLog, entryLog } from '../../renderer/db/timeline';
import { entryCompare, entrySearchText } from '../../renderer/db/timeline-store';
import { noFilter, timelineFilter, timelineRows } from '../../renderer/features/timeline/rows';
import type { BenchApi, BenchGlobal, Breakdown, Throughput } from '../api';
import { entryInputs } from './texts';

const nowMs = Date.now();
let appSession: Session | null = null;

async function sessionWithProfile(name?: string): Promise<Session> {
  const session = await sessionLoad(dbOpen(name));
  if (session.member) return session;
  const saved = await profileSave(session, { name: 'Bench Scribe', role: 'scribe' });
  if (!saved.ok) throw new Error(`profileSave: ${saved.error.code}`);
  return session;
}

async function incidentNew(session: Session, title: string): Promise<IncidentId> {
  const created = await incidentCreate(session, { title, crisisType: 'fire', severity: 2, exercise: false });
  if (!created.ok) throw new Error(`incidentCreate: ${created.error.code}`);
  return created.value.id;
}

/** Logs entries `from`… in chunks through entriesLog; the time excludes making up the texts. */
async function logAll(
  session: Session,
  id: IncidentId,
  from: number,
  count: number,
  total: number,
  chunk: number,
) {
  const logged: TimelineEntry[] = [];
  let ms = 0;
  for (let start = from; start < from + count; start += chunk) {
    const inputs = entryInputs(start, Math.min(chunk, from + count - start), total, nowMs);
    const t = performance.now();
    const result = await entriesLog(session, id, inputs);
    ms += performance.now() - t;
    if (!result.ok) throw new Error(`entriesLog: ${result.error.code} ${result.error.detail ?? ''}`);
    logged.push(...result.value);
  }
  return { logged, ms };
}

/**
 * What entriesLog must write at least: the records and a create operation each, in one transaction (the
 * operations as one outbox batch, as the app writes them).
 */
async function putWithOutbox(db: CrisisRoomDb, entries: readonly TimelineEntry[], batch: number) {
  await db.timeline.clear();
  const start = performance.now();
  for (let i = 0; i < entries.length; i += batch) {
    const slice = entries.slice(i, i + batch);
    await db.transaction('rw', [db.timeline, db.outbox], async () => {
      await db.timeline.bulkPut(slice);
      await db.outbox.put(outboxBatchOf(slice.map((e, n) => operationLike(e, i + n))));
    });
  }
  return rate(entries.length, performance.now() - start);
}

function operationLike(entry: TimelineEntry, n: number): Operation {
  return {
    id: idNew<OperationId>(),
    table: 'timeline',
    recordId: entry.id,
    kind: 'create',
    patch: { ...entry },
    hlc: `${nowMs}-${n}`,
    author: entry.authorId,
    device: entry.authorId as string as DeviceId,
  };
}

function rate(rows: number, ms: number): Throughput {
  return { rows, ms, rowsPerSecond: (rows / ms) * 1000 };
}

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

const bench: BenchApi = {
  async setup() {
    appSession = await sessionWithProfile();
    const bigId = await incidentNew(appSession, 'Fire at the Rotterdam warehouse (100,000 entries)');
    const smallId = await incidentNew(appSession, 'Power cut at the Utrecht office');
    await logAll(appSession, smallId, 0, 20, 20, 20);
    return { bigId, smallId };
  },

  async seed(incidentId, from, count, total, chunk) {
    if (!appSession) throw new Error('setup() first');
    return (await logAll(appSession, incidentId as IncidentId, from, count, total, chunk)).ms;
  },

  async throughput(rows, batch) {
    const session = await sessionWithProfile(`bench-log-${nowMs}`);
    const id = await incidentNew(session, 'Throughput');
    const { logged, ms } = await logAll(session, id, 0, rows, rows, batch);
    const viaLog = rate(rows, ms);
    await Dexie.delete('bench-raw');
    const raw = dbOpen('bench-raw');
    await raw.open();
    const start = performance.now();
    for (let i = 0; i < logged.length; i += batch) await raw.timeline.bulkPut(logged.slice(i, i + batch));
    const viaPut = rate(rows, performance.now() - start);
    const withOutbox = await putWithOutbox(raw, logged, batch);
    raw.close();
    session.db.close();
    await Promise.all([Dexie.delete('bench-raw'), Dexie.delete(session.db.name)]);
    return { entriesLog: viaLog, bulkPut: viaPut, bulkPutWithOutbox: withOutbox };
  },

  async breakdown(bigId, smallId, rare, common) {
    if (!appSession) throw new Error('setup() first');
    const range = () =>
      appSession!.db.timeline
        .where('[incidentId+occurredAt]')
        .between([bigId, Dexie.minKey], [bigId, Dexie.maxKey]);
    let start = performance.now();
    await range().reverse().limit(60).toArray();
    const readNewest60Ms = performance.now() - start;
    start = performance.now();
    const all = await range().toArray();
    const readAllMs = performance.now() - start;
    const [sorted, sortMs] = timed(() => all.slice().sort(entryCompare));
    const [, searchTextMs] = timed(() => sorted.forEach(entrySearchText));
    const [, rowsMs] = timed(() => timelineRows(sorted));
    const [, filterRareMs] = timed(() => timelineFilter(sorted, { ...noFilter, query: rare }));
    const [, filterCommonMs] = timed(() => timelineFilter(sorted, { ...noFilter, query: common }));
    const latencies: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      const result = await entryLog(appSession, smallId as IncidentId, {
        kind: 'observation',
        text: `Breakdown probe ${i}`,
      });
      if (!result.ok) throw new Error(`entryLog: ${result.error.code}`);
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    const channel = new BroadcastChannel('bench:announce');
    const [, announceMs] = timed(() =>
      channel.postMessage({ table: 'timeline', records: all.slice(0, 5000) }),
    );
    channel.close();
    const result: Breakdown = {
      readNewest60Ms,
      readAllMs,
      sortMs,
      searchTextMs,
      rowsMs,
      filterRareMs,
      filterCommonMs,
      entryLogMedianMs: quantile(latencies, 0.5),
      entryLogP95Ms: quantile(latencies, 0.95),
      announceMs,
    };
    return result;
  },
};

(globalThis as BenchGlobal).bench = bench;
document.title = 'Crisis Room bench: ready';
