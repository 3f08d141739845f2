import { describe, expect, it } from 'vitest';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  importBytesDecode,
  importTextCheck,
} from '../../../shared/io/import-error';
import { csvImport, csvPreview } from '../../../shared/io/stakeholders-csv';
import { vcardImport } from '../../../shared/io/stakeholders-vcard';

/** Seeded bytes, so a failure can be reproduced. */
function junkBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const FIVE_MB = 5 * 1024 * 1024;

describe('junk and oversized files', () => {
  it('refuses 5 MB of random bytes within a second, whichever importer gets them', () => {
    const junk = new TextDecoder().decode(junkBytes(FIVE_MB));
    const started = performance.now();
    const csv = csvImport(junk, [{ field: 'name' }], []);
    const vcard = vcardImport(junk, [], 'media');
    const decoded = importBytesDecode(junkBytes(FIVE_MB));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(csv).toMatchObject({ ok: false, error: { code: 'import.notText', line: expect.any(Number) } });
    expect(vcard).toMatchObject({ ok: false, error: { code: 'import.notText' } });
    expect(decoded).toMatchObject({ ok: false, error: { code: 'import.notText' } });
  });

  it('refuses 5 MB of printable junk on one line without importing anything', () => {
    const bytes = junkBytes(FIVE_MB).map((b) => 33 + (b % 94));
    const junk = String.fromCharCode(...bytes.subarray(0, 1000)).repeat(FIVE_MB / 1000);
    const started = performance.now();
    const result = csvImport(junk, [{ field: 'name' }], []);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
  });

  it('names the line of a NUL byte or another control character', () => {
    expect(importTextCheck('Naam\nAnn\nB\u0000b\n')).toEqual({
      ok: false,
      error: { code: 'import.notText', line: 3 },
    });
    expect(importTextCheck('a\r\nb\r\n\u0007')).toEqual({
      ok: false,
      error: { code: 'import.notText', line: 3 },
    });
    expect(importTextCheck('\ufeffNaam\tGroep\r\nAnn\tPers\r\n')).toEqual({
      ok: true,
      value: 'Naam\tGroep\r\nAnn\tPers\r\n',
    });
  });

  it('refuses a text over the size limit before parsing it', () => {
    const big = 'Naam\n'.padEnd(IMPORT_MAX_BYTES + 1, 'x');
    expect(csvPreview(big)).toEqual({ ok: false, error: { code: 'import.tooLarge' } });
    expect(importBytesDecode(new Uint8Array(IMPORT_MAX_BYTES + 1))).toEqual({
      ok: false,
      error: { code: 'import.tooLarge' },
    });
  });

  it('refuses more rows than the limit, naming the first row too many', () => {
    const text = `Naam\n${'a\n'.repeat(IMPORT_MAX_ROWS + 1)}`;
    expect(csvPreview(text)).toEqual({
      ok: false,
      error: { code: 'import.tooManyRows', line: IMPORT_MAX_ROWS + 2 },
    });
    expect(csvPreview(`Naam\n${'a\n'.repeat(IMPORT_MAX_ROWS)}`)).toMatchObject({
      ok: true,
      value: { rowCount: IMPORT_MAX_ROWS },
    });
  });
});

describe('importBytesDecode', () => {
  it('reads UTF-8, and Windows-1252 as Dutch Excel saves a plain CSV', () => {
    const utf8 = new TextEncoder().encode('Naam;Groep\r\nRenée Coöperatie;Pers\r\n');
    expect(importBytesDecode(utf8)).toEqual({ ok: true, value: 'Naam;Groep\r\nRenée Coöperatie;Pers\r\n' });
    // "Renée; €5" in Windows-1252: é = 0xE9, € = 0x80.
    const cp1252 = Uint8Array.from([0x52, 0x65, 0x6e, 0xe9, 0x65, 0x3b, 0x20, 0x80, 0x35]);
    expect(importBytesDecode(cp1252)).toEqual({ ok: true, value: 'Renée; €5' });
    // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated.
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'Naam\tGroep'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(importBytesDecode(utf16)).toEqual({ ok: true, value: 'Naam\tGroep' });
  });

  it('says which line holds characters a UTF-8 decoder could not read', () => {
    expect(importTextCheck('Naam\nRen\ufffde\n')).toEqual({
      ok: false,
      error: { code: 'import.encoding', line: 2 },
    });
  });
});
