/**
 * The contract between the stakeholder benchmark harness (stakeholders-ui.ts) and the code it puts into
 * Chromium: the bench page (page/stakeholders/main.ts, which writes through the real renderer/db) and the
 * probe (page/stakeholders/probe.ts, injected into the app to time what the user sees). Types only, so the
 * harness needs no DOM.
 */
import type { Shown } from './api';

export type { Shown };

/** The app's work outside React, timed in the bench page in Chromium (for diagnosis). */
export interface StakeholderBreakdown {
  /** Reading the whole directory (`db.stakeholders.toArray()`, what the directory's live query does). */
  readAllMs: number;
  /** Folding the search text of every stakeholder (once per change of the directory). */
  searchTextsMs: number;
  /** `stakeholdersFilter` (filter and sort) with the texts cached, per query. */
  filterMs: Record<string, number>;
  /** Decoding the file's bytes (`importBytesDecode`). */
  decodeMs: number;
  /** Parsing the CSV (`csvPreview`, papaparse). */
  previewMs: number;
  /** Mapping, validating and de-duplicating every row (`csvImport` of the parsed preview). */
  importMapMs: number;
  drafts: number;
  /** Writing the drafts (`stakeholdersImport`: validation, records, outbox) into a fresh database. */
  writeMs: number;
}

export interface StakeholderBenchApi {
  /** Saves a first-run profile in the app's database, so the app opens the war room. */
  setup(): Promise<void>;
  /** Adds `count` generated stakeholders through stakeholdersImport, one transaction; returns ms. */
  seed(count: number): Promise<number>;
  breakdown(csvRows: number, queries: readonly string[]): Promise<StakeholderBreakdown>;
}

export interface DirectoryCount {
  shown: number;
  total: number;
  text: string;
}

export interface ImportShown extends Shown {
  /** The summary the dialog shows ("10,000 stakeholders to import"). */
  summary: string;
  /** The longest main-thread task (≥ 50 ms, else 0) between the event and "visible". */
  longestTaskMs: number;
}

export interface ImportDone extends Shown {
  /** When the dialog was gone (the write had committed), from the click. */
  dialogClosed: number | null;
  count: DirectoryCount | null;
  longestTaskMs: number;
}

export interface DirectoryProbeApi {
  /** From navigation start until the directory shows `total` stakeholders (count and list). */
  opened(total: number, timeoutMs: number): Promise<Shown>;
  /** The directory's "N of M shown", parsed; null when it is not on the page. */
  count(): DirectoryCount | null;
  /** Times the next input in "Search stakeholders" until the count has changed and the list agrees. */
  searchArm(): void;
  /** Times the next file chosen in the import dialog until the preview and the summary are shown. */
  fileArm(): void;
  /** Times the next click on "Import N stakeholders" until the directory shows `total`. */
  importArm(total: number): void;
  /** The results of the armed measurements, relative to their events. */
  searchResult(timeoutMs: number): Promise<Shown>;
  fileResult(timeoutMs: number): Promise<ImportShown>;
  importResult(timeoutMs: number): Promise<ImportDone>;
}

export type StakeholderBenchGlobal = typeof globalThis & {
  stakeholderBench?: StakeholderBenchApi;
  directoryProbe?: DirectoryProbeApi;
};
