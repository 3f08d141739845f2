/// <reference lib="dom" />
/**
 * The sync bench page: one team member's browser. Served by the hub itself (same origin, as a teammate's
 * browser build is), it runs the real sync engine (renderer/sync/engine.ts) over the real renderer/db and
 * exposes `window.syncBench` to the harness (bench/sync.ts). Each browser context has its own database.
 */
import { Dexie } from 'dexie';
import type { IncidentId } from '../../../shared/domain/ids';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { SequencedOperation } from '../../../shared/sync/protocol';
import { changesSubscribe, type Change } from '../../../renderer/db/changes';
import { hubConfigSet, syncCounts, syncCursorGet } from '../../../renderer/db/hub-config';
import { incidentCreate } from '../../../renderer/db/incidents';
import { profileSave } from '../../../renderer/db/profile';
import { dbOpen } from '../../../renderer/db/schema';
import { sessionLoad, type Session } from '../../../renderer/db/session';
import { operationsApply } from '../../../renderer/db/sync-apply';
import { entriesLog, entryLog } from '../../../renderer/db/timeline';
import { SyncEngine } from '../../../renderer/sync/engine';
import { hubJoin } from '../../../renderer/sync/hub-api';
import type { ApplyFigures, SyncBenchApi, SyncBenchGlobal } from '../../sync-api';
import { entryOperations, interleave, syncDeviceNew, syncEntryInput } from '../../sync-ops';

const now = () => performance.timeOrigin + performance.now();

let member: Session | null = null;
let engine: SyncEngine | null = null;
let converged: Promise<{ pushedAt: number; convergedAt: number }> | null = null;
let arrived: Promise<number> | null = null;

function must<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} first`);
  return value;
}

async function memberSession(name: string, dbName?: string): Promise<Session> {
  const session = await sessionLoad(dbOpen(dbName));
  const saved = await profileSave(session, { name, role: 'scribe' });
  if (!saved.ok) throw new Error(`profileSave: ${saved.error.code}`);
  return session;
}

async function incidentNew(session: Session, title: string): Promise<IncidentId> {
  const created = await incidentCreate(session, { title, crisisType: 'fire', severity: 2, exercise: false });
  if (!created.ok) throw new Error(`incidentCreate: ${created.error.code} ${created.error.detail ?? ''}`);
  return created.value.id;
}

/** Resolves with the time `test` first holds; checked after every change, status update and 100 ms. */
function watch(test: () => Promise<boolean>, signals: ((listener: () => void) => () => void)[]) {
  return new Promise<number>((resolve) => {
    let busy = false;
    let again = false;
    const check = async (): Promise<void> => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      do {
        again = false;
        if (await test()) {
          const at = now();
          clearInterval(timer);
          for (const stop of stops) stop();
          resolve(at);
          return;
        }
      } while (again);
      busy = false;
    };
    const stops = signals.map((signal) => signal(() => void check()));
    const timer = setInterval(() => void check(), 100);
    void check();
  });
}

function within<T>(promise: Promise<T> | null, timeoutMs: number, what: string): Promise<T> {
  return Promise.race([
    must(promise, what),
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: timed out`)), timeoutMs)),
  ]);
}

