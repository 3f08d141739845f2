/** Large bad files for the import and restore tests: random bytes, and JSON that parses but means nothing. */
import { randomBytes } from 'node:crypto';

export const JUNK_BYTES = 50 * 1024 * 1024;

/** 50 MB of random bytes, read as text the way a browser reads a file (invalid UTF-8 → U+FFFD). */
export function randomText(): string {
  return new TextDecoder('utf-8').decode(randomBytes(JUNK_BYTES));
}

/** About 50 MB of valid JSON that looks like data: an array of records with ids, texts and numbers. */
export function jsonNoise(): string {
  const words = randomBytes(4096).toString('base64');
  const records: string[] = [];
  let size = 2;
  for (let i = 0; size < JUNK_BYTES; i++) {
    const record = JSON.stringify({
      id: `${i.toString(16).padStart(8, '0')}-0000-7000-8000-000000000000`,
      text: words.slice(i % 2048, (i % 2048) + 80),
      n: i,
      nested: { ok: i % 2 === 0, tags: ['a', 'b'] },
    });
    records.push(record);
    size += record.length + 1;
  }
  return `[${records.join(',')}]`;
}
