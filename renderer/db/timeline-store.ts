/**
 * The timeline of one incident, held in memory in display order (newest first) so that opening, filtering
 * and searching 100,000 entries stays instant. It shows the newest rows as soon as they are read, loads
 * the rest right after, and then follows committed changes (changes.ts) instead of re-reading.
 */
import { Dexie } from 'dexie';
import type { EntryId, IncidentId } from '../../shared/domain/ids';
import { searchNormalize } from '../../shared/domain/search';
import type { TimelineEntry } from '../../shared/domain/timeline-entry';
import { timelineAmendments, type EntryAmendments } from '../../shared/domain/timeline-rules';
import { changesSubscribe, type Change } from './changes';
import type { CrisisRoomDb } from './schema';

export interface TimelineSnapshot {
  /** Newest first: by time of occurrence, then by creation order. */
  entries: readonly TimelineEntry[];
  /**
   * A small number per entry, aligned with `entries` and stable while the store lives: the list's row
   * key. A virtualizer walks every row's key whenever the row count changes; numbers in one packed array
   * keep that walk from touching 100,000 scattered entry objects and their id strings.
   */
  keys: readonly number[];
  amendments: ReadonlyMap<EntryId, EntryAmendments>;
  /** False while only the newest rows are loaded. */
  complete: boolean;
  /** Any loaded entry by id (the target of a correction, say). */
  lookup(id: EntryId): TimelineEntry | undefined;
}

const FIRST_ROWS = 60;
/** Up to this many changed entries are spliced in one by one; more are merged in one pass. */
const SPLICE_MAX = 64;

/** Newest-first order; the id (a UUIDv7) breaks ties in creation order. */
export function entryCompare(a: TimelineEntry, b: TimelineEntry): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const ASCII = /^[\x20-\x7e]*$/;
const searchTexts = new WeakMap<TimelineEntry, string>();

/** The entry's text as search sees it; cached per record object. */
export function entrySearchText(entry: TimelineEntry): string {
  let text = searchTexts.get(entry);
  if (text === undefined) {
    const raw = `${entry.text}\n${entry.authorName}`;
    text = ASCII.test(raw) ? raw.toLowerCase() : searchNormalize(raw);
    searchTexts.set(entry, text);
  }
  return text;
}

