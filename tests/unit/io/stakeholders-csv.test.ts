import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StakeholderId } from '../../../shared/domain/ids';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import {
  csvExport,
  csvImport,
  csvMappingGuess,
  csvPreview,
  type CsvMapping,
} from '../../../shared/io/stakeholders-csv';
import { stakeholdersCsv } from '../../fixtures/stakeholders';

function stakeholder(overrides: Partial<Stakeholder>): Stakeholder {
  return {
    id: '0190f5e2-0000-7000-8000-000000000001' as StakeholderId,
    kind: 'person',
    name: 'Anna de Vries',
    organisation: 'Gemeente Utrecht',
    group: 'authorities',
    priority: 1,
    contacts: [],
    languages: ['nl'],
    notes: '',
    createdAt: '2026-01-05T09:00:00.000Z',
    removedAt: null,
    ...overrides,
  };
}

function imported(text: string, existing: readonly Stakeholder[] = []) {
  const preview = csvPreview(text);
  if (!preview.ok) throw new Error(`preview failed: ${JSON.stringify(preview.error)}`);
  return csvImport(preview.value, csvMappingGuess(preview.value.headers), existing);
}

function drafts(text: string) {
  const result = imported(text);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result.value.drafts;
}

describe('csvPreview', () => {
  it('reads a Dutch Excel file: BOM stripped, semicolons detected, lines of rows counted', () => {
    const text = '\ufeffNaam;Organisatie;Groep\r\nJan Smit;"Gemeente; Zeist";Pers\r\n\r\nPiet;NOS;Media\r\n';
    const preview = csvPreview(text);
    expect(preview).toMatchObject({
      ok: true,
      value: {
        delimiter: ';',
        headers: ['Naam', 'Organisatie', 'Groep'],
        headerLine: 1,
        rowCount: 2,
        sample: [
          ['Jan Smit', 'Gemeente; Zeist', 'Pers'],
          ['Piet', 'NOS', 'Media'],
        ],
        rows: [
          { line: 2, cells: ['Jan Smit', 'Gemeente; Zeist', 'Pers'] },
          { line: 4, cells: ['Piet', 'NOS', 'Media'] },
        ],
      },
    });
  });

  it('detects tabs and commas, and honours an Excel "sep=" line', () => {
    expect(csvPreview('Name\tPhone\nAnn\t112\n')).toMatchObject({ ok: true, value: { delimiter: '\t' } });
    expect(csvPreview('Name,Phone\nAnn,112\n')).toMatchObject({ ok: true, value: { delimiter: ',' } });
    expect(csvPreview('sep=;\nName,x;Phone\nAnn,B;112\n')).toMatchObject({
      ok: true,
      value: { delimiter: ';', headers: ['Name,x', 'Phone'], rows: [{ line: 3 }] },
    });
  });

  it('counts a quoted multi-line cell as the lines it spans', () => {
    const preview = csvPreview('Name,Notes\nAnn,"one\ntwo\r\nthree"\nBob,x\n');
    expect(preview.ok && preview.value.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('names the line of broken quoting', () => {
    const text = 'Naam;Notities\nA;ok\nB;"Open quote never closed\nC;x\nD;y\n';
    expect(csvPreview(text)).toEqual({ ok: false, error: { code: 'import.badQuoting', line: 3 } });
    expect(csvPreview('Name,Notes\nA,ok\nB,"closed"then text\nC,x\n')).toMatchObject({
      ok: false,
      error: { code: 'import.badQuoting', line: 3 },
    });
  });

  it('refuses a row with more cells than the header has columns', () => {
    expect(csvPreview('Naam;Organisatie\nJansen; Piet;NOS\n')).toMatchObject({
      ok: false,
      error: { code: 'import.columnCount', line: 2, value: 'NOS' },
    });
    // Trailing empty cells, as spreadsheets write them, are fine.
    expect(csvPreview('Naam;Organisatie\nJan;NOS;;\n').ok).toBe(true);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(csvPreview('')).toMatchObject({ ok: false, error: { code: 'import.empty' } });
    expect(csvPreview('\ufeff \r\n')).toMatchObject({ ok: false, error: { code: 'import.empty' } });
    expect(csvPreview('Naam;Groep\r\n')).toMatchObject({ ok: false, error: { code: 'import.empty' } });
  });
});

describe('csvMappingGuess', () => {
  it('maps Dutch headers, with labels for contact columns', () => {
    const headers = ['Voornaam', 'Achternaam', 'Organisatienaam', 'Doelgroep', 'Prio', 'Telefoon werk'];
    const more = ['Mobiel nummer', 'E-mailadres', 'Talen', 'Opmerkingen', 'Soort', 'Geboortedatum'];
    expect(csvMappingGuess([...headers, ...more])).toEqual([
      { field: 'name' },
      { field: 'name' },
      { field: 'organisation' },
      { field: 'group' },
      { field: 'priority' },
      { field: 'phone', label: 'werk' },
      { field: 'phone', label: 'mobiel' },
      { field: 'email' },
      { field: 'languages' },
      { field: 'notes' },
      { field: 'kind' },
      null,
    ]);
  });

  it('maps English headers, and a single-valued field only once', () => {
    const headers = ['Full name', 'Company', 'Group', 'Category', 'Priority', 'Mobile phone', 'Email (work)'];
    expect(csvMappingGuess([...headers, 'Website', 'Languages', 'Comments', ''])).toEqual([
      { field: 'name' },
      { field: 'organisation' },
      { field: 'group' },
      null,
      { field: 'priority' },
      { field: 'phone', label: 'mobile' },
      { field: 'email', label: 'work' },
      { field: 'other', label: 'website' },
      { field: 'languages' },
      { field: 'notes' },
      null,
    ]);
  });
});

describe('csvImport', () => {
  it('reads groups, priorities, kinds, languages and several contact points per cell', () => {
    const text = [
      'Naam;Soort;Organisatie;Groep;Prioriteit;Telefoon;E-mail;Talen;Notities',
      'Jan Smit;persoon;NOS;Pers;hoog;06 12345678 | werk: 020 123 4567;jan@nos.example;Nederlands, EN;',
      'Gemeente Zeist;organisatie;;Gemeente;;;"Bureau <bureau@zeist.example>; pers@zeist.example";nl;Eerst bellen',
      'Ann Lee;;;Hulpdiensten;Low;;;;',
      'Kees;;;Vitale partners;3;;;;',
    ].join('\n');
    expect(drafts(text)).toEqual([
      {
        kind: 'person',
        name: 'Jan Smit',
        organisation: 'NOS',
        group: 'media',
        priority: 1,
        contacts: [
          { kind: 'phone', label: '', value: '06 12345678' },
          { kind: 'phone', label: 'werk', value: '020 123 4567' },
          { kind: 'email', label: '', value: 'jan@nos.example' },
        ],
        languages: ['nl', 'en'],
        notes: '',
      },
      {
        kind: 'organisation',
        name: 'Gemeente Zeist',
        organisation: '',
        group: 'authorities',
        priority: 2,
        contacts: [
          { kind: 'email', label: '', value: 'bureau@zeist.example' },
          { kind: 'email', label: '', value: 'pers@zeist.example' },
        ],
        languages: ['nl'],
        notes: 'Eerst bellen',
      },
      expect.objectContaining({ name: 'Ann Lee', group: 'emergencyServices', priority: 3 }),
      expect.objectContaining({ name: 'Kees', group: 'Vitale partners', priority: 3 }),
    ]);
  });

  it('joins first and last name columns and uses the default group for empty group cells', () => {
    const text = 'First name,Tussenvoegsel,Achternaam,Groep\nPiet,van,Dijk,\nAnn,,Lee,Press\n';
    const preview = csvPreview(text);
    if (!preview.ok) throw new Error('preview failed');
    const mapping = csvMappingGuess(preview.value.headers);
    const result = csvImport(preview.value, mapping, [], { defaultGroup: 'residents' });
    expect(result.ok && result.value.drafts.map((d) => [d.name, d.group])).toEqual([
      ['Piet van Dijk', 'residents'],
      ['Ann Lee', 'media'],
    ]);
    expect(csvImport(preview.value, mapping, [])).toMatchObject({
      ok: false,
      error: { code: 'import.invalidRow', line: 2, reason: 'stakeholder.groupInvalid' },
    });
  });

  it('refuses a mapping without a name column', () => {
    const mapping: CsvMapping = [null, { field: 'organisation' }];
    expect(csvImport('Wie;Organisatie\nJan;NOS\n', mapping, [])).toEqual({
      ok: false,
      error: { code: 'import.missingColumn', field: 'name' },
    });
    expect(imported('Bedrijf;Telefoon\nNOS;020 123 4567\n')).toMatchObject({
      ok: false,
      error: { code: 'import.missingColumn', field: 'name' },
    });
  });

  it('refuses the whole file for one invalid e-mail, naming its line and column', () => {
    const rows = ['Naam;Groep;E-mail', 'Ann;Pers;ann@nos.example', 'Bob;Pers;bob-at-nos', 'Cas;Pers;cas@'];
    expect(imported(rows.join('\n'))).toEqual({
      ok: false,
      error: {
        code: 'import.invalidRow',
        line: 3,
        column: 'E-mail',
        field: 'email',
        reason: 'stakeholder.emailInvalid',
        value: 'bob-at-nos',
        moreRows: 1,
      },
    });
  });

  it('names the cell of a priority or kind it does not understand', () => {
    expect(imported('Naam,Groep,Prioriteit\nAnn,Pers,7\n')).toEqual({
      ok: false,
      error: { code: 'import.invalidValue', line: 2, column: 'Prioriteit', field: 'priority', value: '7' },
    });
    expect(imported('Name,Group,Kind\nAnn,Press,robot\n')).toMatchObject({
      ok: false,
      error: { code: 'import.invalidValue', line: 2, column: 'Kind', value: 'robot' },
    });
  });

  it('skips duplicate rows, naming the line of the first, and stakeholders already in the directory', () => {
    const text = [
      'Naam;Organisatie;Groep',
      'Anna de Vries;Gemeente Utrecht;Overheid',
      'Jan Smit;NOS;Pers',
      'JAN SMIT;nos;Media',
      'René Dubois;;Pers',
      'Rene Dubois;;Press',
      'Jan Smit;RTV Utrecht;Pers',
    ].join('\n');
    const existing = [
      stakeholder({}),
      stakeholder({ name: 'Removed', removedAt: '2026-02-01T00:00:00.000Z' }),
    ];
    const result = imported(text, existing);
    expect(result.ok && result.value.drafts.map((d) => `${d.name} / ${d.organisation}`)).toEqual([
      'Jan Smit / NOS',
      'René Dubois / ',
      'Jan Smit / RTV Utrecht',
    ]);
    expect(result.ok && result.value.skipped).toEqual([
      { line: 2, reason: 'alreadyInDirectory' },
      { line: 4, reason: 'duplicateInFile', of: 3 },
      { line: 6, reason: 'duplicateInFile', of: 5 },
    ]);
  });

  it('imports the 200-row fixture, which matches its generator', () => {
    const text = readFileSync(new URL('../../fixtures/stakeholders-200.csv', import.meta.url), 'utf8');
    expect(text).toBe(stakeholdersCsv(200));
    const result = imported(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.drafts).toHaveLength(200);
    expect(result.value.skipped).toEqual([]);
    const groups = new Set(result.value.drafts.map((d) => d.group));
    expect(groups).toContain('media');
    expect(groups).toContain('emergencyServices');
    expect(groups).toContain('Vitale partners');
    expect(new Set(result.value.drafts.map((d) => d.priority))).toEqual(new Set([1, 2, 3]));
    expect(result.value.drafts.some((d) => d.notes.includes('\n'))).toBe(true);
  });
});

describe('csvExport', () => {
  const directory = [
    stakeholder({
      contacts: [
        { kind: 'phone', label: 'mobiel', value: '+31 6 1234 5678' },
        { kind: 'phone', label: '', value: '030 123 4567' },
        { kind: 'email', label: 'werk', value: 'anna@utrecht.example' },
        { kind: 'other', label: 'Signal', value: '+31 6 1234 5678' },
        { kind: 'other', label: '', value: 'https://x.example/a;b' },
        { kind: 'other', label: '', value: 'note: with colon' },
      ],
      languages: ['nl', 'en'],
      notes: '=HYPERLINK("http://evil.example")\nsecond line; with "quotes"',
    }),
    stakeholder({
      id: '0190f5e2-0000-7000-8000-000000000002' as StakeholderId,
      kind: 'organisation',
      name: '@NOS',
      organisation: '',
      group: 'Vitale partners',
      priority: 3,
      notes: '-5 graden',
    }),
    stakeholder({ name: 'Gone', removedAt: '2026-02-01T00:00:00.000Z' }),
  ];

  it('round-trips through csvPreview, csvMappingGuess and csvImport, in English and Dutch', () => {
    for (const language of ['en', 'nl'] as const) {
      for (const delimiter of [',', ';'] as const) {
        const result = imported(csvExport(directory, { language, delimiter }));
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        const expected = directory
          .filter((s) => s.removedAt === null)
          .map(({ id: _id, createdAt: _c, removedAt: _r, ...draft }) => draft);
        expect(result.value.drafts).toEqual(expected);
      }
    }
  });

  it('neutralises formulas, leaves out removed stakeholders and starts with a BOM for Excel', () => {
    const text = csvExport(directory);
    expect(text.startsWith('\ufeffName,Kind,Organisation,Group,Priority,Phone,E-mail,Other contact,')).toBe(
      true,
    );
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")`);
    expect(text).toContain(`"'@NOS",organisation`);
    expect(text).toContain(`"'-5 graden"`);
    expect(text).toContain('Vitale partners');
    expect(text).not.toContain('Gone');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
  });
});
