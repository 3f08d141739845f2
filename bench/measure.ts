/**
 * The measured scenarios, driven through the app's real UI in Chromium. Every time is taken inside the
 * page by the probe (page/probe.ts); the harness only presses keys and waits.
 */
import type { Page } from 'playwright-core';
import type { BenchGlobal, Shown } from './api';

export interface Target {
  page: Page;
  base: string;
  bigId: string;
  smallId: string;
  /** Entries in the big incident right now (grows with the entry benchmark). */
  bigTotal: number;
}

const LOAD_TIMEOUT_MS = 120_000;

function loaded(page: Page, minCount: number): Promise<number> {
  return page.evaluate(([n, timeout]) => (globalThis as BenchGlobal).probe!.loaded(n, timeout), [
    minCount,
    LOAD_TIMEOUT_MS,
  ] as const);
}

export interface LoadRun {
  firstRow: Shown;
  /** Until the status stops saying "Loading the full timeline". */
  loadedMs: number;
  /** The longest main-thread task until then: the worst wait for a key press while the timeline loads. */
  longestTaskMs: number;
  /** Cold loads only: whether the service worker served the app. */
  serviceWorker?: boolean;
}

function longestTask(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(([a, b]) => (globalThis as BenchGlobal).probe!.longestTask(a, b), [from, to] as const);
}

/** A fresh document at `#/incident/<big>`: navigation start → first row, and → fully loaded. */
export async function coldLoads(t: Target, runs: number): Promise<LoadRun[]> {
  const results: LoadRun[] = [];
  for (let i = 0; i < runs; i++) {
    await t.page.goto('about:blank');
    await t.page.goto(`${t.base}/#/incident/${t.bigId}`);
    await loaded(t.page, t.bigTotal);
    const cold = await t.page.evaluate((n) => (globalThis as BenchGlobal).probe!.cold(n), t.bigTotal);
    if (!cold.firstRow || cold.loadedMs === null) throw new Error('cold load: no first row seen');
    const longestTaskMs = await longestTask(t.page, 0, cold.loadedMs);
    results.push({ ...cold, firstRow: cold.firstRow, loadedMs: cold.loadedMs, longestTaskMs });
  }
  return results;
}

function switchTo(page: Page, incidentId: string) {
  return page.evaluate((id) => (globalThis as BenchGlobal).probe!.switchTo(id), incidentId);
}

/** In the running app, from the small incident to the big one by changing the hash. */
export async function incidentSwitches(t: Target, runs: number): Promise<LoadRun[]> {
  const results: LoadRun[] = [];
  await switchTo(t.page, t.smallId);
  for (let i = 0; i < runs; i++) {
    const shown = await switchTo(t.page, t.bigId);
    const done = await loaded(t.page, t.bigTotal);
    const longestTaskMs = await longestTask(t.page, shown.t0, done);
    results.push({
      firstRow: { dom: shown.dom, painted: shown.painted },
      loadedMs: done - shown.t0,
      longestTaskMs,
    });
    if (i < runs - 1) await switchTo(t.page, t.smallId);
  }
  return results;
}

const words = ['pallets', 'gate 2', 'water supply', 'union rep', 'ambulance', 'drone footage', 'helpdesk'];

/** Enter in the quick entry → the new text in the list; the big incident must be open and loaded. */
export async function entryLatencies(t: Target, warmup: number, samples: number): Promise<Shown[]> {
  const box = t.page.getByLabel('New timeline entry');
  const results: Shown[] = [];
  for (let i = 0; i < warmup + samples; i++) {
    const text = `Bench entry ${i}: ${words[i % words.length]} checked by the scribe at ${Date.now()}`;
    await box.fill(text);
    await t.page.evaluate((s) => (globalThis as BenchGlobal).probe!.entryArm(s), text);
    await box.press('Enter');
    const shown = await t.page.evaluate(() => (globalThis as BenchGlobal).probe!.result(20_000));
    t.bigTotal += 1;
    if (i >= warmup) results.push(shown);
    // A scribe does not type two entries within a frame: let the previous one settle.
    await t.page.waitForTimeout(100);
  }
  return results;
}

export interface SearchRun {
  shown: Shown;
  cleared: Shown;
  status: string;
}

/** Fills the search box with `query` (one input event) until the status says "X of Y shown", then clears. */
export async function searches(t: Target, query: string, warmup: number, runs: number): Promise<SearchRun[]> {
  const box = t.page.getByLabel('Search the timeline');
  const results: SearchRun[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    await t.page.evaluate(() => (globalThis as BenchGlobal).probe!.searchArm(true));
    await box.fill(query);
    const shown = await t.page.evaluate(() => (globalThis as BenchGlobal).probe!.result(20_000));
    const status = await t.page.evaluate(() => (globalThis as BenchGlobal).probe!.status());
    await t.page.waitForTimeout(100);
    await t.page.evaluate(() => (globalThis as BenchGlobal).probe!.searchArm(false));
    await box.fill('');
    const cleared = await t.page.evaluate(() => (globalThis as BenchGlobal).probe!.result(20_000));
    await t.page.waitForTimeout(100);
    if (i >= warmup) results.push({ shown, cleared, status });
  }
  return results;
}
