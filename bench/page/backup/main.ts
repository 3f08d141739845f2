/// <reference lib="dom" />
/**
 * The backup bench page: a device with a large database written the way the app writes it (entries
 * through entriesLog, each with its create operation; most of them sent and in the sync history), then
 * backupCreate, backupParse and backupRestore timed on it, in Chromium. Exposes `window.backupBench`
 * (see ../../backup-api.ts).
 */
import { Dexie } from 'dexie';
import { backupParse, type Backup } from '../../../shared/archive/backup';
import { syncedTables } from '../../../shared/sync/operation';
import { backupCreate } from '../../../renderer/db/backup';
import { backupRestore } from '../../../renderer/db/backup-restore';
import { incidentCreate } from '../../../renderer/db/incidents';
import { profileSave } from '../../../renderer/db/profile';
import { DB_VERSION, dbOpen } from '../../../renderer/db/schema';
import { sessionLoad, type Session } from '../../../renderer/db/session';
import { outboxAcknowledge } from '../../../renderer/db/sync-apply';
import { entriesLog } from '../../../renderer/db/timeline';
import type { BackupBenchApi, BackupBenchGlobal, BackupBreakdown } from '../../backup-api';
import { entryInputs } from '../texts';

let device: Session | null = null;
/** The last backup made, and once parsed, what backupParse gave. */
let last: { text: string; backup: Backup | null } | null = null;
const ELSEWHERE = 'bench-backup-elsewhere';

async function deviceNew(name: string, member: string): Promise<Session> {
  await Dexie.delete(name);
  const session = await sessionLoad(dbOpen(name));
  const saved = await profileSave(session, { name: member, role: 'scribe' });
  if (!saved.ok) throw new Error(`profileSave: ${saved.error.code}`);
  return session;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: { code: string; detail?: string } };

/** The value of a result, or of a step that must have run first (named by `first`). */
function must<T>(result: Outcome<T>): T;
function must<T>(value: T | null, first: string): T;
function must<T>(result: Outcome<T> | T | null, first?: string): T {
  if (first !== undefined) {
    if (result === null) throw new Error(`${first} first`);
    return result as T;
  }
  const outcome = result as Outcome<T>;
  if (!outcome.ok) throw new Error(`${outcome.error.code} ${outcome.error.detail ?? ''}`);
  return outcome.value;
}

const rowCount = (session: Session) =>
  Promise.all(session.db.tables.map((t) => t.count())).then((n) => n.reduce((a, b) => a + b, 0));

async function recordsKey(session: Session): Promise<string> {
  const counts = await Promise.all(syncedTables.map((t) => session.db[t].count()));
  const last = await session.db.timeline.orderBy(':id').last();
  return `${counts.join()} ${last?.id ?? ''}`;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

/** Every store's rows through IndexedDB itself, in one read transaction. */
function idbReadAll(idb: IDBDatabase, names: readonly string[]): Promise<unknown[][]> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(names, 'readonly');
    const results: unknown[][] = [];
    names.forEach((name, i) => {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => (results[i] = request.result as unknown[]);
    });
    tx.oncomplete = () => resolve(results);
    tx.onerror = () => reject(tx.error);
  });
}

function idbKeysAll(idb: IDBDatabase, names: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(names, 'readonly');
    let keys = 0;
    for (const name of names) {
      const request = tx.objectStore(name).getAllKeys();
      request.onsuccess = () => (keys += request.result.length);
    }
    tx.oncomplete = () => resolve(keys);
    tx.onerror = () => reject(tx.error);
  });
}

