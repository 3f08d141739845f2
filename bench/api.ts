/**
 * The contract between the Node harness (run.ts) and the code it puts into Chromium: the bench page
 * (page/main.ts, which writes through the real renderer/db) and the probe (page/probe.ts, injected into
 * the app to time what the user sees). Types only, so the harness needs no DOM.
 */

/** Times in milliseconds from `performance.now()` in the page, measured from the moment named by each field. */
export interface Shown {
  /** The awaited change is in the DOM (seen by a MutationObserver). */
  dom: number;
  /** The next frame after it has been produced (requestAnimationFrame, then one task): what the user sees. */
  painted: number;
}

export interface BenchSetup {
  bigId: string;
  smallId: string;
}

export interface Throughput {
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

export interface InsertFigures {
  entriesLog: Throughput;
  bulkPut: Throughput;
  /** Diagnosis: bulkPut of the records plus one create operation each into the outbox, one transaction. */
  bulkPutWithOutbox: Throughput;
}

/** Time per step of the app's work, measured outside React in the bench page (for diagnosis). */
export interface Breakdown {
  readNewest60Ms: number;
  readAllMs: number;
  sortMs: number;
  searchTextMs: number;
  rowsMs: number;
  filterRareMs: number;
  filterCommonMs: number;
  entryLogMedianMs: number;
  entryLogP95Ms: number;
  announceMs: number;
}

export interface BenchApi {
  /** Saves a profile in the app's database and opens the big and the small incident. */
  setup(): Promise<BenchSetup>;
  /** Logs `count` generated entries (entries `from`…) through entriesLog in chunks; returns elapsed ms. */
  seed(incidentId: string, from: number, count: number, total: number, chunk: number): Promise<number>;
  /** entriesLog into a fresh database, then bulkPut of the same records into dbOpen('bench-raw'). */
  throughput(rows: number, batch: number): Promise<InsertFigures>;
  breakdown(bigId: string, smallId: string, rare: string, common: string): Promise<Breakdown>;
}

export interface ColdLoad {
  /** From navigation start. */
  firstRow: Shown | null;
  /** From navigation start to the status no longer saying that the full timeline is loading. */
  loadedMs: number | null;
  /** Whether a service worker controls the page (then the app's files come from its cache). */
  serviceWorker: boolean;
}

export interface ProbeApi {
  /** Stops the watch that started with the document and returns what it saw. */
  cold(minCount: number): ColdLoad;
  /** Sets the hash to the incident and times its first row; `t0` is the absolute start. */
  switchTo(incidentId: string): Promise<Shown & { t0: number }>;
  /** Resolves with the absolute time at which the status shows ≥ minCount entries, fully loaded. */
  loaded(minCount: number, timeoutMs: number): Promise<number>;
  /** Starts timing from the next Enter in the quick entry until `text` is in the list. */
  entryArm(text: string): void;
  /** Starts timing from the next input in the search box until the status says `… shown` (or not). */
  searchArm(filtered: boolean): void;
  /** The result of the armed measurement, relative to the keydown or input event. */
  result(timeoutMs: number): Promise<Shown>;
  /** The longest main-thread task (≥ 50 ms, else 0) that started between the two absolute times. */
  longestTask(from: number, to: number): number;
  status(): string;
}

export type BenchGlobal = typeof globalThis & { bench?: BenchApi; probe?: ProbeApi };
