/**
 * Text search as a crisis team expects it: case-insensitive, accent-insensitive ("cafe" finds "café"),
 * every word of the query must occur somewhere in the entry.
 */
const DIACRITICS = /\p{M}+/gu;

export function searchNormalize(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
}

export function searchTerms(query: string): string[] {
  return searchNormalize(query)
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/** `haystack` must already be normalised; the caller caches that per entry. */
export function searchMatches(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}