function idbAddAll(idb: IDBDatabase, name: string, rows: readonly unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction([name], 'readwrite', { durability: 'strict' });
    const store = tx.objectStore(name);
    store.clear();
    for (const row of rows) store.add(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** The steps of backupCreate and backupRestore one by one, through Dexie and through IndexedDB. */
async function breakdown(): Promise<BackupBreakdown> {
  const { db } = must(device, 'seed()');
  const names = db.tables.map((t) => t.name);
  const [rows, readDexieMs] = await timed(() =>
    db.transaction('r', db.tables, () => Promise.all(db.tables.map((t) => t.toArray()))),
  );
  const [, readIdbMs] = await timed(() => idbReadAll(db.backendDB(), names));
  const [, keysMs] = await timed(() => idbKeysAll(db.backendDB(), names));
  const [chunks, stringifyMs] = await timed(async () =>
    rows.flatMap((table) => {
      const out: string[] = [];
      for (let i = 0; i < table.length; i += 5_000) out.push(JSON.stringify(table.slice(i, i + 5_000)));
      return out;
    }),
  );
  const [, joinMs] = await timed(async () => chunks.join(',').length);
  const timeline = rows[names.indexOf('timeline')]!;
  const scratch = dbOpen('bench-backup-scratch');
  await scratch.open();
  const [, writeDexieMs] = await timed(() =>
    scratch.transaction('rw', scratch.timeline, () => scratch.timeline.bulkAdd(timeline as never[])),
  );
  const [, writeIdbMs] = await timed(() => idbAddAll(scratch.backendDB(), 'timeline', timeline));
  scratch.close();
  await Dexie.delete('bench-backup-scratch');
  return {
    readDexieMs,
    readIdbMs,
    keysMs,
    stringifyMs,
    joinMs,
    writeDexieMs,
    writeIdbMs,
    writeRows: timeline.length,
  };
}

const bench: BackupBenchApi = {
  breakdown,

  async seed(entries, chunk, pending) {
    const session = await deviceNew('bench-backup', 'Bench Scribe');
    device = session;
    const incident = must(
      await incidentCreate(session, {
        title: 'Fire at the Rotterdam warehouse',
        crisisType: 'fire',
        severity: 2,
        exercise: false,
      }),
    );
    const nowMs = Date.now();
    let seedMs = 0;
    for (let from = 0; from < entries; from += chunk) {
      const inputs = entryInputs(from, Math.min(chunk, entries - from), entries, nowMs);
      const [, ms] = await timed(async () => must(await entriesLog(session, incident.id, inputs)));
      seedMs += ms;
      // As after a sync: the hub has acknowledged all but the last `pending` entries' operations.
      if (from + chunk <= entries - pending)
        await outboxAcknowledge(session.db, await session.db.outbox.toArray());
    }
    const [logged, outbox, timeline] = await Promise.all([
      session.db.oplog.count(),
      session.db.outbox.toArray(),
      session.db.timeline.count(),
    ]);
    const records = (await Promise.all(syncedTables.map((t) => session.db[t].count()))).reduce(
      (a, b) => a + b,
      0,
    );
    return {
      rows: await rowCount(session),
      records,
      timeline,
      logged,
      pending: outbox.reduce((n, b) => n + b.operations.length, 0),
      seedMs,
    };
  },

  async create() {
    const session = must(device, 'seed()');
    const [text, ms] = await timed(() => backupCreate(session.db, { appVersion: 'bench' }));
    last = { text, backup: null };
    return { ms, chars: text.length };
  },

  async parse() {
    const made = must(last, 'create()');
    const [parsed, ms] = await timed(async () => backupParse(made.text, { dbVersion: DB_VERSION }));
    made.backup = must(parsed);
    return ms;
  },

  async restore(where) {
    const session = must(device, 'seed()');
    const backup = must(must(last, 'create()').backup, 'parse()');
    const before = await recordsKey(session);
    const target = where === 'same' ? session : await deviceNew(ELSEWHERE, 'Bench Scribe on a new laptop');
    const [restored, ms] = await timed(async () => must(await backupRestore(target, backup)));
    const same = (await recordsKey(target)) === before;
    if (target !== session) {
      target.db.close();
      await Dexie.delete(ELSEWHERE);
    }
    return { ms, written: restored.written, reissued: restored.reissued, same };
  },
};

(globalThis as BackupBenchGlobal).backupBench = bench;
document.title = 'Crisis Room backup bench: ready';
