import { describe, expect, it } from 'vitest';
import { channelKinds, type ChannelKind } from '../../../shared/domain/channel';
import {
  channelFit,
  channelFitAll,
  channelLimits,
  graphemeCount,
  wordCount,
  type FitHintKey,
} from '../../../shared/domain/channel-fit';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const hintKeys = (kind: ChannelKind, body: string): FitHintKey[] =>
  channelFit(kind, body).hints.map((h) => h.key);
const URL = 'https://www.example.com/news/2026/11/24/update-on-the-fire-at-the-plant-in-the-harbour';

describe('channelFit: length and hard limit', () => {
  it.each([
    ['X: plain text at the limit', 'x', 'a'.repeat(280), 280, 280, false],
    ['X: one over', 'x', 'a'.repeat(281), 281, 280, true],
    ['X: accented Latin counts one each', 'x', 'é'.repeat(280), 280, 280, false],
    ['X: a URL counts 23 however long', 'x', `Read more: ${URL}`, 11 + 23, 280, false],
    ['X: a family emoji counts 2', 'x', '👩‍👩‍👧', 2, 280, false],
    ['X: an emoji with skin tone counts 2', 'x', '👍🏽', 2, 280, false],
    ['X: CJK counts 2 each', 'x', '中文', 4, 280, false],
    ['X: 140 emoji fill it', 'x', '🔥'.repeat(140), 280, 280, false],
    ['X: 141 emoji are over', 'x', '🔥'.repeat(141), 282, 280, true],
    ['LinkedIn at the limit', 'linkedin', 'a'.repeat(3_000), 3_000, 3_000, false],
    ['LinkedIn one over', 'linkedin', 'a'.repeat(3_001), 3_001, 3_000, true],
    ['LinkedIn: emoji are one character each', 'linkedin', '👍🏽'.repeat(3_000), 3_000, 3_000, false],
    ['Facebook at the limit', 'facebook', 'a'.repeat(63_206), 63_206, 63_206, false],
    ['Facebook one over', 'facebook', 'a'.repeat(63_207), 63_207, 63_206, true],
    ['Instagram at the limit', 'instagram', 'a'.repeat(2_200), 2_200, 2_200, false],
    ['Instagram one over', 'instagram', 'a'.repeat(2_201), 2_201, 2_200, true],
    ['TikTok one over', 'tiktok', 'a'.repeat(2_201), 2_201, 2_200, true],
    ['YouTube at the limit', 'youtube', 'a'.repeat(5_000), 5_000, 5_000, false],
    ['WhatsApp one over', 'whatsapp', 'a'.repeat(4_097), 4_097, 4_096, true],
    ['Website: no limit', 'website', 'a'.repeat(100_000), 100_000, null, false],
    ['E-mail: no limit', 'email', 'Geachte heer, mevrouw', 21, null, false],
    ['Press list: no limit', 'pressList', 'a'.repeat(70_000), 70_000, null, false],
    ['Intranet: no limit', 'intranet', 'ë', 1, null, false],
    ['Phone line: no limit', 'phoneLine', words(500), words(500).length, null, false],
    ['Custom: no limit', 'custom', '', 0, null, false],
  ] as const)('%s', (_, kind, body, length, limit, over) => {
    expect(channelFit(kind, body)).toMatchObject({ kind, length, limit, over });
  });

  it('every channel kind has an entry, and only SMS carries segments', () => {
    for (const kind of channelKinds) {
      expect(channelLimits).toHaveProperty(kind);
      expect(channelFit(kind, 'Hallo').sms === undefined).toBe(kind !== 'sms');
    }
  });
});

describe('channelFit: SMS', () => {
  it.each([
    ['empty', '', 0, 0, 'GSM-7', 160, false],
    ['one text of 160', 'a'.repeat(160), 160, 1, 'GSM-7', 160, false],
    ['161 needs two parts of 153', 'a'.repeat(161), 161, 2, 'GSM-7', 153, false],
    ['é is in the GSM alphabet', 'Café De Kroon is gesloten.', 26, 1, 'GSM-7', 160, false],
    ['€ and brackets count two', '€ [ ]', 8, 1, 'GSM-7', 160, false],
    ['ë forces UCS-2', 'Geëvacueerd', 11, 1, 'UCS-2', 70, false],
    ['70 in UCS-2 is one text', 'ë'.repeat(70), 70, 1, 'UCS-2', 70, false],
    ['71 in UCS-2 needs two parts of 67', 'ë'.repeat(71), 71, 2, 'UCS-2', 67, false],
    ['an emoji takes two UCS-2 characters', '😀', 2, 1, 'UCS-2', 70, false],
    ['a family emoji takes eight', '👩‍👩‍👧', 8, 1, 'UCS-2', 70, false],
    ['a line break from Windows counts two', 'a\r\nb', 4, 1, 'GSM-7', 160, false],
    ['ten GSM-7 parts are allowed', 'a'.repeat(1_530), 1_530, 10, 'GSM-7', 153, false],
    ['eleven are over', 'a'.repeat(1_531), 1_531, 11, 'GSM-7', 153, true],
    ['ten UCS-2 parts are allowed', 'ë'.repeat(670), 670, 10, 'UCS-2', 67, false],
    ['eleven UCS-2 parts are over', 'ë'.repeat(671), 671, 11, 'UCS-2', 67, true],
  ] as const)('%s', (_, body, length, segments, encoding, perSegment, over) => {
    const fit = channelFit('sms', body);
    expect(fit).toMatchObject({ length, over, sms: { segments, encoding, perSegment } });
    expect(fit.limit).toBe(encoding === 'GSM-7' ? 1_530 : 670);
  });

  it('says how many texts a long SMS becomes', () => {
    expect(channelFit('sms', 'a'.repeat(400)).hints).toContainEqual({
      key: 'smsSegments',
      values: { segments: 3 },
    });
    expect(hintKeys('sms', 'a'.repeat(160))).not.toContain('smsSegments');
  });

  it('names the characters that force Unicode, once each', () => {
    const body = 'De geëvacueerde bewoners van de Reünie-flat: “blijf binnen”. ë';
    expect(channelFit('sms', body).hints).toContainEqual({
      key: 'smsUnicode',
      values: { characters: 'ë “ ”' },
    });
    expect(hintKeys('sms', 'Café open, geëvacueerd.')).toEqual(['smsUnicode']);
    expect(hintKeys('sms', 'Café open, één ingang.')).toEqual([]);
  });
});

