/** The measured figures as table rows, against the goals in docs/benchmarks.md. */
import type { Breakdown, InsertFigures, Shown } from './api';
import type { LoadRun, SearchRun } from './measure';
import { max, median, ms, perSecond, quantile, type Row } from './report';

export interface Figures {
  entries: number;
  seedRowsPerSecond: number;
  /** One per round; the table shows the median of each rate. */
  inserts: InsertFigures[];
  breakdown: Breakdown;
  cold: LoadRun[];
  switches: LoadRun[];
  enter: Shown[];
  rare: { term: string; runs: SearchRun[] };
  common: { term: string; runs: SearchRun[] };
}

function loadRows(name: string, runs: readonly LoadRun[]): Row[] {
  const painted = runs.map((r) => r.firstRow.painted);
  return [
    {
      metric: `${name} → first row visible (median)`,
      value: ms(median(painted)),
      goal: '≤ 300 ms',
      pass: median(painted) <= 300,
    },
    {
      metric: `${name} → first row visible (max)`,
      value: ms(max(painted)),
      goal: '≤ 300 ms',
      pass: max(painted) <= 300,
    },
    {
      metric: `${name} → first row in DOM (median)`,
      value: ms(median(runs.map((r) => r.firstRow.dom))),
      goal: '',
    },
    {
      metric: `${name} → full timeline loaded (median)`,
      value: ms(median(runs.map((r) => r.loadedMs))),
      goal: '',
    },
    {
      metric: `${name}: longest main-thread task until loaded (median)`,
      value: ms(median(runs.map((r) => r.longestTaskMs))),
      goal: '',
    },
  ];
}

function searchRows({ term, runs }: Figures['rare']): Row[] {
  const shown = runs.map((r) => r.shown.painted);
  return [
    {
      metric: `search "${term}" → list updated (median)`,
      value: `${ms(median(shown))} (${runs[0]?.status ?? ''})`,
      goal: '≤ 150 ms',
      pass: median(shown) <= 150,
    },
    { metric: `search "${term}" → list updated (max)`, value: ms(max(shown)), goal: '' },
    {
      metric: `search "${term}" cleared → full list (median)`,
      value: ms(median(runs.map((r) => r.cleared.painted))),
      goal: '',
    },
  ];
}

export function resultRows(f: Figures): Row[] {
  const enter = f.enter.map((e) => e.painted);
  const rate = (pick: (i: InsertFigures) => number) => median(f.inserts.map(pick));
  const viaLog = rate((i) => i.entriesLog.rowsPerSecond);
  const viaPut = rate((i) => i.bulkPut.rowsPerSecond);
  const ratio = viaLog / viaPut;
  return [
    ...loadRows('cold page load', f.cold),
    ...loadRows('switch incident', f.switches),
    {
      metric: `Enter → entry visible (p95 of ${enter.length})`,
      value: ms(quantile(enter, 0.95)),
      goal: '≤ 50 ms',
      pass: quantile(enter, 0.95) <= 50,
    },
    { metric: 'Enter → entry visible (median)', value: ms(median(enter)), goal: '' },
    { metric: 'Enter → entry visible (max)', value: ms(max(enter)), goal: '' },
    {
      metric: 'Enter → entry in DOM (p95)',
      value: ms(
        quantile(
          f.enter.map((e) => e.dom),
          0.95,
        ),
      ),
      goal: '',
    },
    ...searchRows(f.rare),
    ...searchRows(f.common),
    { metric: 'insert via entriesLog (median of rounds)', value: perSecond(viaLog), goal: '' },
    { metric: 'insert via raw bulkPut (median of rounds)', value: perSecond(viaPut), goal: '' },
    { metric: 'entriesLog / bulkPut', value: ratio.toFixed(2), goal: '≥ 0.5', pass: ratio >= 0.5 },
    {
      metric: `seeding ${f.entries.toLocaleString('en-US')} entries via entriesLog`,
      value: perSecond(f.seedRowsPerSecond),
      goal: '',
    },
  ];
}

export function diagnosisRows(f: Figures): Row[] {
  const b = f.breakdown;
  const n = f.entries.toLocaleString('en-US');
  const withOutbox = median(f.inserts.map((i) => i.bulkPutWithOutbox.rowsPerSecond));
  return [
    { metric: 'read newest 60 rows (TimelineStore.open, step 1)', value: ms(b.readNewest60Ms), goal: '' },
    { metric: `read all ${n} rows of the incident (step 2)`, value: ms(b.readAllMs), goal: '' },
    { metric: `sort ${n} entries (entryCompare)`, value: ms(b.sortMs), goal: '' },
    { metric: `search texts of ${n} entries (entrySearchText)`, value: ms(b.searchTextMs), goal: '' },
    { metric: `timelineRows over ${n} entries`, value: ms(b.rowsMs), goal: '' },
    { metric: `timelineFilter "${f.rare.term}"`, value: ms(b.filterRareMs), goal: '' },
    { metric: `timelineFilter "${f.common.term}"`, value: ms(b.filterCommonMs), goal: '' },
    {
      metric: 'entryLog alone, no UI (median / p95)',
      value: `${ms(b.entryLogMedianMs)} / ${ms(b.entryLogP95Ms)}`,
      goal: '',
    },
    { metric: 'BroadcastChannel post of 5,000 entries', value: ms(b.announceMs), goal: '' },
    { metric: 'raw bulkPut of records + outbox operations', value: perSecond(withOutbox), goal: '' },
  ];
}
