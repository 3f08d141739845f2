/**
 * The hub's embedded store: one SQLite file in the data folder, through Node's built-in `node:sqlite`
 * (no native build, and the same module works in Electron's main process and utility processes).
 *
 * Durability: WAL with `synchronous=FULL` syncs the log on every commit, and every append is one
 * transaction, so a push the hub has acknowledged survives a crash or a power cut. The operation JSON is
 * kept as one text column: the hub relays operations, it never looks inside them.
 */
import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { SequencedOperation } from '../../shared/sync/protocol';
import { migrate } from './sqlite-migrations';
import type { AppendResult, DeviceIdentity, HubStore, MetaKey, StoredOperation } from './store';

export const SQLITE_FILE_NAME = 'hub.sqlite';

/** Opens (creating if needed) the store in `dataDir`. */
export function openSqliteStore(dataDir: string): HubStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, SQLITE_FILE_NAME);
  // Create the file owner-only before SQLite does (it would use the umask): it holds contact data.
  // SQLite gives the -wal and -shm files the same permissions.
  closeSync(openSync(file, 'a', 0o600));
  const db = new DatabaseSync(file);
  try {
    db.exec(`PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;`);
    migrate(db);
    return new SqliteStore(db);
  } catch (error) {
    db.close();
    throw error;
  }
}

class SqliteStore implements HubStore {
  readonly #db: DatabaseSync;
  readonly #insertOperation;
  readonly #selectAfter;
  readonly #selectHead;
  readonly #upsertDevice;
  readonly #insertToken;
  readonly #selectDevice;
  readonly #selectMeta;
  readonly #upsertMeta;

  constructor(db: DatabaseSync) {
    this.#db = db;
    // The NOT EXISTS matters: a bare INSERT OR IGNORE still burns an AUTOINCREMENT number per ignored
    // row, so every retried push would leave a gap in the sequence.
    this.#insertOperation = db.prepare(
      `INSERT OR IGNORE INTO operations (id, device, received_at, op)
       SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM operations WHERE id = ?1)`,
    );
    this.#selectAfter = db.prepare('SELECT seq, op FROM operations WHERE seq > ? ORDER BY seq LIMIT ?');
    this.#selectHead = db.prepare('SELECT COALESCE(MAX(seq), 0) AS head FROM operations');
    this.#upsertDevice = db.prepare(
      `INSERT INTO devices (device_id, member_name, joined_at) VALUES (?, ?, ?)
       ON CONFLICT (device_id) DO UPDATE SET member_name = COALESCE(excluded.member_name, member_name)`,
    );
    this.#insertToken = db.prepare('INSERT INTO tokens (token_hash, device_id, created_at) VALUES (?, ?, ?)');
    this.#selectDevice = db.prepare(
      `SELECT devices.device_id AS deviceId, devices.member_name AS memberName
       FROM tokens JOIN devices ON devices.device_id = tokens.device_id WHERE tokens.token_hash = ?`,
    );
    this.#selectMeta = db.prepare('SELECT value FROM meta WHERE key = ?');
    this.#upsertMeta = db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  append(operations: readonly StoredOperation[], deviceId: string): AppendResult {
    // Serialise before opening the transaction: nothing that can throw on bad input runs inside it.
    const rows = operations.map((operation) => [operation.id, JSON.stringify(operation)] as const);
    const receivedAt = new Date().toISOString();
    let accepted = 0;
    this.#transaction(() => {
      for (const [id, json] of rows) {
        accepted += Number(this.#insertOperation.run(id, deviceId, receivedAt, json).changes);
      }
    });
    return { accepted, duplicates: rows.length - accepted, head: this.head() };
  }

  read(after: number, limit: number, maxBytes = Infinity): SequencedOperation[] {
    const page: SequencedOperation[] = [];
    let bytes = 0;
    for (const row of this.#selectAfter.iterate(after, limit)) {
      const json = String(row['op']);
      bytes += json.length;
      if (page.length > 0 && bytes > maxBytes) break;
      page.push({ seq: Number(row['seq']), operation: JSON.parse(json) as StoredOperation });
    }
    return page;
  }

  head(): number {
    return Number(this.#selectHead.get()?.['head'] ?? 0);
  }

  registerDevice(deviceId: string, tokenHash: string, memberName?: string): void {
    const now = new Date().toISOString();
    this.#transaction(() => {
      this.#upsertDevice.run(deviceId, memberName ?? null, now);
      this.#insertToken.run(tokenHash, deviceId, now);
    });
  }

  deviceForTokenHash(tokenHash: string): DeviceIdentity | undefined {
    const row = this.#selectDevice.get(tokenHash);
    if (!row) return undefined;
    const memberName = row['memberName'];
    return typeof memberName === 'string'
      ? { deviceId: String(row['deviceId']), memberName }
      : { deviceId: String(row['deviceId']) };
  }

  getMeta(key: MetaKey): string | undefined {
    const value = this.#selectMeta.get(key)?.['value'];
    return typeof value === 'string' ? value : undefined;
  }

  setMeta(key: MetaKey, value: string): void {
    this.#upsertMeta.run(key, value);
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }

  /** IMMEDIATE takes the write lock up front, so a second process on the same file waits, never deadlocks. */
  #transaction(work: () => void): void {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      work();
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }
}
