import { describe, expect, it } from 'vitest';
import {
  stakeholderKey,
  stakeholdersFilter,
  stakeholderValidate,
  type Priority,
  type Stakeholder,
} from '../../../shared/domain/stakeholder';
import { draft, refused, stakeholder, T1 } from './people-fixtures';

describe('stakeholder drafts', () => {
  it('trims text, drops empty contacts, and lower-cases and dedupes languages', () => {
    const result = stakeholderValidate({
      ...draft,
      name: '  Anna de Vries ',
      organisation: ' Gemeente Zaanstad  ',
      group: ' media ',
      contacts: [
        { kind: 'email', label: ' work ', value: ' anna@zaanstad.nl ' },
        { kind: 'phone', label: 'mobile', value: '   ' },
        { kind: 'phone', label: '', value: '+31 (0)75-681 68 16' },
      ],
      languages: [' NL', 'nl', 'en ', 'EN', 'x', ''],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        ...draft,
        name: 'Anna de Vries',
        organisation: 'Gemeente Zaanstad',
        group: 'media',
        contacts: [
          { kind: 'email', label: 'work', value: 'anna@zaanstad.nl' },
          { kind: 'phone', label: '', value: '+31 (0)75-681 68 16' },
        ],
        languages: ['nl', 'en'],
      },
    });
  });

  it('refuses a blank or over-long name, group, priority and notes', () => {
    refused(stakeholderValidate({ ...draft, name: '   ' }), 'stakeholder.nameEmpty');
    refused(stakeholderValidate({ ...draft, name: 'x'.repeat(201) }), 'stakeholder.nameTooLong');
    refused(stakeholderValidate({ ...draft, group: '  ' }), 'stakeholder.groupInvalid');
    refused(stakeholderValidate({ ...draft, group: 'g'.repeat(61) }), 'stakeholder.groupInvalid');
    refused(stakeholderValidate({ ...draft, priority: 4 as Priority }), 'stakeholder.priorityInvalid');
    refused(stakeholderValidate({ ...draft, notes: 'n'.repeat(4001) }), 'stakeholder.notesTooLong');
    expect(stakeholderValidate({ ...draft, name: 'x'.repeat(200), notes: 'n'.repeat(4000) }).ok).toBe(true);
  });

  it('checks e-mail addresses and phone numbers, and names the value that is wrong', () => {
    const email = stakeholderValidate({
      ...draft,
      contacts: [{ kind: 'email', label: '', value: 'anna.zaanstad.nl' }],
    });
    expect(email).toEqual({
      ok: false,
      error: { code: 'stakeholder.emailInvalid', detail: 'anna.zaanstad.nl' },
    });
    refused(
      stakeholderValidate({ ...draft, contacts: [{ kind: 'phone', label: '', value: 'call the desk' }] }),
      'stakeholder.phoneInvalid',
    );
    // "other" contact points are free text: a URL or a Signal handle is fine.
    expect(
      stakeholderValidate({
        ...draft,
        contacts: [{ kind: 'other', label: 'web', value: 'zaanstad.nl/pers' }],
      }).ok,
    ).toBe(true);
    const tooMany = Array.from({ length: 21 }, () => ({ kind: 'phone' as const, label: '', value: '112' }));
    refused(stakeholderValidate({ ...draft, contacts: tooMany }), 'stakeholder.contactInvalid');
  });

  it('refuses more than ten languages or a language code that is too long', () => {
    const eleven = ['nl', 'en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'tr', 'ar', 'uk'];
    refused(stakeholderValidate({ ...draft, languages: eleven }), 'stakeholder.languageInvalid');
    // Duplicates count once, so eleven entries naming ten languages are fine.
    expect(stakeholderValidate({ ...draft, languages: [...eleven.slice(0, 10), 'NL'] }).ok).toBe(true);
    refused(stakeholderValidate({ ...draft, languages: ['nl-NL-x-private'] }), 'stakeholder.languageInvalid');
  });

  it('reports the first problem only', () => {
    refused(
      stakeholderValidate({ ...draft, name: '', contacts: [{ kind: 'email', label: '', value: 'nope' }] }),
      'stakeholder.nameEmpty',
    );
  });

  it('treats rows with the same name and organisation, in another case or accent, as one', () => {
    expect(stakeholderKey({ name: ' Rene Dupont', organisation: 'GGD' })).toBe(
      stakeholderKey({ name: 'René DUPONT ', organisation: 'ggd' }),
    );
    expect(stakeholderKey({ name: 'René Dupont', organisation: 'GGD' })).not.toBe(
      stakeholderKey({ name: 'René Dupont', organisation: 'Politie' }),
    );
  });
});

