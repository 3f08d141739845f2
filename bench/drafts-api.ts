/**
 * The contract between the drafts benchmark harness (drafts-ui.ts) and the code it puts into Chromium:
 * the bench page (page/drafts/main.ts, which writes through the real renderer/db) and the probe
 * (page/drafts/probe.ts, injected into the app to time what the user sees). Types only.
 */
import type { Shown } from './api';

export type { Shown };

export interface DraftSetup {
  incidentId: string;
  draftId: string;
  title: string;
  versions: number;
  /** Time to write every version through versionSave (and the draft through draftCreate), ms. */
  seedMs: number;
  /** The text of the newest version, which the editor must show once the draft is open. */
  latestBody: string;
  /** Shortest, median and longest body of the versions, in characters. */
  bodyChars: [number, number, number];
}

/** The app's work outside React, timed in the bench page in Chromium (for diagnosis); medians in ms. */
export interface DraftBreakdown {
  /** Reading the draft and its versions, approvals and publications (what useDraft's live query reads). */
  readMs: number;
  /** `draftState` on those records (sort, heads, numbers, approvals). */
  stateMs: number;
  /** `diffWordsWithSpace` per pair, keyed "1-500", with the number of parts it returned. */
  diffMs: Record<string, number>;
  diffParts: Record<string, number>;
}

export interface DraftBenchApi {
  /** Saves a first-run profile, opens an incident and writes a draft with `versions` versions. */
  setup(versions: number): Promise<DraftSetup>;
  /** Times the steps on the seeded draft; `pairs` are version numbers (1 = oldest). */
  breakdown(draftId: string, pairs: readonly [number, number][]): Promise<DraftBreakdown>;
}

/**
 * The localStorage key where the bench page leaves what a complete draft page shows, for the probe of a
 * cold load. A type, so that both sides spell it the same while the probe stays a bundle without imports.
 */
export type DraftTargetKey = 'crisis-room-bench-draft';

export interface DraftTarget {
  versions: number;
  body: string;
}

export interface DraftOpened extends Shown {
  /** The longest main-thread task (≥ 50 ms, else 0) between the start and "visible". */
  longestTaskMs: number;
}

export interface DraftProbeApi {
  /** From navigation start until the draft page shows the target (see DRAFT_TARGET_KEY). */
  opened(timeoutMs: number): Promise<DraftOpened>;
  /** Times the next click on a link until the draft page lists `versions` versions and holds `body`. */
  openArm(versions: number, body: string): void;
  /** Times the next change in "Compare from"/"with" until the diff figure compares version `a` to `b`. */
  diffArm(a: number, b: number): void;
  openResult(timeoutMs: number): Promise<DraftOpened>;
  diffResult(timeoutMs: number): Promise<DraftOpened>;
  /** The caption of the diff figure, for waiting on an unmeasured change. */
  diffCaption(): string | null;
}

export type DraftBenchGlobal = typeof globalThis & {
  draftBench?: DraftBenchApi;
  draftProbe?: DraftProbeApi;
};
