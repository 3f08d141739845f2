/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Injected into every page before its own scripts (Playwright's addInitScript, which the app's CSP does
 * not block), it times in the page what the user sees: a MutationObserver notices the awaited change in
 * the DOM, and the frame after it stands for "visible". Exposes `window.probe` (see ../api.ts).
 */
import type { BenchGlobal, ColdLoad, ProbeApi, Shown } from '../api';

const LIST = '[role="list"][aria-label="Timeline entries"]';
const STATUS = '.timeline-count[role="status"]';

function statusText(): string {
  return document.querySelector(STATUS)?.textContent ?? '';
}

/** The total the status names: the last number in "N entries" or "X of Y shown". */
function statusTotal(text: string): number {
  const numbers = text.match(/\d[\d,.]*/g) ?? [];
  return Number((numbers.at(-1) ?? '0').replace(/[,.]/g, ''));
}

function isLoaded(text: string, minCount: number): boolean {
  return !text.includes('Loading') && statusTotal(text) >= minCount;
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

/** Waits for `done()` to hold after a DOM change; times relative to `t0`. */
function watch(done: () => boolean, t0: number, timeoutMs: number): Promise<Shown> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      const dom = performance.now() - t0;
      void afterPaint().then((painted) => resolve({ dom, painted: painted - t0 }));
    };
    const observer = new MutationObserver(() => {
      if (done()) finish();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`probe: timed out after ${timeoutMs} ms (status "${statusText()}")`));
    }, timeoutMs);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    if (done()) finish();
  });
}

/** From the start of the document: the first timeline row, and every change of the status text. */
const cold = { dom: null as number | null, painted: null as number | null, log: [] as [number, string][] };
const coldObserver = new MutationObserver(() => {
  if (cold.dom === null && document.querySelector(`${LIST} article`)) {
    cold.dom = performance.now();
    void afterPaint().then((t) => (cold.painted = t));
  }
  const text = statusText();
  if (text !== cold.log.at(-1)?.[1]) cold.log.push([performance.now(), text]);
});
coldObserver.observe(document, { childList: true, subtree: true, characterData: true });

/** Main-thread tasks over 50 ms, as [start, duration]: how long the page could not react to input. */
const longTasks: [number, number][] = [];
new PerformanceObserver((list) => {
  for (const task of list.getEntries()) longTasks.push([task.startTime, task.duration]);
}).observe({ type: 'longtask', buffered: true });

let pending: Promise<Shown> | null = null;

/** Arms a measurement that starts at the next matching event (its timestamp includes any input delay). */
function arm(type: 'keydown' | 'input', accept: (event: Event) => boolean, done: () => boolean): void {
  pending = new Promise((resolve, reject) => {
    const listener = (event: Event) => {
      if (!accept(event)) return;
      window.removeEventListener(type, listener, true);
      const t0 = Math.min(event.timeStamp, performance.now());
      watch(done, t0, 20_000).then(resolve, reject);
    };
    window.addEventListener(type, listener, true);
  });
}

const probe: ProbeApi = {
  cold(minCount) {
    coldObserver.disconnect();
    const loaded = cold.log.find(([, text]) => isLoaded(text, minCount));
    const result: ColdLoad = {
      firstRow: cold.dom !== null && cold.painted !== null ? { dom: cold.dom, painted: cold.painted } : null,
      loadedMs: loaded ? loaded[0] : null,
      serviceWorker: navigator.serviceWorker?.controller != null,
    };
    return result;
  },

  async switchTo(incidentId) {
    const old = new Set(document.querySelectorAll(`${LIST} article`));
    const fresh = () => [...document.querySelectorAll(`${LIST} article`)].some((a) => !old.has(a));
    const t0 = performance.now();
    const shown = watch(fresh, t0, 20_000);
    location.hash = `#/incident/${incidentId}`;
    return { ...(await shown), t0 };
  },

  async loaded(minCount, timeoutMs) {
    const shown = await watch(() => isLoaded(statusText(), minCount), 0, timeoutMs);
    return shown.dom;
  },

  entryArm(text) {
    arm(
      'keydown',
      (e) => (e as KeyboardEvent).key === 'Enter' && e.target instanceof HTMLTextAreaElement,
      () => document.querySelector(LIST)?.textContent?.includes(text) ?? false,
    );
  },

  searchArm(filtered) {
    arm(
      'input',
      (e) => e.target instanceof HTMLInputElement && e.target.type === 'search',
      () => statusText().includes('shown') === filtered,
    );
  },

  result(timeoutMs) {
    const armed = pending;
    pending = null;
    if (!armed) return Promise.reject(new Error('probe: nothing armed'));
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('probe: no event arrived')), timeoutMs),
    );
    return Promise.race([armed, timeout]);
  },

  longestTask(from, to) {
    return Math.max(0, ...longTasks.filter(([start]) => start >= from && start <= to).map(([, d]) => d));
  },

  status: statusText,
};

(globalThis as BenchGlobal).probe = probe;