describe('the stakeholder directory listing', () => {
  const cafe = stakeholder('Café de Zwaan', { group: 'residents', priority: 3, notes: 'next to hall 3' });
  const ggd = stakeholder('GGD Zaanstreek', { group: 'emergencyServices', priority: 1 });
  const mayor = stakeholder('Burgemeester', { organisation: 'Gemeente Zaanstad', priority: 1 });
  const press = stakeholder('ANP', {
    group: 'media',
    priority: 2,
    contacts: [{ kind: 'email', label: 'desk', value: 'redactie@anp.nl' }],
  });
  const gone = stakeholder('Cafe Oud', { group: 'residents', priority: 3, removedAt: T1 });
  const all = [cafe, ggd, mayor, press, gone];
  const none = { query: '', group: null, priority: null };
  const names = (list: Stakeholder[]) => list.map((s) => s.name);

  it('lists everyone not removed, priority 1 first, then by name', () => {
    expect(names(stakeholdersFilter(all, none))).toEqual([
      'Burgemeester',
      'GGD Zaanstreek',
      'ANP',
      'Café de Zwaan',
    ]);
  });

  it('matches a query regardless of case and accents, on either side', () => {
    expect(names(stakeholdersFilter(all, { ...none, query: 'CAFE' }))).toEqual(['Café de Zwaan']);
    expect(names(stakeholdersFilter(all, { ...none, query: 'zwáán' }))).toEqual(['Café de Zwaan']);
  });

  it('needs every word of the query, found in name, organisation, notes or contacts', () => {
    expect(names(stakeholdersFilter(all, { ...none, query: 'zaanstad burgemeester' }))).toEqual([
      'Burgemeester',
    ]);
    expect(names(stakeholdersFilter(all, { ...none, query: 'hall   3' }))).toEqual(['Café de Zwaan']);
    expect(names(stakeholdersFilter(all, { ...none, query: 'redactie@anp' }))).toEqual(['ANP']);
    expect(stakeholdersFilter(all, { ...none, query: 'zaanstad politie' })).toEqual([]);
  });

  it('filters by group and by priority, together with the query', () => {
    expect(names(stakeholdersFilter(all, { ...none, group: 'residents' }))).toEqual(['Café de Zwaan']);
    expect(names(stakeholdersFilter(all, { ...none, priority: 1 }))).toEqual([
      'Burgemeester',
      'GGD Zaanstreek',
    ]);
    expect(stakeholdersFilter(all, { query: 'ggd', group: 'authorities', priority: null })).toEqual([]);
    expect(names(stakeholdersFilter(all, { query: 'ggd', group: 'emergencyServices', priority: 1 }))).toEqual(
      ['GGD Zaanstreek'],
    );
  });

  it('never lists a removed stakeholder, even when the query matches only them', () => {
    expect(stakeholdersFilter(all, { ...none, query: 'oud' })).toEqual([]);
  });

  it('searches the text a caller supplies (a precomputed index)', () => {
    const index = new Map([[press.id, 'persbureau']]);
    const found = stakeholdersFilter(all, { ...none, query: 'persbureau' }, (s) => index.get(s.id) ?? '');
    expect(names(found)).toEqual(['ANP']);
  });
});
