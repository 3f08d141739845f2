import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StakeholderId } from '../../../shared/domain/ids';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { vcardImport } from '../../../shared/io/stakeholders-vcard';

const crlf = (lines: readonly string[]) => `${lines.join('\r\n')}\r\n`;

const vcard3 = crlf([
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Jansen;Piet;van;;',
  'FN:Piet van Jansen',
  'ORG:Gemeente Utrecht;Communicatie',
  'TEL;TYPE=WORK,VOICE:+31 30 123 4567',
  'TEL;TYPE=CELL:06-12345678',
  'EMAIL;TYPE=INTERNET,WORK:piet@utrecht.example',
  'NOTE:Woordvoerder\\, bereikbaar 24/7\\nOok in het weekend',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Okafor;Ada;;;',
  'ORG:NOS',
  'item1.EMAIL;TYPE=INTERNET:ada@nos.example',
  'item1.X-ABLabel:_$!<Other>!$_',
  'item2.TEL:+31 35 677 9222',
  'item2.X-ABLabel:redactie',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Veiligheidsregio Utrecht',
  'ORG:Veiligheidsregio Utrecht',
  'X-ABShowAs:COMPANY',
  'TEL;TYPE=WORK:088 878 1000',
  'END:VCARD',
]);

const vcard4 = crlf([
  'BEGIN:VCARD',
  'VERSION:4.0',
  'KIND:org',
  'FN:Brandweer Midden-Nederland',
  'TEL;VALUE=uri;TYPE="voice,work";PREF=1:tel:+31-88-878-1000;ext=12',
  'EMAIL;TYPE=work:pers@brandweer.example',
  'LANG;PREF=1:nl',
  'LANG;PREF=2:en',
  'END:VCARD',
  '',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Sam Lee',
  'N:Lee;Sam;;;',
  'TEL;VALUE=uri;TYPE=cell:tel:+44-7700-900123',
  'LANG:en',
  'END:VCARD',
]);

