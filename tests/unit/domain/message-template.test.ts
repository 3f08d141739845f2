import { describe, expect, it } from 'vitest';
import { channelFit } from '../../../shared/domain/channel-fit';
import { DRAFT_TITLE_MAX, draftKinds } from '../../../shared/domain/draft';
import {
  messageTemplateSchema,
  templateValidate,
  TEMPLATE_BODY_MAX,
  TEMPLATE_NAME_MAX,
  type MessageTemplate,
  type MessageTemplateInput,
} from '../../../shared/domain/message-template';
import { defaultMessageTemplates, messageTemplateId } from '../../../shared/domain/message-template-defaults';
import { ORGANISATION_ID, type Organisation } from '../../../shared/domain/organisation';
import {
  draftFromTemplate,
  placeholders,
  placeholderValues,
  templateFill,
} from '../../../shared/domain/template-fill';

const T0 = '2026-11-24T08:00:00.000Z';
// 14:05 in Amsterdam (CET, UTC+1) on Tuesday 24 November 2026.
const NOW = new Date('2026-11-24T13:05:00.000Z');
const ZONE = 'Europe/Amsterdam';

const org: Organisation = {
  id: ORGANISATION_ID,
  name: 'Havenbedrijf Noordzee',
  phoneLine: '0800 123 4567',
  website: 'www.havenbedrijf-noordzee.nl/actueel',
};
const incident = { title: 'Brand in loods 7 aan de Waalhaven' };

describe('templateFill', () => {
  it('replaces the known placeholders that have a value, every time they occur', () => {
    expect(
      templateFill('{organisation}: {incident}. {organisation} belt {phoneLine}.', {
        organisation: 'Acme',
        incident: 'Storing',
        phoneLine: '0800 1234',
      }),
    ).toEqual({ body: 'Acme: Storing. Acme belt 0800 1234.', missing: [] });
  });

  it('leaves placeholders without a value in the text and lists each once, in order', () => {
    expect(
      templateFill('Bel {phoneLine} of kijk op {website}. Nogmaals: {phoneLine}.', {
        phoneLine: '  ',
        organisation: 'Acme',
      }),
    ).toEqual({
      body: 'Bel {phoneLine} of kijk op {website}. Nogmaals: {phoneLine}.',
      missing: ['phoneLine', 'website'],
    });
  });

  it('leaves unknown placeholders and [blanks] alone', () => {
    expect(templateFill('{Organisation} {location} [tijdstip] {time', { time: '14:05' })).toEqual({
      body: '{Organisation} {location} [tijdstip] {time',
      missing: [],
    });
  });

  it('does not fill a value into another value', () => {
    expect(templateFill('{incident} – {time}', { incident: 'Lek bij {time}', time: '14:05' }).body).toBe(
      'Lek bij {time} – 14:05',
    );
  });
});

describe('placeholderValues', () => {
  it('gives the time as 14:05 and the date in the language’s long format', () => {
    expect(placeholderValues(org, incident, NOW, 'nl', ZONE)).toEqual({
      organisation: 'Havenbedrijf Noordzee',
      incident: 'Brand in loods 7 aan de Waalhaven',
      time: '14:05',
      date: '24 november 2026',
      phoneLine: '0800 123 4567',
      website: 'www.havenbedrijf-noordzee.nl/actueel',
    });
    expect(placeholderValues(org, incident, NOW, 'en', ZONE)).toMatchObject({
      time: '14:05',
      date: '24 November 2026',
    });
    expect(placeholderValues(org, incident, new Date('2026-11-24T23:30:00Z'), 'en', ZONE)).toMatchObject({
      time: '00:30',
      date: '25 November 2026',
    });
  });

  it('leaves out organisation details that are empty or unknown, so they show as missing', () => {
    const values = placeholderValues({ ...org, phoneLine: ' ', website: '' }, incident, NOW, 'en', ZONE);
    expect(Object.keys(values).sort()).toEqual(['date', 'incident', 'organisation', 'time']);
    expect(Object.keys(placeholderValues(undefined, incident, NOW, 'en')).sort()).toEqual([
      'date',
      'incident',
      'time',
    ]);
  });
});

