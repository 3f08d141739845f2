/**
 * The SQLite schema, as an ordered list of migrations. A migration is never edited once released: a change
 * is a new entry at the end. The applied version is kept in `schema_version`, so a hub opening an older
 * file upgrades it, and a hub opening a file from a newer release refuses instead of corrupting it.
 */
import type { DatabaseSync } from 'node:sqlite';

const migrations: readonly string[] = [
  // 1: operations in arrival order, devices and their tokens (hashes only), settings.
  `CREATE TABLE operations (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     device TEXT NOT NULL,
     received_at TEXT NOT NULL,
     op TEXT NOT NULL
   );
   CREATE TABLE devices (
     device_id TEXT PRIMARY KEY,
     member_name TEXT,
     joined_at TEXT NOT NULL
   );
   CREATE TABLE tokens (
     token_hash TEXT PRIMARY KEY,
     device_id TEXT NOT NULL REFERENCES devices (device_id),
     created_at TEXT NOT NULL
   );
   CREATE TABLE meta (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );`,
];

export const SCHEMA_VERSION = migrations.length;

/** Brings the database to SCHEMA_VERSION, each migration in its own transaction. */
export function migrate(db: DatabaseSync): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
             version INTEGER PRIMARY KEY,
             applied_at TEXT NOT NULL
           )`);
  const row = db.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM schema_version').get();
  const current = Number(row?.['version'] ?? 0);
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `The hub database has schema version ${current}, newer than this hub understands (${SCHEMA_VERSION}). ` +
        'Run a newer hub, or restore a backup made by this version.',
    );
  }
  const record = db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)');
  for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migrations[version - 1]!);
      record.run(version, new Date().toISOString());
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}
