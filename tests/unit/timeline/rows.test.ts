import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { entryCompare } from '../../../renderer/db/timeline-store';
import {
  noFilter,
  timelineFilter,
  timelineFilterKeyed,
  timelineRows,
  type TimelineRow,
} from '../../../renderer/features/timeline/rows';
import { entryFixture } from '../../fixtures/entries';

/** The plain way: walk every entry and start a day whenever one falls outside the current day. */
function rowsReference(entries: readonly TimelineEntry[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let dayStart = Infinity;
  let dayEnd = -Infinity;
  for (const entry of entries) {
    const ms = Date.parse(entry.occurredAt);
    if (ms < dayStart || ms >= dayEnd) {
      const day = new Date(ms);
      day.setHours(0, 0, 0, 0);
      dayStart = day.getTime();
      day.setDate(day.getDate() + 1);
      dayEnd = day.getTime();
      rows.push({ type: 'day', key: `day-${dayStart}`, dayStartMs: dayStart });
    }
    rows.push({ type: 'entry', key: entry.id, entry });
  }
  return rows;
}

function entriesAt(instants: readonly number[]): TimelineEntry[] {
  return instants.map((ms) => entryFixture({ occurredAt: new Date(ms).toISOString() })).sort(entryCompare);
}

const HOUR = 3_600_000;
const start = Date.UTC(2026, 2, 27, 12); // around a daylight saving change in much of Europe

describe('timeline rows', () => {
  it('puts a date separator before each day, newest day first, as a walk over every entry would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 24 * 7 * 4 }), { maxLength: 60 }), (quarters) => {
        const entries = entriesAt(quarters.map((q) => start + q * HOUR * 0.25));
        const rows = timelineRows(entries);
        const reference = rowsReference(entries);
        expect(rows.count).toBe(reference.length);
        reference.forEach((row, i) => {
          expect(rows.at(i)).toEqual(row);
          expect(rows.key(i)).toBe(row.key);
          expect(rows.isDay(i)).toBe(row.type === 'day');
        });
      }),
    );
  });

  it('answers rows in any order the virtualizer asks for them', () => {
    const entries = entriesAt([0, 1, 30, 31, 55, 80].map((h) => start + h * HOUR));
    const rows = timelineRows(entries);
    const reference = rowsReference(entries);
    for (const i of [7, 0, 9, 3, 9, 1, 5, 2, 8, 4, 6]) expect(rows.at(i)).toEqual(reference[i]);
  });

  it('keys entry rows by the keys it is given, so they survive an entry added on top', () => {
    const entries = entriesAt([1, 2, 3].map((h) => start + h * HOUR));
    const before = timelineRows(entries, [30, 20, 10]);
    const newer = entryFixture({ occurredAt: new Date(start + 4 * HOUR).toISOString() });
    const after = timelineRows([newer, ...entries], [40, 30, 20, 10]);
    expect([...Array(before.count).keys()].map((i) => before.key(i))).toEqual([
      expect.stringMatching(/^day-/),
      30,
      20,
      10,
    ]);
    expect([...Array(after.count).keys()].map((i) => after.key(i)).slice(1)).toEqual([40, 30, 20, 10]);
  });

  it('filters with keys kept beside their entries, and hands back the unfiltered timeline untouched', () => {
    const entries = entriesAt([1, 2, 3, 4].map((h) => start + h * HOUR)).map((e, i) =>
      i % 2 === 0 ? { ...e, kind: 'decision' as const } : e,
    );
    const timeline = { entries, keys: [4, 3, 2, 1] };
    expect(timelineFilterKeyed(timeline, noFilter)).toBe(timeline);
    const decisions = { ...noFilter, kinds: new Set(['decision'] as const) };
    const filtered = timelineFilterKeyed(timeline, decisions);
    expect(filtered.entries).toEqual(timelineFilter(entries, decisions));
    expect(filtered.keys).toEqual([4, 2]);
  });

  it('has no rows for no entries', () => {
    expect(timelineRows([]).count).toBe(0);
  });
});
