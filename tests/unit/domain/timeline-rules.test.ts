import { describe, expect, it } from 'vitest';
import { ENTRY_TEXT_MAX } from '../../../shared/domain/timeline-entry';
import {
  correctionValidate,
  entryStatus,
  entryTags,
  entryValidate,
  retractionValidate,
  timelineAmendments,
} from '../../../shared/domain/timeline-rules';
import { searchMatches, searchNormalize, searchTerms } from '../../../shared/domain/search';
import { entryFixture } from '../../fixtures/entries';

const now = Date.parse('2026-11-24T12:00:00.000Z');

describe('validating an entry', () => {
  it('trims the text, takes hashtags as tags and defaults the time to now', () => {
    expect(entryValidate({ kind: 'decision', text: '  Evacuate #Hall3 and #press  ' }, now)).toEqual({
      ok: true,
      value: {
        kind: 'decision',
        text: 'Evacuate #Hall3 and #press',
        occurredAt: '2026-11-24T12:00:00.000Z',
        tags: ['hall3', 'press'],
      },
    });
  });

  it('refuses empty text, text over the limit, and impossible or future times', () => {
    const code = (r: ReturnType<typeof entryValidate>) => (r.ok ? 'ok' : r.error.code);
    expect(code(entryValidate({ kind: 'action', text: ' \n ' }, now))).toBe('entry.empty');
    expect(code(entryValidate({ kind: 'action', text: 'x'.repeat(ENTRY_TEXT_MAX + 1) }, now))).toBe(
      'entry.tooLong',
    );
    expect(code(entryValidate({ kind: 'action', text: 'x'.repeat(ENTRY_TEXT_MAX) }, now))).toBe('ok');
    expect(code(entryValidate({ kind: 'action', text: 'x', occurredAt: 'not a date' }, now))).toBe(
      'entry.invalidDate',
    );
    expect(code(entryValidate({ kind: 'action', text: 'x', occurredAt: '2026-11-24T12:30:00Z' }, now))).toBe(
      'entry.tooFarInFuture',
    );
    expect(code(entryValidate({ kind: 'action', text: 'x', occurredAt: '2026-11-24T12:04:00Z' }, now))).toBe(
      'ok',
    );
  });

  it('does not take a # inside a word as a tag', () => {
    expect(entryTags('issue#12 and #Brand-Rotterdam')).toEqual(['brand-rotterdam']);
  });
});

describe('corrections and retractions', () => {
  const original = entryFixture({ text: 'Two injured' });

  it('a correction must change the text or the time', () => {
    expect(
      correctionValidate(original, undefined, { text: 'Two injured', occurredAt: original.occurredAt }, now),
    ).toMatchObject({
      ok: false,
      error: { code: 'entry.unchanged' },
    });
    const valid = correctionValidate(
      original,
      undefined,
      { text: 'Three injured', occurredAt: original.occurredAt },
      now,
    );
    expect(valid).toMatchObject({ ok: true, value: { kind: 'observation', text: 'Three injured' } });
  });

  it('a retraction needs a reason and happens once', () => {
    expect(retractionValidate(original, undefined, '  ')).toMatchObject({
      error: { code: 'entry.reasonRequired' },
    });
    expect(retractionValidate(original, undefined, ' Wrong building ')).toEqual({
      ok: true,
      value: 'Wrong building',
    });
    const retraction = entryFixture({
      amends: { type: 'retraction', entryId: original.id },
      text: 'Wrong building',
    });
    const amendments = timelineAmendments([original, retraction]).get(original.id);
    expect(retractionValidate(original, amendments, 'again')).toMatchObject({
      error: { code: 'entry.alreadyRetracted' },
    });
    expect(correctionValidate(original, amendments, { text: 'Other' }, now)).toMatchObject({
      error: { code: 'entry.alreadyRetracted' },
    });
  });

  it('derives each entry status from the entries that amend it, keeping all of them', () => {
    const corrected = entryFixture();
    const retracted = entryFixture();
    const c1 = entryFixture({
      amends: { type: 'correction', entryId: corrected.id },
      recordedAt: '2026-11-24T11:00:00.000Z',
    });
    const c2 = entryFixture({
      amends: { type: 'correction', entryId: corrected.id },
      recordedAt: '2026-11-24T11:05:00.000Z',
    });
    const r2 = entryFixture({
      amends: { type: 'retraction', entryId: retracted.id },
      recordedAt: '2026-11-24T11:09:00.000Z',
    });
    const r1 = entryFixture({
      amends: { type: 'retraction', entryId: retracted.id },
      recordedAt: '2026-11-24T11:08:00.000Z',
    });
    const map = timelineAmendments([corrected, retracted, c1, c2, r2, r1]);
    expect(entryStatus(map.get(corrected.id))).toBe('corrected');
    expect(map.get(corrected.id)!.corrections.map((e) => e.id)).toEqual([c1.id, c2.id]);
    expect(entryStatus(map.get(retracted.id))).toBe('retracted');
    expect(map.get(retracted.id)!.retraction!.id).toBe(r1.id);
    expect(entryStatus(map.get(c1.id))).toBe('current');
  });
});

describe('search', () => {
  it('ignores case and accents and needs every word', () => {
    const haystack = searchNormalize('Café De Kroon ontruimd, BRANDWEER ter plaatse');
    expect(searchMatches(haystack, searchTerms('cafe brandweer'))).toBe(true);
    expect(searchMatches(haystack, searchTerms('KROON ontruimd'))).toBe(true);
    expect(searchMatches(haystack, searchTerms('cafe politie'))).toBe(false);
  });
});