function ok(text: string, group = 'partners', existing: readonly Stakeholder[] = []) {
  const result = vcardImport(text, existing, group);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('vcardImport', () => {
  it('reads a vCard 3 file with several cards: names, organisations, labelled phones and e-mails, notes', () => {
    expect(ok(vcard3, 'authorities')).toEqual({
      drafts: [
        {
          kind: 'person',
          name: 'Piet van Jansen',
          organisation: 'Gemeente Utrecht, Communicatie',
          group: 'authorities',
          priority: 2,
          contacts: [
            { kind: 'phone', label: 'work', value: '+31 30 123 4567' },
            { kind: 'phone', label: 'mobile', value: '06-12345678' },
            { kind: 'email', label: 'work', value: 'piet@utrecht.example' },
          ],
          languages: [],
          notes: 'Woordvoerder, bereikbaar 24/7\nOok in het weekend',
        },
        {
          kind: 'person',
          name: 'Ada Okafor',
          organisation: 'NOS',
          group: 'authorities',
          priority: 2,
          contacts: [
            { kind: 'phone', label: 'redactie', value: '+31 35 677 9222' },
            { kind: 'email', label: 'Other', value: 'ada@nos.example' },
          ],
          languages: [],
          notes: '',
        },
        expect.objectContaining({ kind: 'organisation', name: 'Veiligheidsregio Utrecht', organisation: '' }),
      ],
      skipped: [],
    });
  });

  it('reads a vCard 4 file: KIND:org, phone URIs with extensions, languages', () => {
    expect(ok(vcard4).drafts).toEqual([
      {
        kind: 'organisation',
        name: 'Brandweer Midden-Nederland',
        organisation: '',
        group: 'partners',
        priority: 2,
        contacts: [
          { kind: 'phone', label: 'work, ext. 12', value: '+31-88-878-1000' },
          { kind: 'email', label: 'work', value: 'pers@brandweer.example' },
        ],
        languages: ['nl', 'en'],
        notes: '',
      },
      expect.objectContaining({
        name: 'Sam Lee',
        contacts: [{ kind: 'phone', label: 'mobile', value: '+44-7700-900123' }],
        languages: ['en'],
      }),
    ]);
  });

  it('reads the contacts.vcf fixture: two vCard 3 cards and one vCard 4 card', () => {
    const text = readFileSync(new URL('../../fixtures/contacts.vcf', import.meta.url), 'utf8');
    const drafts = ok(text, 'media').drafts;
    expect(drafts.map((d) => [d.kind, d.name, d.organisation])).toEqual([
      ['person', 'Liesbeth Koster', 'Omroep Gelderland, Nieuwsdienst'],
      ['organisation', 'Waterschap Vallei en Veluwe', ''],
      ['person', 'Dr. Samuel Okafor', 'Ziekenhuis Gelderse Vallei'],
    ]);
    expect(drafts[0]!.contacts[0]).toEqual({ kind: 'phone', label: 'redactie', value: '+31 26 713 7000' });
    expect(drafts[2]!.languages).toEqual(['en', 'nl']);
  });

  it('skips cards already in the file or the directory, naming the line of the first card', () => {
    const existing: Stakeholder = {
      id: '0190f5e2-0000-7000-8000-000000000001' as StakeholderId,
      kind: 'person',
      name: 'SAM LEE',
      organisation: '',
      group: 'media',
      priority: 1,
      contacts: [],
      languages: [],
      notes: '',
      createdAt: '2026-01-05T09:00:00.000Z',
      removedAt: null,
    };
    const twice = vcard4 + vcard4;
    expect(ok(twice, 'partners', [existing]).skipped).toEqual([
      { line: 11, reason: 'alreadyInDirectory' },
      { line: 18, reason: 'duplicateInFile', of: 1 },
      { line: 28, reason: 'duplicateInFile', of: 11 },
    ]);
  });

  it('refuses a file that is not a vCard', () => {
    expect(vcardImport('Naam;Groep\r\nJan;Pers\r\n', [], 'media')).toEqual({
      ok: false,
      error: { code: 'import.notVcard' },
    });
    const calendar = crlf(['BEGIN:VCALENDAR', 'VERSION:2.0', 'END:VCALENDAR']);
    expect(vcardImport(calendar, [], 'media')).toMatchObject({
      ok: false,
      error: { code: 'import.notVcard' },
    });
    expect(vcardImport('', [], 'media')).toMatchObject({ ok: false, error: { code: 'import.empty' } });
  });

  it('names the line of a broken card and imports nothing', () => {
    const junk = vcard3.replace('ORG:NOS', 'this line is not a property');
    expect(vcardImport(junk, [], 'media')).toEqual({
      ok: false,
      error: { code: 'import.badVcard', line: 14 },
    });
    const unclosed = vcard4.replace(/END:VCARD\r\n$/, '');
    expect(vcardImport(unclosed, [], 'media')).toEqual({
      ok: false,
      error: { code: 'import.badVcard', line: 11, value: 'END:VCARD' },
    });
    expect(vcardImport(`${vcard4}stray text\r\n`, [], 'media')).toMatchObject({
      ok: false,
      error: { code: 'import.badVcard', line: 18, value: 'stray text' },
    });
  });

  it('ignores properties it does not read, even malformed ones', () => {
    const extras = [
      'BDAY:not-a-date',
      'REV:garbage',
      'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ',
      ' SkZJRgABAQ',
      'ADR:;;Straat 1',
    ];
    const card = crlf([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ann',
      ...extras,
      'EMAIL:ann@example.nl',
      'END:VCARD',
    ]);
    expect(ok(card).drafts).toEqual([
      expect.objectContaining({
        name: 'Ann',
        contacts: [{ kind: 'email', label: '', value: 'ann@example.nl' }],
      }),
    ]);
  });

  it('names the line of an invalid e-mail address', () => {
    const bad = vcard3.replace('ada@nos.example', 'ada at nos');
    expect(vcardImport(bad, [], 'media')).toEqual({
      ok: false,
      error: {
        code: 'import.invalidRow',
        line: 15,
        column: 'EMAIL',
        field: 'email',
        reason: 'stakeholder.emailInvalid',
        value: 'ada at nos',
      },
    });
  });

  it('refuses vCard 2.1, naming its version line', () => {
    const old = crlf(['BEGIN:VCARD', 'VERSION:2.1', 'N:Smit;Jan', 'TEL;CELL:0612345678', 'END:VCARD']);
    expect(vcardImport(old, [], 'media')).toEqual({
      ok: false,
      error: { code: 'import.vcardVersion', line: 2, value: '2.1' },
    });
  });
});
