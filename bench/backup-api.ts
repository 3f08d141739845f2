/**
 * The contract between the backup benchmark harness (backup.ts) and its bench page (page/backup/main.ts),
 * which writes and backs up through the real renderer/db in Chromium. Types only.
 */

export interface BackupSeed {
  /** Rows in the database, all tables together (records, operations in the history and outbox, meta). */
  rows: number;
  /** Records in the synced tables. */
  records: number;
  timeline: number;
  /** Operations in the sync history (sent) and in the outbox (not yet sent). */
  logged: number;
  pending: number;
  /** Time to write the entries through entriesLog, ms. */
  seedMs: number;
}

/** backupCreate on the seeded database, ms; the text stays in the page for the next steps. */
export interface BackupCreated {
  ms: number;
  /** The backup's size in characters. */
  chars: number;
}

/** backupRestore of the last backup made, ms. */
export interface BackupRestoredFigures {
  ms: number;
  /** Rows it wrote: only those that differ from what is stored. */
  written: number;
  /** Unsent operations of the device that made the backup, re-issued in the restoring device's name. */
  reissued: number;
  /** Whether the restoring database then holds the same records as the one backed up. */
  same: boolean;
}

/** Where backupCreate's and backupRestore's time goes, timed in the page on the seeded database, ms. */
export interface BackupBreakdown {
  /** Every table's rows through Dexie (`toArray`), in one read transaction. */
  readDexieMs: number;
  /** The same through IndexedDB itself (`getAll` per store), in one read transaction. */
  readIdbMs: number;
  /** Only the keys of every store (`getAllKeys`): what walking the rows costs without their values. */
  keysMs: number;
  /** JSON.stringify of all rows, in chunks, and joining the chunks. */
  stringifyMs: number;
  joinMs: number;
  /** Writing the timeline's rows into an empty store: through Dexie's bulkAdd, and as plain add requests. */
  writeDexieMs: number;
  writeIdbMs: number;
  writeRows: number;
}

export interface BackupBenchApi {
  /** A device that logged `entries` entries in chunks of `chunk`; all but `pending` of them synced. */
  seed(entries: number, chunk: number, pending: number): Promise<BackupSeed>;
  create(): Promise<BackupCreated>;
  /** backupParse of the last backup made, ms. */
  parse(): Promise<number>;
  /** Restores the last backup on the device that made it, or on another (a fresh database). */
  restore(where: 'same' | 'elsewhere'): Promise<BackupRestoredFigures>;
  breakdown(): Promise<BackupBreakdown>;
}

export interface BackupBenchGlobal {
  backupBench?: BackupBenchApi;
}
