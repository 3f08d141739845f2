/**
 * Canonical JSON: the same data always gives the same text, whatever order its objects' keys were
 * written in (a record built by a mutation, read from IndexedDB, or parsed from a file). An object's keys
 * come `id` first (what a reader looks for), then in code-unit order, like JSON Canonicalization Scheme.
 */

function keyCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'id') return -1;
  if (b === 'id') return 1;
  return a < b ? -1 : 1;
}

function keysSorted(value: object): Record<string, unknown> {
  // fromEntries defines the keys as data properties: a key named __proto__ stays a key.
  const keys = Object.keys(value).sort(keyCompare);
  return Object.fromEntries(keys.map((key) => [key, (value as Record<string, unknown>)[key]]));
}

/**
 * `JSON.stringify` with keys in canonical order; `indent` as JSON.stringify's `space`. With `rootAsIs`,
 * the outermost object keeps its own key order (a file's header fields first, as the writer lists them).
 */
export function canonicalJson(value: unknown, indent?: number, rootAsIs = false): string {
  let root = true;
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      const isRoot = root;
      root = false;
      if (typeof v !== 'object' || v === null || Array.isArray(v) || (isRoot && rootAsIs)) return v;
      return keysSorted(v);
    },
    indent,
  );
}

/** Sorts records by id in code-unit order (not by locale): the same order on every machine. */
export function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
