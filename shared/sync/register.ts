/**
 * One editable field as a multi-value register. Every patch of the field is kept as a write that names
 * the writes it superseded (the values its author saw). The writes nobody superseded are the field's
 * heads: one head is a settled value; several heads with different values are a conflict. The value shown
 * is the head with the greatest HLC (last writer wins by (HLC, device), as the HLC string ends in the
 * device). Set operations only, so any delivery order, with any duplicates, gives the same result.
 */
import type { Hlc } from './hlc';

export interface FieldWrite {
  /** The patch operation's id. */
  op: string;
  hlc: Hlc;
  value: unknown;
  /** Ids of the writes this one superseded. */
  supersedes: string[];
  author: string;
  device: string;
}

/** Adds a write, keeping the list sorted by HLC and free of duplicates. Returns the same array if known. */
export function registerAdd(writes: readonly FieldWrite[], write: FieldWrite): readonly FieldWrite[] {
  if (writes.some((w) => w.op === write.op)) return writes;
  const next = [...writes, write];
  next.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.op < b.op ? -1 : a.op > b.op ? 1 : 0));
  return next;
}

export function registerHeads(writes: readonly FieldWrite[]): FieldWrite[] {
  const superseded = new Set<string>();
  for (const w of writes) for (const id of w.supersedes) superseded.add(id);
  return writes.filter((w) => !superseded.has(w.op));
}

/** The write whose value is shown: the head with the greatest HLC. */
export function registerWinner(writes: readonly FieldWrite[]): FieldWrite | undefined {
  const heads = registerHeads(writes);
  return heads[heads.length - 1];
}

/** Canonical JSON, so that equal values compare equal whatever their key order. */
export function valueKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * The heads when they disagree: a conflict to show the team. Concurrent edits that happen to write the
 * same value are no conflict.
 */
export function registerConflict(writes: readonly FieldWrite[]): FieldWrite[] | null {
  const heads = registerHeads(writes);
  if (heads.length < 2) return null;
  const first = valueKey(heads[0]!.value);
  return heads.some((h) => valueKey(h.value) !== first) ? heads : null;
}