describe('channelFit: advice', () => {
  it('tells how much room is left from 90% of the limit, not before and not when over', () => {
    expect(channelFit('linkedin', 'a'.repeat(2_700)).hints).toEqual([
      { key: 'nearLimit', values: { left: 300 } },
      { key: 'foldAt', values: { chars: 210 } },
    ]);
    expect(hintKeys('linkedin', 'a'.repeat(2_699))).not.toContain('nearLimit');
    expect(channelFit('x', 'a'.repeat(280)).hints).toEqual([{ key: 'nearLimit', values: { left: 0 } }]);
    expect(hintKeys('x', 'a'.repeat(281))).toEqual([]);
  });

  it('gives the reading time of spoken channels at 150 words a minute', () => {
    expect(channelFit('pressConference', words(100)).hints).toEqual([
      { key: 'readingTime', values: { seconds: 40, duration: '0:40', words: 100 } },
    ]);
    expect(channelFit('phoneLine', words(150)).hints).toEqual([
      { key: 'readingTime', values: { seconds: 60, duration: '1:00', words: 150 } },
    ]);
    expect(channelFit('phoneLine', words(153)).hints).toEqual([
      { key: 'readingTime', values: { seconds: 61, duration: '1:01', words: 153 } },
      { key: 'longForPhone', values: { max: 60 } },
    ]);
    expect(hintKeys('pressConference', words(300))).toEqual(['readingTime']);
    expect(hintKeys('phoneLine', '')).toEqual([]);
    expect(hintKeys('website', words(300))).toEqual([]);
  });

  it('advises on links where they behave differently', () => {
    expect(channelFit('x', `Update ${URL} en www.example.nl`).hints).toEqual([
      { key: 'linksCounted', values: { count: 2, each: 23 } },
    ]);
    expect(hintKeys('instagram', `Meer op ${URL}`)).toEqual(['linksNotClickable']);
    expect(hintKeys('tiktok', 'Meer op example.nl')).toEqual(['linksNotClickable']);
    expect(hintKeys('phoneLine', 'Kijk op www.example.nl')).toEqual(['readingTime', 'spellOutLinks']);
    expect(hintKeys('website', `Meer op ${URL}`)).toEqual([]);
  });

  it('advises against many hashtags, and Instagram’s 30 at most', () => {
    expect(channelFit('x', '#brand #fire #update').hints).toEqual([
      { key: 'manyHashtags', values: { count: 3 } },
    ]);
    expect(hintKeys('x', '#brand #fire')).toEqual([]);
    expect(hintKeys('instagram', '#a #b #c')).toEqual([]);
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ');
    expect(channelFit('instagram', tags).hints).toContainEqual({
      key: 'tooManyHashtags',
      values: { count: 31, max: 30 },
    });
  });

  it('warns where a feed folds the post behind "see more"', () => {
    expect(hintKeys('instagram', 'a'.repeat(126))).toEqual(['foldAt']);
    expect(hintKeys('instagram', 'a'.repeat(125))).toEqual([]);
  });
});

describe('channelFitAll', () => {
  it('measures each kind once, in the order given', () => {
    const fits = channelFitAll(['x', 'sms', 'x', 'website'], 'Hallo');
    expect(fits.map((f) => [f.kind, f.length])).toEqual([
      ['x', 5],
      ['sms', 5],
      ['website', 5],
    ]);
  });
});

describe('counting helpers', () => {
  it('counts user-perceived characters and spoken words', () => {
    expect(graphemeCount('e\u0301👩‍👩‍👧ë')).toBe(3);
    expect(wordCount('  Wij zijn — om 14:05 — begonnen.  ')).toBe(5);
  });
});
