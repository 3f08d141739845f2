/**
 * The timeline as the report shows it: every entry in occurrence order, numbered, with corrections and
 * retractions linked both ways, so a reader of the printed record sees that entry 12 was corrected by
 * entry 15 and entry 15 corrects entry 12. Nothing is hidden: a retracted entry stays, marked.
 */
import type { EntryKind, TimelineEntry } from '../domain/timeline-entry';
import type { ReportEntry, ReportThread } from './report-model';

/** Oldest first, by time of occurrence; the id (a UUIDv7) breaks ties in creation order. */
export function entryOccurrenceOrder(a: TimelineEntry, b: TimelineEntry): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function reportTimeline(entries: readonly TimelineEntry[]): ReportEntry[] {
  const sorted = [...entries].sort(entryOccurrenceOrder);
  const rows: ReportEntry[] = sorted.map((entry, i) => ({
    number: i + 1,
    entry,
    status: 'current',
    amends: null,
    amendedBy: [],
  }));
  const byId = new Map(rows.map((row) => [row.entry.id as string, row]));
  for (const row of rows) {
    const amends = row.entry.amends;
    if (!amends) continue;
    const target = byId.get(amends.entryId);
    row.amends = { type: amends.type, id: amends.entryId, number: target?.number ?? null };
    if (!target) continue;
    // Rows are in occurrence order, so each target collects its amendments in that order too.
    target.amendedBy.push({ type: amends.type, id: row.entry.id, number: row.number });
    if (amends.type === 'retraction') target.status = 'retracted';
    else if (target.status === 'current') target.status = 'corrected';
  }
  return rows;
}

/**
 * The entries of one kind that are not themselves amendments (or whose original is missing), each with
 * every amendment made to it, also amendments of amendments (a correction that was corrected again).
 */
export function reportThreads(timeline: readonly ReportEntry[], kind: EntryKind): ReportThread[] {
  const threads: ReportThread[] = [];
  for (const row of timeline) {
    if (row.entry.kind !== kind || (row.amends !== null && row.amends.number !== null)) continue;
    const amendments: ReportEntry[] = [];
    const queue = [...row.amendedBy];
    for (let link = queue.shift(); link; link = queue.shift()) {
      const amendment = link.number === null ? undefined : timeline[link.number - 1];
      if (!amendment) continue;
      amendments.push(amendment);
      queue.push(...amendment.amendedBy);
    }
    threads.push({ entry: row, amendments: amendments.sort((a, b) => a.number - b.number) });
  }
  return threads;
}
