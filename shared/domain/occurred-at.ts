/**
 * Reads the time a scribe types for "when it happened": `14:05` (today), `24-11-2026 14:05`,
 * `24/11/2026 14:05` or `2026-11-24 14:05`, in the device's local time. Day-first, as in the Netherlands
 * and the UK. Anything else, or a date that does not exist (31-02), is refused rather than guessed.
 */
import { fail, ok, type Result } from './errors';
import type { Instant } from './time';

const TIME_ONLY = /^(\d{1,2})[:.](\d{2})$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})[ T]+(\d{1,2})[:.](\d{2})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2})[:.](\d{2})$/;

function localInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): Result<Instant> {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || year < 1970 || year > 9999) {
    return fail('entry.invalidDate');
  }
  const date = new Date(year, month - 1, day, hour, minute);
  // The Date constructor rolls 31 February over into March; a real date comes back unchanged.
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return fail('entry.invalidDate');
  return ok(date.toISOString());
}

export function occurredAtParse(text: string, nowMs: number): Result<Instant | undefined> {
  const value = text.trim();
  if (value === '') return ok(undefined);
  let m = TIME_ONLY.exec(value);
  if (m) {
    const now = new Date(nowMs);
    return localInstant(now.getFullYear(), now.getMonth() + 1, now.getDate(), Number(m[1]), Number(m[2]));
  }
  m = DAY_FIRST.exec(value);
  if (m) return localInstant(Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4]), Number(m[5]));
  m = YEAR_FIRST.exec(value);
  if (m) return localInstant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  return fail('entry.invalidDate');
}

/** The same format back, for prefilling the field: `24-11-2026 14:05` in local time. */
export function occurredAtFormat(instant: Instant): string {
  const d = new Date(instant);
  const pad = (n: number) => n.toString().padStart(2, '0');
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
