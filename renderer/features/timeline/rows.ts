/**
 * From the in-memory timeline to what the list shows: filtered entries with a date separator before each
 * day, so a multi-day incident reads like a logbook. Runs over 100,000 entries on each keystroke in the
 * search box, so it avoids per-entry allocations and formatting.
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

export function timelineFilter(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
): readonly TimelineEntry[] {
  if (!filterActive(filter)) return entries;
  const terms = searchTerms(filter.query);
  const kinds = filter.kinds.size > 0 ? filter.kinds : null;
  return entries.filter(
    (e) =>
      (!kinds || kinds.has(e.kind)) &&
      (!filter.pinnedOnly || e.pinned) &&
      (terms.length === 0 || searchMatches(entrySearchText(e), terms)),
  );
}

export type TimelineRow =
  { type: 'day'; key: string; dayStartMs: number } | { type: 'entry'; key: EntryId; entry: TimelineEntry };

export function timelineRows(entries: readonly TimelineEntry[]): TimelineRow[] {
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