/** JSON with sorted keys, so that two devices' copies of a record compare equal whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const syncBench: SyncBenchApi = {
  async setup(name) {
    member = await memberSession(name);
  },

  async join(inviteCode) {
    const session = must(member, 'setup()');
    const joined = await hubJoin(location.origin, {
      inviteCode,
      deviceId: session.deviceId,
      memberName: session.member!.name,
    });
    if (!joined.ok) throw new Error(`join: ${joined.code}`);
    const config = { url: location.origin, ...joined.value };
    await hubConfigSet(session.db, config);
    engine = new SyncEngine(session, config);
    engine.start();
  },

  incidentOpen: (title) => incidentNew(must(member, 'setup()'), title),

  async state() {
    const { db } = must(member, 'setup()');
    return {
      phase: engine?.get().phase ?? 'none',
      pending: (await syncCounts(db)).pending,
      timeline: await db.timeline.count(),
      oplog: await db.oplog.count(),
      cursor: await syncCursorGet(db),
    };
  },

  async entriesWrite(incidentId, from, count, chunk) {
    const session = must(member, 'setup()');
    const start = performance.now();
    for (let n = from; n < from + count; n += chunk) {
      const inputs = Array.from({ length: Math.min(chunk, from + count - n) }, (_, i) =>
        syncEntryInput(n + i),
      );
      const result = await entriesLog(session, incidentId as IncidentId, inputs);
      if (!result.ok) throw new Error(`entriesLog: ${result.error.code}`);
    }
    return performance.now() - start;
  },

  convergeArm(head) {
    const { db } = must(member, 'setup()');
    const signals = [changesSubscribe, must(engine, 'join()').subscribe];
    const pushed = watch(async () => (await db.outbox.count()) === 0, signals);
    const pulled = watch(async () => (await syncCursorGet(db)) >= head, signals);
    converged = Promise.all([pushed, pulled]).then(([pushedAt, pulledAt]) => ({
      pushedAt,
      convergedAt: Math.max(pushedAt, pulledAt),
    }));
  },

  convergeResult: (timeoutMs) => within(converged, timeoutMs, 'convergeArm()'),

  async fingerprint() {
    const { db } = must(member, 'setup()');
    const tables = [db.incidents, db.timeline, db.members, db.conflicts] as const;
    const rows = await Promise.all(tables.map((table) => table.toArray()));
    const text = rows.map((records) => records.map(canonical).sort().join('\n')).join('\n--\n');
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  },

  liveArm(text) {
    const hasText = (change: Change) =>
      change.origin === 'remote' &&
      change.table === 'timeline' &&
      change.records.some((record) => (record as { text?: unknown }).text === text);
    arrived = new Promise((resolve) => {
      const stop = changesSubscribe((change) => {
        if (!hasText(change)) return;
        stop();
        resolve(now());
      });
    });
  },

  liveResult: (timeoutMs) => within(arrived, timeoutMs, 'liveArm()'),

  async liveLog(incidentId, text) {
    const at = now();
    const result = await entryLog(must(member, 'setup()'), incidentId as IncidentId, {
      kind: 'observation',
      text,
    });
    if (!result.ok) throw new Error(`entryLog: ${result.error.code}`);
    return at;
  },

  async applyThroughput(operations, devices, batch) {
    const name = `bench-apply-${Date.now()}`;
    const session = await memberSession('Bench Applier', name);
    const incidentId = await incidentNew(session, 'Remote apply');
    const per = Math.ceil(operations / devices);
    const startMs = Date.now() - 3_600_000;
    const perDevice = Array.from({ length: devices }, (_, d) =>
      entryOperations(syncDeviceNew(`Teammate ${d + 1}`), incidentId, d * per, per, startMs),
    );
    const sequenced: SequencedOperation[] = interleave(perDevice, batch)
      .slice(0, operations)
      .map((operation, i) => ({ seq: i + 1, operation }));
    let ms = 0;
    for (let i = 0; i < sequenced.length; i += batch) {
      const page = sequenced.slice(i, i + batch);
      const start = performance.now();
      const outcome = await operationsApply(session, page, page.at(-1)!.seq);
      ms += performance.now() - start;
      if (outcome.applied !== page.length) throw new Error(`applied ${outcome.applied} of ${page.length}`);
    }
    const stored = await session.db.timeline.count();
    session.db.close();
    if (stored !== operations + 1) throw new Error(`${stored} entries stored, ${operations + 1} expected`);
    const raw = dbOpen(`${name}-raw`);
    let rawMs = 0;
    for (let i = 0; i < sequenced.length; i += batch) {
      const page = sequenced.slice(i, i + batch);
      const start = performance.now();
      await raw.transaction('rw', [raw.timeline, raw.oplog, raw.meta], async () => {
        await raw.timeline.bulkPut(page.map((s) => s.operation.patch as unknown as TimelineEntry));
        await raw.oplog.bulkAdd(page.map((s) => ({ ...s.operation, seq: s.seq })));
        await raw.meta.put({ key: 'cursor', value: page.at(-1)!.seq });
      });
      rawMs += performance.now() - start;
    }
    raw.close();
    await Promise.all([Dexie.delete(name), Dexie.delete(raw.name)]);
    const figures: ApplyFigures = {
      operations,
      ms,
      operationsPerSecond: (operations / ms) * 1000,
      writesOnlyPerSecond: (operations / rawMs) * 1000,
    };
    return figures;
  },
};

(globalThis as SyncBenchGlobal).syncBench = syncBench;
document.title = 'Crisis Room sync bench: ready';
