/// <reference lib="dom" />
/**
 * What a probe needs to time what the user sees: the frame after a DOM change ("visible"), the longest
 * main-thread task meanwhile, a MutationObserver wait, and a measurement armed on the next user event.
 * Bundled into each probe (which is injected as a classic script, so it has no imports of its own).
 */
import type { Shown } from '../api';

/** Resolves once the frame after now has been produced: rAF runs before it, a message task after it. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

/** Records main-thread tasks over 50 ms from now on; returns the longest one overlapping [from, to]. */
export function longTasksRecord(): (from: number, to: number) => number {
  const tasks: [number, number][] = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) tasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
  return (from, to) =>
    Math.max(0, ...tasks.filter(([start, d]) => start + d >= from && start <= to).map(([, d]) => d));
}

/** Waits for `done()` to hold after a DOM change (or at once); times relative to `t0`. */
export function domWatch(done: () => boolean, t0: number, timeoutMs: number, what: string): Promise<Shown> {
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
      reject(new Error(`probe: ${what} not seen after ${timeoutMs} ms`));
    }, timeoutMs);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    if (done()) finish();
  });
}

/**
 * Starts `measure` at the next `type` event that `accept`s, from the event's timestamp (so any input delay
 * counts). The returned function waits for the result, at most `timeoutMs` for the event to arrive.
 */
export function eventArm<T>(
  type: string,
  accept: (event: Event) => boolean,
  measure: (t0: number) => Promise<T>,
): (timeoutMs: number) => Promise<T> {
  const armed = new Promise<T>((resolve, reject) => {
    const listener = (event: Event) => {
      if (!accept(event)) return;
      window.removeEventListener(type, listener, true);
      measure(Math.min(event.timeStamp, performance.now())).then(resolve, reject);
    };
    window.addEventListener(type, listener, true);
  });
  return (timeoutMs) =>
    Promise.race([
      armed,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`probe: no ${type} event arrived`)), timeoutMs),
      ),
    ]);
}