describe('templateValidate', () => {
  const input: MessageTemplateInput = {
    kind: 'socialPost',
    language: 'nl',
    name: '  Korte post ',
    body: '\n{incident}: we werken eraan. \n',
    preApproved: false,
  };

  it('trims the name and the text', () => {
    expect(templateValidate(input)).toEqual({
      ok: true,
      value: { ...input, name: 'Korte post', body: '{incident}: we werken eraan.' },
    });
  });

  it.each([
    ['an empty name', { name: '   ' }, 'template.nameEmpty'],
    ['an empty text', { body: ' \n ' }, 'template.bodyEmpty'],
    ['a long name', { name: 'a'.repeat(TEMPLATE_NAME_MAX + 1) }, 'template.tooLong'],
    ['a long text', { body: 'a'.repeat(TEMPLATE_BODY_MAX + 1) }, 'template.tooLong'],
  ] as const)('refuses %s', (_, change, code) => {
    expect(templateValidate({ ...input, ...change })).toMatchObject({ ok: false, error: { code } });
  });
});

describe('default templates', () => {
  const defaults = defaultMessageTemplates(T0);

  it('come in Dutch and English, nine each, every one a valid record with a derived id', () => {
    expect(defaults).toHaveLength(18);
    for (const language of ['nl', 'en'] as const)
      expect(new Set(defaults.filter((t) => t.language === language).map((t) => t.kind))).toEqual(
        new Set(draftKinds),
      );
    for (const template of defaults) expect(messageTemplateSchema.parse(template)).toEqual(template);
    expect(new Set(defaults.map((t) => t.id)).size).toBe(18);
    expect(defaultMessageTemplates('2027-01-01T00:00:00.000Z').map((t) => t.id)).toEqual(
      defaults.map((t) => t.id),
    );
    expect(messageTemplateId('holding.general', 'nl')).not.toBe(messageTemplateId('holding.general', 'en'));
  });

  it('pre-approve the holding statements only', () => {
    const approved = defaults.filter((t) => t.preApproved);
    expect(approved).toHaveLength(6);
    expect(approved.every((t) => t.kind === 'holdingStatement')).toBe(true);
  });

  it.each(defaultMessageTemplates(T0).map((t) => [t.language, t.name, t] as const))(
    '%s “%s” fills without missing placeholders, and uses only known ones',
    (_, __, template) => {
      const filled = templateFill(template.body, placeholderValues(org, incident, NOW, template.language));
      expect(filled.missing).toEqual([]);
      expect(filled.body).not.toMatch(/\{[A-Za-z]+\}/);
      expect(template.body).toContain('[');
    },
  );

  it('each tells where to find information: the website or the phone line', () => {
    for (const template of defaults) expect(template.body).toMatch(/\{website\}|\{phoneLine\}/);
  });

  it('the short social post fits X after filling in realistic values, in both languages', () => {
    const long = {
      ...org,
      name: 'Gemeentelijk Havenbedrijf Rotterdam-Noordzee',
      website: 'https://www.havenbedrijf-noordzee.nl/actueel/brand-waalhaven-loods-7',
    };
    const title = { title: 'Grote brand in loods 7 aan de Waalhaven, rook over Charlois' };
    for (const language of ['nl', 'en'] as const) {
      const social = defaults.find((t) => t.kind === 'socialPost' && t.language === language)!;
      const filled = templateFill(social.body, placeholderValues(long, title, NOW, language));
      const fit = channelFit('x', filled.body.replace('[tijdstip]', '16:00').replace('[time]', '16:00'));
      expect(fit.over).toBe(false);
      expect(fit.length).toBeLessThanOrEqual(280);
    }
  });
});

describe('draftFromTemplate', () => {
  const template: MessageTemplate = defaultMessageTemplates(T0).find(
    (t) => t.language === 'nl' && t.kind === 'holdingStatement',
  )!;

  it('fills the template and names the draft after the template and the incident', () => {
    const draft = draftFromTemplate(template, org, incident, NOW, ZONE);
    expect(draft).toMatchObject({
      kind: 'holdingStatement',
      language: 'nl',
      title: 'Holding statement – algemeen — Brand in loods 7 aan de Waalhaven',
      missing: [],
      templateId: template.id,
    });
    expect(draft.body).toMatch(/^Verklaring van Havenbedrijf Noordzee, 24 november 2026 om 14:05\n/);
    expect(draft.body).toContain('belt u 0800 123 4567 of kijkt u op www.havenbedrijf-noordzee.nl/actueel');
  });

  it('lists what is missing when the organisation’s details are not filled in', () => {
    expect(draftFromTemplate(template, undefined, incident, NOW).missing).toEqual([
      'organisation',
      'phoneLine',
      'website',
    ]);
  });

  it('keeps the title within the limit', () => {
    const title = draftFromTemplate(template, org, { title: 'x'.repeat(300) }, NOW).title;
    expect(title.length).toBe(DRAFT_TITLE_MAX);
    expect(title.endsWith('…')).toBe(true);
  });

  it('knows every placeholder it documents', () => {
    expect(placeholders).toEqual(['organisation', 'incident', 'time', 'date', 'phoneLine', 'website']);
  });
});
