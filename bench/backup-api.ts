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

/** One round of backupCreate, backupParse and backupRestore, timed in the page, ms. */
export interface BackupRound {
  createMs: number;
  /** The backup's size in characters (= bytes: the texts are ASCII). */
  chars: number;
  parseMs: number;
  /** Restoring on the device that made it (its own unsent operations are its own). */
  restoreMs: number;
  /** Rows it wrote: only those that differ from what is stored (the clock, after a backup just made). */
  written: number;
  /** Restoring on another device, which re-issues the backup's unsent operations in its own name. */
  restoreElsewhereMs: number;
  reissued: number;
  /** Whether the database holds the same records after both restores. */
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
  round(): Promise<BackupRound>;
  breakdown(): Promise<BackupBreakdown>;
}

export interface BackupBenchGlobal {
  backupBench?: BackupBenchApi;
}
