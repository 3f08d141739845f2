/**
 * Whole-database backups (the format: shared/archive/backup.ts): a snapshot of every table, and a hash
 * of the whole database that tells whether anything changed. Restoring is in backup-restore.ts.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Table } from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupTables,
  type BackupTable,
} from '../../shared/archive/backup';
import { canonicalJson } from '../../shared/archive/canonical';
import { DB_VERSION, type CrisisRoomDb } from './schema';

/** Rows per JSON.stringify call: native speed, without one more copy of a whole table in memory. */
const ROWS_PER_CHUNK = 5_000;

function tableOf(db: CrisisRoomDb, table: BackupTable): Table<unknown, unknown> {
  return db[table] as unknown as Table<unknown, unknown>;
}

/** Every table's rows, in key order, read in one transaction: one consistent moment. */
async function tablesRead(db: CrisisRoomDb): Promise<unknown[][]> {
  const tables = backupTables.map((t) => tableOf(db, t));
  return db.transaction('r', tables, () => Promise.all(tables.map((t) => t.toArray())));
}

/** Rows as JSON array members ("{…},{…}"), in pieces. */
function rowsJson(rows: readonly unknown[]): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_CHUNK)
    pieces.push(JSON.stringify(rows.slice(i, i + ROWS_PER_CHUNK)).slice(1, -1));
  return pieces;
}

/**
 * The backup file's text: every table as stored, read in one transaction, so it is one consistent moment
 * even while sync or another tab writes. No work per record beyond the browser's own: rows go to
 * JSON.stringify in chunks, and the pieces are joined once.
 */
export async function backupCreate(db: CrisisRoomDb, options: { appVersion: string }): Promise<string> {
  const tables = backupTables.map((t) => tableOf(db, t));
  // Each table is turned into JSON as soon as it has arrived, while the browser fetches the next. (Reading
  // in ranges of keys, to overlap more, measured slower: IndexedDB's cost is per request as well as per row.)
  const json = await db.transaction('r', tables, () =>
    Promise.all(tables.map((t) => t.toArray().then(rowsJson))),
  );
  const header = JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    dbVersion: DB_VERSION,
    createdAt: new Date().toISOString(),
  });
  const parts: string[] = [header.slice(0, -1), ',"tables":{'];
  backupTables.forEach((table, t) => {
    parts.push(t === 0 ? '' : ',', JSON.stringify(table), ':[');
    json[t]!.forEach((piece, i) => parts.push(i === 0 ? '' : ',', piece));
    parts.push(']');
  });
  parts.push('}}');
  return parts.join('');
}

/**
 * SHA-256 (hex) over a canonical dump of every table (keys sorted, rows in key order): equal when the
 * databases hold the same data, whatever order objects' keys were written in. Proves "nothing changed".
 */
export async function databaseHash(db: CrisisRoomDb): Promise<string> {
  const rows = await tablesRead(db);
  const hash = sha256.create();
  backupTables.forEach((table, t) => {
    hash.update(utf8ToBytes(`${table}\n`));
    for (const row of rows[t]!) hash.update(utf8ToBytes(`${canonicalJson(row)}\n`));
  });
  return bytesToHex(hash.digest());
}
