import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait up to 5 s, as a person on a busy two-core CI machine would: opening the
// database and the first render can take more than the default second there. Passing tests do not wait.
configure({ asyncUtilTimeout: 5_000 });

/**
 * happy-dom has no layout engine, so every element measures 0×0 and a virtualised list would show no
 * rows. Give the timeline's scroll container a screen-sized box; real layout is tested in Chromium (e2e).
 */
for (const [prop, size] of [
  ['clientHeight', 800],
  ['clientWidth', 1200],
] as const) {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop);
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('timeline-scroll') ? size : (original?.get?.call(this) ?? 0);
    },
  });
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.location.hash = '';
});
