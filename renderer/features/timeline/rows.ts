/**
 * From the in-memory timeline to what the list shows: filtered entries with a date separator before each
 * day, so a multi-day incident reads like a logbook. The filter runs over 100,000 entries on each
 * keystroke in the search box, so it avoids per-entry allocations and formatting; the rows run on every
 * new entry, so they cost nothing per entry at all.
 */
import type { EntryId } from '../../../shared/domain/ids';
import { searchMatches, searchTerms } from '../../../shared/domain/search';
import type { EntryKind, TimelineEntry } from '../../../shared/domain/timeline-entry';
import { entrySearchText } from '../../db/timeline-store';

export interface TimelineFilter {
  kinds: ReadonlySet<EntryKind>;
  pinnedOnly: boolean;
  query: string;
}

export const noFilter: TimelineFilter = { kinds: new Set(), pinnedOnly: false, query: '' };

export function filterActive(filter: TimelineFilter): boolean {
  return filter.kinds.size > 0 || filter.pinnedOnly || filter.query.trim() !== '';
}

/** The test an entry must pass, or null when nothing is filtered. */
function entryMatcher(filter: TimelineFilter): ((entry: TimelineEntry) => boolean) | null {
  if (!filterActive(filter)) return null;
  const terms = searchTerms(filter.query);
  const kinds = filter.kinds.size > 0 ? filter.kinds : null;
  return (e) =>
    (!kinds || kinds.has(e.kind)) &&
    (!filter.pinnedOnly || e.pinned) &&
    (terms.length === 0 || searchMatches(entrySearchText(e), terms));
}

export function timelineFilter(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
): readonly TimelineEntry[] {
  const matches = entryMatcher(filter);
  return matches ? entries.filter(matches) : entries;
}

export interface KeyedEntries {
  entries: readonly TimelineEntry[];
  /** Row keys aligned with `entries` (TimelineSnapshot.keys). */
  keys: readonly number[];
}

/** As timelineFilter, keeping each entry's key; the unfiltered timeline comes back as it is. */
export function timelineFilterKeyed(timeline: KeyedEntries, filter: TimelineFilter): KeyedEntries {
  const matches = entryMatcher(filter);
  if (!matches) return timeline;
  const entries: TimelineEntry[] = [];
  const keys: number[] = [];
  for (let i = 0; i < timeline.entries.length; i++) {
    const entry = timeline.entries[i]!;
    if (matches(entry)) {
      entries.push(entry);
      keys.push(timeline.keys[i]!);
    }
  }
  return { entries, keys };
}

export type TimelineRow =
  | { type: 'day'; key: string; dayStartMs: number }
  | { type: 'entry'; key: number | EntryId; entry: TimelineEntry };

interface Day {
  /** Row index of the separator; the day's entries follow it. */
  row: number;
  dayStartMs: number;
  key: string;
}

/**
 * The list's rows: the entries with a date separator before each day, without a row object per entry.
 * Entries are newest first, so each day is one run of entries; its end is found by binary search, and a
 * row index maps to its entry through the few day separators before it. Building it costs a few dozen
 * date parses whatever the incident's size, so a new entry does not rebuild 100,000 rows.
 */
export class TimelineRows {
  readonly count: number;

  constructor(
    private readonly entries: readonly TimelineEntry[],
    /** Without keys, an entry's row key is its id. */
    private readonly keys: readonly number[] | undefined,
    private readonly days: readonly Day[],
  ) {
    this.count = entries.length + days.length;
  }

  /** The day found last: the virtualizer asks for rows in order, so the next one is usually there too. */
  private lastDay = 0;

  /** The last day whose separator is at or before `index`. */
  private dayOf(index: number): number {
    const days = this.days;
    const last = this.lastDay;
    const day = days[last];
    const next = days[last + 1];
    if (day && day.row <= index && (!next || next.row > index)) return last;
    let low = 0;
    let high = days.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (days[mid]!.row <= index) low = mid;
      else high = mid - 1;
    }
    this.lastDay = low;
    return low;
  }

  isDay(index: number): boolean {
    const day = this.days[this.dayOf(index)];
    return day !== undefined && day.row === index;
  }

  /** Stable across inserts: the day's start, or the entry's key. */
  key(index: number): number | string {
    const d = this.dayOf(index);
    const day = this.days[d]!;
    if (day.row === index) return day.key;
    return this.keys ? this.keys[index - d - 1]! : this.entries[index - d - 1]!.id;
  }

  at(index: number): TimelineRow {
    const d = this.dayOf(index);
    const day = this.days[d]!;
    if (day.row === index) return { type: 'day', key: day.key, dayStartMs: day.dayStartMs };
    const entry = this.entries[index - d - 1]!;
    return { type: 'entry', key: this.keys ? this.keys[index - d - 1]! : entry.id, entry };
  }
}

/** Start of the local day that holds `ms`. */
function localDayStart(ms: number): number {
  const day = new Date(ms);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** The first index from `low` whose entry occurred before `ms` (entries are newest first). */
function firstBefore(entries: readonly TimelineEntry[], low: number, ms: number): number {
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (Date.parse(entries[mid]!.occurredAt) < ms) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** `entries` newest first, as the store and the filter keep them; `keys` as in KeyedEntries. */
export function timelineRows(entries: readonly TimelineEntry[], keys?: readonly number[]): TimelineRows {
  const days: Day[] = [];
  let index = 0;
  while (index < entries.length) {
    const dayStartMs = localDayStart(Date.parse(entries[index]!.occurredAt));
    days.push({ row: index + days.length, dayStartMs, key: `day-${dayStartMs}` });
    index = firstBefore(entries, index + 1, dayStartMs);
  }
  return new TimelineRows(entries, keys, days);
}
