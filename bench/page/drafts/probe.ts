/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Injected into every page of the drafts benchmark before its own scripts (Playwright's addInitScript,
 * which the app's CSP does not block), it times in the page what the user sees on a draft's page
 * (`#/incident/<id>/draft/<id>`): a MutationObserver notices the awaited change in the DOM, and the frame
 * after it stands for "visible", as bench/page/probe.ts does for the timeline. Exposes `window.draftProbe`
 * (see ../../drafts-api.ts).
 */
import type {
  DraftBenchGlobal,
  DraftOpened,
  DraftProbeApi,
  DraftTarget,
  DraftTargetKey,
} from '../../drafts-api';
import { afterPaint, domWatch, eventArm, longTasksRecord } from '../probe-kit';

const LIST = 'section.version-history ol.version-list';
const EDITOR = 'section.draft-editor textarea';
const TARGET_KEY: DraftTargetKey = 'crisis-room-bench-draft';
const CAPTION = 'section.version-history figure.version-diff figcaption';

/** The draft page lists every version and the editor holds the newest text. */
function draftShows(versions: number, body: string): boolean {
  const list = document.querySelector(LIST);
  if (!list || list.querySelectorAll(':scope > li').length !== versions) return false;
  const editor = document.querySelector<HTMLTextAreaElement>(EDITOR);
  return editor !== null && editor.value === body;
}

/** The diff figure compares version `a` to version `b` and shows its text. */
function diffShows(a: number, b: number): boolean {
  const caption = document.querySelector(CAPTION);
  if (!caption || caption.textContent !== `Changes from version ${a} to version ${b}`) return false;
  const figure = caption.parentElement!;
  return figure.querySelector('.diff-text, .hint') !== null;
}

const longestTask = longTasksRecord();

/**
 * From the start of the document: the first time the draft page is complete. What "complete" means (the
 * number of versions and the newest text) the bench page leaves in localStorage, on the same origin,
 * because the harness can only talk to the page once its scripts run.
 */
const target = location.protocol.startsWith('http')
  ? (JSON.parse(localStorage.getItem(TARGET_KEY) ?? 'null') as DraftTarget | null)
  : null; // about:blank between two cold loads has no storage
let coldHit: { at: number; painted: number | null } | null = null;
const coldObserver = new MutationObserver(() => {
  if (!target || coldHit || !draftShows(target.versions, target.body)) return;
  const hit: { at: number; painted: number | null } = { at: performance.now(), painted: null };
  coldHit = hit;
  coldObserver.disconnect();
  void afterPaint().then((t) => (hit.painted = t));
});
coldObserver.observe(document, { childList: true, subtree: true, characterData: true });

/** Waits for `done()`, then adds the longest task between `t0` and "visible". */
async function watch(done: () => boolean, t0: number, what: string): Promise<DraftOpened> {
  const shown = await domWatch(done, t0, 60_000, what);
  return { ...shown, longestTaskMs: longestTask(t0, t0 + shown.painted) };
}

type Result = (timeoutMs: number) => Promise<DraftOpened>;
const unarmed: Result = () => Promise.reject(new Error('draft probe: nothing armed'));
let opening = unarmed;
let diffing = unarmed;

const probe: DraftProbeApi = {
  async opened(timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    while (coldHit?.painted == null) {
      if (!target) throw new Error('draft probe: no target in localStorage');
      if (performance.now() > deadline) throw new Error('draft probe: the draft page did not complete');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { at, painted } = coldHit;
    return { dom: at, painted, longestTaskMs: longestTask(0, painted) };
  },

  openArm(versions, body) {
    opening = eventArm(
      'click',
      (e) => e.target instanceof Element && e.target.closest('a') !== null,
      (t0) => watch(() => draftShows(versions, body), t0, 'the draft page'),
    );
  },

  diffArm(a, b) {
    diffing = eventArm(
      'input',
      (e) => e.target instanceof HTMLSelectElement && e.target.closest('section.version-history') !== null,
      (t0) => watch(() => diffShows(a, b), t0, `the diff of version ${a} and ${b}`),
    );
  },

  openResult: (timeoutMs) => opening(timeoutMs),
  diffResult: (timeoutMs) => diffing(timeoutMs),
  diffCaption: () => document.querySelector(CAPTION)?.textContent ?? null,
};

(globalThis as DraftBenchGlobal).draftProbe = probe;
