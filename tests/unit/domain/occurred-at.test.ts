import { describe, expect, it } from 'vitest';
import { occurredAtFormat, occurredAtParse } from '../../../shared/domain/occurred-at';

const now = new Date(2026, 10, 24, 15, 30).getTime();
const local = (y: number, m: number, d: number, h: number, mi: number) =>
  new Date(y, m - 1, d, h, mi).toISOString();

describe('reading the time an event occurred', () => {
  it('an empty field means now', () => {
    expect(occurredAtParse('  ', now)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['14:05', local(2026, 11, 24, 14, 5)],
    ['9.07', local(2026, 11, 24, 9, 7)],
    ['23-11-2026 22:15', local(2026, 11, 23, 22, 15)],
    ['3/2/2026 08:00', local(2026, 2, 3, 8, 0)],
    ['2026-11-22 07:45', local(2026, 11, 22, 7, 45)],
    ['2026-11-22T07:45', local(2026, 11, 22, 7, 45)],
  ])('reads %s as local time', (text, expected) => {
    expect(occurredAtParse(text, now)).toEqual({ ok: true, value: expected });
  });

  it.each([
    '31-02-2026 10:00',
    '24-13-2026 10:00',
    '24:00',
    '12:60',
    'yesterday',
    '2026-11-24',
    '10-10-1969 10:00',
    '1e3',
  ])('refuses %s instead of guessing', (text) => {
    expect(occurredAtParse(text, now)).toMatchObject({ ok: false, error: { code: 'entry.invalidDate' } });
  });

  it('formats back to the same text', () => {
    const value = local(2026, 1, 5, 6, 9);
    expect(occurredAtFormat(value)).toBe('05-01-2026 06:09');
    expect(occurredAtParse(occurredAtFormat(value), now)).toEqual({ ok: true, value });
  });
});