function insertionIndex(entries: readonly TimelineEntry[], entry: TimelineEntry): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (entryCompare(entries[mid]!, entry) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class TimelineStore {
  private readonly byId = new Map<EntryId, TimelineEntry>();
  private readonly keyById = new Map<EntryId, number>();
  private readonly lookup = (id: EntryId) => this.byId.get(id);
  private snapshot: TimelineSnapshot = {
    entries: [],
    keys: [],
    amendments: new Map(),
    complete: false,
    lookup: this.lookup,
  };
  private readonly listeners = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;
  /** Bumped by open and close, so a read that outlives its opening is dropped. */
  private generation = 0;

  constructor(
    private readonly db: CrisisRoomDb,
    readonly incidentId: IncidentId,
  ) {}

  get = (): TimelineSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts following changes, then reads the newest rows, then everything. */
  async open(): Promise<void> {
    const generation = ++this.generation;
    this.unsubscribe?.();
    this.unsubscribe = changesSubscribe((change) => this.onChange(change));
    const range = this.range();
    const newest = await range.clone().reverse().limit(FIRST_ROWS).toArray();
    if (generation !== this.generation) return;
    this.merge(newest, this.snapshot.complete);
    const all = await range.toArray();
    if (generation !== this.generation) return;
    for (const entry of all) entrySearchText(entry);
    this.merge(all, true);
  }

  close(): void {
    this.generation++;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private range() {
    return this.db.timeline
      .where('[incidentId+occurredAt]')
      .between([this.incidentId, Dexie.minKey], [this.incidentId, Dexie.maxKey]);
  }

  private onChange(change: Change): void {
    if (change.table !== 'timeline') return;
    const mine = (change.records as TimelineEntry[]).filter((e) => e.incidentId === this.incidentId);
    if (mine.length > 0) this.upsert(mine);
  }

  private keyOf(id: EntryId): number {
    let key = this.keyById.get(id);
    if (key === undefined) {
      key = this.keyById.size;
      this.keyById.set(id, key);
    }
    return key;
  }

  /** Replaces the whole view with a full read, keeping anything that arrived while reading. */
  private merge(read: TimelineEntry[], complete: boolean): void {
    const arrived = [...this.byId.values()];
    this.byId.clear();
    for (const entry of read) this.byId.set(entry.id, entry);
    for (const entry of arrived) if (!this.byId.has(entry.id)) this.byId.set(entry.id, entry);
    const entries = [...this.byId.values()].sort(entryCompare);
    const keys = entries.map((e) => this.keyOf(e.id));
    const amendments = timelineAmendments(entries);
    this.publish({ entries, keys, amendments, complete, lookup: this.lookup });
  }

  /** A few changed entries: spliced into copies of the arrays, so the work is a copy, not a sort. */
  private upsert(records: readonly TimelineEntry[]): void {
    if (records.length > SPLICE_MAX) {
      this.upsertMany(records);
      return;
    }
    const entries = this.snapshot.entries.slice();
    const keys = this.snapshot.keys.slice();
    let amendments = this.snapshot.amendments;
    for (const entry of records) {
      const previous = this.byId.get(entry.id);
      if (previous) {
        const at = insertionIndex(entries, previous);
        entries.splice(at, 1);
        keys.splice(at, 1);
      }
      const at = insertionIndex(entries, entry);
      entries.splice(at, 0, entry);
      keys.splice(at, 0, this.keyOf(entry.id));
      this.byId.set(entry.id, entry);
      if (entry.amends) amendments = amendmentsWith(amendments, entry);
    }
    this.publish({ ...this.snapshot, entries, keys, amendments });
  }

  /**
   * Many changed entries (an import, a pulled sync batch): one pass that copies the current order and
   * slips each new entry in where a binary search puts it, instead of one splice of 100,000 slots each.
   */
  private upsertMany(records: readonly TimelineEntry[]): void {
    const incoming = new Map<EntryId, TimelineEntry>();
    for (const entry of records) incoming.set(entry.id, entry);
    const replaced = new Set([...incoming.keys()].filter((id) => this.byId.has(id)));
    const added = [...incoming.values()].sort(entryCompare);
    const current = this.snapshot.entries;
    const currentKeys = this.snapshot.keys;
    const entries: TimelineEntry[] = [];
    const keys: number[] = [];
    let from = 0;
    const copyUntil = (end: number) => {
      for (; from < end; from++) {
        const entry = current[from]!;
        if (replaced.size > 0 && replaced.has(entry.id)) continue;
        entries.push(entry);
        keys.push(currentKeys[from]!);
      }
    };
    for (const entry of added) {
      copyUntil(insertionIndex(current, entry));
      entries.push(entry);
      keys.push(this.keyOf(entry.id));
      this.byId.set(entry.id, entry);
    }
    copyUntil(current.length);
    const amendments = added.some((e) => e.amends) ? timelineAmendments(entries) : this.snapshot.amendments;
    this.publish({ ...this.snapshot, entries, keys, amendments });
  }

  private publish(snapshot: TimelineSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}

function amendmentsWith(
  current: ReadonlyMap<EntryId, EntryAmendments>,
  entry: TimelineEntry,
): ReadonlyMap<EntryId, EntryAmendments> {
  const target = entry.amends!.entryId;
  const existing = current.get(target);
  const others = existing
    ? [...existing.corrections, ...(existing.retraction ? [existing.retraction] : [])].filter(
        (e) => e.id !== entry.id,
      )
    : [];
  const next = new Map(current);
  next.set(target, timelineAmendments([...others, entry]).get(target)!);
  return next;
}
