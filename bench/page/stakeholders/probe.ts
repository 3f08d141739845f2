/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Injected into every page of the stakeholder benchmark before its own scripts (Playwright's
 * addInitScript, which the app's CSP does not block), it times in the page what the user sees in the
 * directory (`#/stakeholders`): a MutationObserver notices the awaited change in the DOM, and the frame
 * after it stands for "visible", as bench/page/probe.ts does for the timeline. Exposes
 * `window.directoryProbe` (see ../../stakeholders-api.ts).
 */
import type { Shown } from '../../api';
import type {
  DirectoryCount,
  DirectoryProbeApi,
  ImportDone,
  ImportShown,
  StakeholderBenchGlobal,
} from '../../stakeholders-api';

const COUNT = '.directory-count';
const LIST = '[role="list"][aria-label="Stakeholders"]';
const SUBMIT = /^Import [\d,.]+ stakeholders?$/;

function count(): DirectoryCount | null {
  const text = document.querySelector(COUNT)?.textContent;
  if (text == null) return null;
  const numbers = (text.match(/\d[\d,.\u00a0\u202f]*/g) ?? []).map((n) => Number(n.replace(/\D/g, '')));
  if (numbers.length < 2) return null;
  return { shown: numbers[0]!, total: numbers[1]!, text };
}

/**
 * The list agrees with the count: the virtual list announces `shown` rows (aria-setsize) and has rendered
 * some, the plain list has exactly `shown` rows, and no rows means the empty or no-matches message.
 */
function listShows(shown: number): boolean {
  const list = document.querySelector(LIST);
  if (shown === 0) return list === null && document.querySelector('.directory .empty-state') !== null;
  if (!list) return false;
  const first = list.querySelector('[role="listitem"]');
  if (!first) return false;
  if (first.hasAttribute('aria-setsize')) return Number(first.getAttribute('aria-setsize')) === shown;
  return list.querySelectorAll(':scope > [role="listitem"]').length === shown;
}

/** Resolves once the frame after now has been produced: rAF runs before it, a message task after it. */
function afterPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

/** Main-thread tasks over 50 ms, as [start, duration]. */
const longTasks: [number, number][] = [];
new PerformanceObserver((list) => {
  for (const task of list.getEntries()) longTasks.push([task.startTime, task.duration]);
}).observe({ type: 'longtask', buffered: true });

function longestTask(from: number, to: number): number {
  return Math.max(0, ...longTasks.filter(([start, d]) => start + d >= from && start <= to).map(([, d]) => d));
}

/** From the start of the document: every change of the count text or of whether the list agrees. */
interface Seen {
  at: number;
  text: string;
  agrees: boolean;
  painted: number | null;
}
const seen: Seen[] = [];
const coldObserver = new MutationObserver(() => {
  const c = count();
  const text = c?.text ?? '';
  const agrees = c !== null && listShows(c.shown);
  const last = seen.at(-1);
  if (last && last.text === text && last.agrees === agrees) return;
  const entry: Seen = { at: performance.now(), text, agrees, painted: null };
  seen.push(entry);
  if (agrees) void afterPaint().then((t) => (entry.painted = t));
});
coldObserver.observe(document, { childList: true, subtree: true, characterData: true });

/** Waits for `done()` to hold after a DOM change; times relative to `t0`. `onChange` sees every change. */
function watch(
  done: () => boolean,
  t0: number,
  timeoutMs: number,
  options: { attributes?: boolean; onChange?: () => void } = {},
): Promise<Shown> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      const dom = performance.now() - t0;
      void afterPaint().then((painted) => resolve({ dom, painted: painted - t0 }));
    };
    const observer = new MutationObserver(() => {
      options.onChange?.();
      if (done()) finish();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`directory probe: timed out after ${timeoutMs} ms (count "${count()?.text}")`));
    }, timeoutMs);
    const attributes = options.attributes ?? false;
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes });
    if (done()) finish();
  });
}

/** Starts at the next `type` event that `accept`s (its timestamp includes any input delay). */
function arm<T>(
  type: 'input' | 'change' | 'click',
  accept: (event: Event) => boolean,
  measure: (t0: number) => Promise<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const listener = (event: Event) => {
      if (!accept(event)) return;
      window.removeEventListener(type, listener, true);
      const t0 = Math.min(event.timeStamp, performance.now());
      measure(t0).then(resolve, reject);
    };
    window.addEventListener(type, listener, true);
  });
}

function importDialog(): HTMLDialogElement | null {
  return document.querySelector('dialog[open]');
}

function submitButton(): HTMLButtonElement | null {
  const buttons = importDialog()?.querySelectorAll('button') ?? [];
  return [...buttons].find((b) => SUBMIT.test(b.textContent?.trim() ?? '')) ?? null;
}

let searching: Promise<Shown> | null = null;
let choosing: Promise<ImportShown> | null = null;
let importing: Promise<ImportDone> | null = null;

function settle<T>(armed: Promise<T> | null, timeoutMs: number): Promise<T> {
  if (!armed) return Promise.reject(new Error('directory probe: nothing armed'));
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('directory probe: no event arrived')), timeoutMs),
  );
  return Promise.race([armed, timeout]);
}

const probe: DirectoryProbeApi = {
  async opened(total, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const hit = seen.find((s) => s.agrees && count() !== null && s.text === count()!.text);
      const c = count();
      if (hit && c && c.total === total && c.shown === total && hit.painted !== null) {
        coldObserver.disconnect();
        return { dom: hit.at, painted: hit.painted };
      }
      if (performance.now() > deadline)
        throw new Error(`directory probe: the directory did not show ${total} (count "${c?.text}")`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  },

  count,

  searchArm() {
    const before = count()?.text;
    searching = arm(
      'input',
      (e) => e.target instanceof HTMLInputElement && e.target.type === 'search',
      (t0) =>
        watch(
          () => {
            const c = count();
            return c !== null && c.text !== before && listShows(c.shown);
          },
          t0,
          20_000,
        ),
    );
  },

  fileArm() {
    choosing = arm(
      'change',
      (e) => e.target instanceof HTMLInputElement && e.target.type === 'file',
      async (t0) => {
        const shown = await watch(
          () => {
            const submit = submitButton();
            return (
              submit !== null &&
              !submit.disabled &&
              importDialog()?.querySelector('.import-summary') != null &&
              importDialog()?.querySelector('.import-preview table') != null
            );
          },
          t0,
          60_000,
          { attributes: true },
        );
        return {
          ...shown,
          summary: importDialog()?.querySelector('.import-summary')?.textContent ?? '',
          longestTaskMs: longestTask(t0, t0 + shown.painted),
        };
      },
    );
  },

  importArm(total) {
    importing = arm(
      'click',
      (e) => e.target instanceof Element && e.target.closest('button') === submitButton(),
      async (t0) => {
        let dialogClosed: number | null = null;
        const shown = await watch(
          () => {
            const c = count();
            return (
              importDialog() === null &&
              c !== null &&
              c.total === total &&
              c.shown === total &&
              listShows(total)
            );
          },
          t0,
          120_000,
          {
            onChange: () => {
              if (dialogClosed === null && importDialog() === null) dialogClosed = performance.now() - t0;
            },
          },
        );
        return { ...shown, dialogClosed, count: count(), longestTaskMs: longestTask(t0, t0 + shown.painted) };
      },
    );
  },

  searchResult: (timeoutMs) => settle(searching, timeoutMs),
  fileResult: (timeoutMs) => settle(choosing, timeoutMs),
  importResult: (timeoutMs) => settle(importing, timeoutMs),
};

(globalThis as StakeholderBenchGlobal).directoryProbe = probe;
