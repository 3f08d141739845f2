/**
 * The contract between the sync benchmark harness (sync.ts) and its bench page (page/sync/main.ts), which
 * runs the real renderer sync engine and renderer/db in Chromium. Types only, so the harness needs no DOM.
 * Absolute times are epoch milliseconds with sub-millisecond precision (`performance.timeOrigin + now()`),
 * comparable between the browsers and the harness on one machine.
 */

export interface ClientState {
  phase: string;
  /** Local operations the hub has not acknowledged. */
  pending: number;
  timeline: number;
  oplog: number;
  cursor: number;
}

export interface ApplyFigures {
  operations: number;
  /** Time spent in operationsApply only. */
  ms: number;
  operationsPerSecond: number;
  /**
   * The least that applying must write, for comparison: the same records (bulkPut) and operations
   * (bulkAdd into the history) into another fresh database, one transaction per page, no reads.
   */
  writesOnlyPerSecond: number;
}

export interface SyncBenchApi {
  /** Opens this browser's database and saves a first-run profile. */
  setup(name: string): Promise<void>;
  /** Joins the hub that served this page with the invite code and starts the sync engine. */
  join(inviteCode: string): Promise<void>;
  incidentOpen(title: string): Promise<string>;
  state(): Promise<ClientState>;
  /** Logs entries `from`… through entriesLog in chunks; returns the elapsed ms. */
  entriesWrite(incidentId: string, from: number, count: number, chunk: number): Promise<number>;
  /**
   * Starts watching for an empty outbox (everything pushed) and a pull cursor at `head` or beyond (every
   * operation up to the hub's head applied: the cursor moves in the same transaction as the operations).
   */
  convergeArm(head: number): void;
  /** The absolute times at which the armed watch first saw those states. */
  convergeResult(timeoutMs: number): Promise<{ pushedAt: number; convergedAt: number }>;
  /** SHA-256 over every synced record and open conflict, canonical JSON, sorted: equal means identical. */
  fingerprint(): Promise<string>;
  /** Starts watching for a remote timeline entry with this text. */
  liveArm(text: string): void;
  /** The absolute time at which the armed entry had been applied here (its transaction committed). */
  liveResult(timeoutMs: number): Promise<number>;
  /** Logs one entry through entryLog; returns the absolute time just before the call. */
  liveLog(incidentId: string, text: string): Promise<number>;
  /**
   * Applies `operations` timeline creates from `devices` other devices, interleaved in pages of `batch`
   * as a hub would order them, with operationsApply into a fresh database; only the applying is timed.
   */
  applyThroughput(operations: number, devices: number, batch: number): Promise<ApplyFigures>;
}

export type SyncBenchGlobal = typeof globalThis & { syncBench?: SyncBenchApi };
