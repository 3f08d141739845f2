import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { IncidentData } from '../../../shared/archive/incident-data';
import { reportBuild } from '../../../shared/report/report-build';
import { notificationsCsv, timelineCsv } from '../../../shared/report/report-csv';
import { reportHtml } from '../../../shared/report/report-html';
import { reportMarkdown } from '../../../shared/report/report-markdown';
import { reportFormat } from '../../../shared/report/report-texts';
import { exerciseData } from '../../fixtures/report/exercise';
import { testTexts } from '../../fixtures/report/texts';

const GENERATED_AT = '2026-11-26T12:00:00.000Z';
const report = reportBuild(exerciseData, { generatedAt: GENERATED_AT });
const languages = ['en', 'nl'] as const;

/** Everything in the document that could load or run something. */
const ACTIVE = /<script|<link|<iframe|<img|<object|<embed|\bsrc=|\bhref="(?!#)|url\(|@import|https?:\/\//i;

describe('reportHtml', () => {
  it.each(languages)('is one self-contained document in %s, with nothing to load or run', (language) => {
    const html = reportHtml(report, testTexts(language));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).not.toMatch(ACTIVE);
    expect(html.match(/<style>/g)).toHaveLength(1);
    // No key left untranslated.
    expect(html).not.toContain('reportDoc.');
  });

  it('escapes user text, in the title, the tables and the page rules', () => {
    const html = reportHtml(report, testTexts('en'));
    expect(html).toContain('Smoke seen above hall 3 &lt;b&gt;big&lt;/b&gt; &amp; rising');
    expect(html).toContain(
      '<title>EXERCISE: Post-incident report: Fire at depot &lt;Botlek&gt; &amp; smoke</title>',
    );
    expect(html).not.toContain('<b>big</b>');
    expect(html).not.toContain('<Botlek>');
    // In the @page footer the title is a CSS string: no angle bracket can close the <style> element.
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(style).toContain('Fire at depot \\3c Botlek\\3e  & smoke');
  });

  it('cannot be broken out of by hostile text', () => {
    const hostile = '</style><script>alert(1)</script>"\'\n\\';
    const data: IncidentData = {
      ...exerciseData,
      incident: { ...exerciseData.incident, title: hostile },
      timeline: exerciseData.timeline.map((e) => ({ ...e, text: hostile, event: null, authorName: hostile })),
    };
    const html = reportHtml(reportBuild(data, { generatedAt: GENERATED_AT }), testTexts('en'));
    expect(html).not.toContain('<script');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it.each(languages)(
    'marks an exercise in its title, on every printed page and at the top (%s)',
    (language) => {
      const texts = testTexts(language);
      const html = reportHtml(report, texts);
      const mark = texts.t('reportDoc.exerciseMark');
      expect(html).toMatch(new RegExp(`<title>${texts.t('reportDoc.exercise')}: `));
      expect(html).toContain(`<div class="exercise-band" role="note">${mark}</div>`);
      expect(html).toMatch(/\.exercise-band \{ position: fixed;/);
      expect(html).toMatch(/@page \{[^}]*@top-center \{ content: "[^"]+"/);
      const real = reportHtml(
        reportBuild(
          { ...exerciseData, incident: { ...exerciseData.incident, exercise: false } },
          { generatedAt: GENERATED_AT },
        ),
        texts,
      );
      expect(real).not.toContain(mark);
      expect(real).not.toContain('exercise-band"');
    },
  );

  it('prints for A4 with table headers repeated and rows kept whole', () => {
    const html = reportHtml(report, testTexts('en'));
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid;');
  });

  it('prints the full timeline as a logbook: one line per entry, amended ones marked, authors with roles', () => {
    const html = reportHtml(report, testTexts('en'));
    const section = html.slice(html.indexOf('<section id="timeline"'));
    const log = section.slice(0, section.indexOf('</section>'));
    const lines =
      log.match(/<p(?: class="(?:retracted|corrected|amendment)")?><span class="n">#\d+<\/span>/g) ?? [];
    expect(lines).toHaveLength(report.timeline.length);
    expect(log).not.toContain('<table');
    for (const row of report.timeline.filter((r) => r.status !== 'current'))
      expect(log).toMatch(new RegExp(`<p class="${row.status}"><span class="n">#${row.number}</span>`));
    const authored = report.timeline.find((r) => r.entry.authorRole === 'scribe')!;
    expect(log).toContain(`<span class="a">${authored.entry.authorName}, Scribe</span>`);
  });

  it('draws the phases and the response times as SVG with a text alternative, values also as text', () => {
    const texts = testTexts('en');
    const f = reportFormat(texts);
    const html = reportHtml(report, texts);
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      expect(svg).toMatch(/^<svg role="img"[^>]*aria-labelledby="chart-\d-t chart-\d-d"/);
      expect(svg).toMatch(/<title id="chart-\d-t">[^<]+<\/title><desc id="chart-\d-d">[^<]+<\/desc>/);
    }
    const [phases, durations] = svgs as [string, string];
    expect(phases.match(/<rect /g)).toHaveLength(4);
    expect(phases).toContain('23/11/2026 10:00 – 24/11/2026 15:00 (1 d 5 h 00 min)');
    // Eleven bars: first statement, first and all informed for three priorities, four approvals.
    expect(durations.match(/<text x="0"/g)).toHaveLength(11);
    for (const value of [
      '1 h 35 min',
      '15 min',
      '25 min',
      '1 h 45 min',
      '1 d 0 h 00 min',
      '18 min',
      '40 min',
    ])
      expect(durations).toContain(`>${value}</text>`);
    expect(durations).toContain('>not all informed</text>');
    expect(f.duration(report.metrics.longestGap!.ms)).toBe('1 d 1 h 25 min');
    expect(html).toContain('<td>1 d 1 h 25 min</td>');
  });

  it('shows times in the named zone, and says which zone', () => {
    expect(reportHtml(report, testTexts('en'))).toContain('All times in the time zone Europe/Amsterdam');
    expect(reportHtml(report, testTexts('en'))).toContain('<td>23/11/2026 09:05</td>');
    const utc = reportHtml(report, testTexts('nl', 'UTC'));
    expect(utc).toContain('Alle tijden in de tijdzone UTC');
    expect(utc).toContain('<td>23-11-2026 08:05</td>');
  });

  it.each(languages)('shows system entries and vocabulary in the reader’s language (%s)', (language) => {
    const html = reportHtml(report, testTexts(language));
    const expected =
      language === 'en'
        ? [
            'Phase changed from Detected to Assessing',
            'Press release',
            'CORRECTED by #8',
            'RETRACTED by #11',
            'Crisis lead',
          ]
        : [
            'Fase gewijzigd van Gesignaleerd naar Beoordelen',
            'Persbericht',
            'GECORRIGEERD door #8',
            'INGETROKKEN door #11',
            'Crisisleider',
          ];
    for (const text of expected) expect(html).toContain(text);
  });
});

describe('reportMarkdown', () => {
  it.each(languages)(
    'holds every section, entry and approval in %s, with user markup escaped',
    (language) => {
      const texts = testTexts(language);
      const md = reportMarkdown(report, texts);
      expect(md.startsWith(`> **${texts.t('reportDoc.exerciseMark')}**`)).toBe(true);
      for (const id of ['summary', 'keyMoments', 'metrics', 'decisions', 'communications', 'timeline'])
        expect(md).toContain(`## ${texts.t(`reportDoc.sections.${id}`)}`);
      expect(md).toContain('Smoke seen above hall 3 \\<b\\>big\\</b\\> \\& rising');
      expect(md).not.toContain('<b>');
      expect(md).not.toMatch(ACTIVE);
      // The body of a statement, line by line in a quote.
      expect(md).toContain('> A fire broke out at our depot.\n> Nobody was hurt.');
      for (const row of report.timeline) expect(md).toContain(`| #${row.number} |`);
      for (const name of ['Carla Leider', 'Lotte Jurist']) expect(md).toContain(name);
      expect(md).not.toContain('reportDoc.');
    },
  );

  it('keeps a multi-line cell on its row and escapes what would start a list or heading in a quote', () => {
    const data: IncidentData = {
      ...exerciseData,
      timeline: [{ ...exerciseData.timeline[1]!, text: 'line one\nline | two' }],
      draftVersions: exerciseData.draftVersions.map((v) => ({
        ...v,
        body: '# Not a heading\n- not a list\n1. nor this',
      })),
    };
    const md = reportMarkdown(reportBuild(data, { generatedAt: GENERATED_AT }), testTexts('en'));
    expect(md).toContain('| line one<br>line \\| two |');
    expect(md).toContain('> \\# Not a heading\n> \\- not a list\n> 1\\. nor this');
  });
});

describe('report CSV', () => {
  const parse = (csv: string) => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    return Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter: ',' }).data;
  };

  it.each(languages)(
    'timeline in %s: every entry in order, header in the language, times in the zone',
    (language) => {
      const texts = testTexts(language);
      const [header, ...rows] = parse(timelineCsv(report, texts));
      expect(header![1]).toBe(
        language === 'en' ? 'Occurred (Europe/Amsterdam)' : 'Gebeurd (Europe/Amsterdam)',
      );
      expect(rows).toHaveLength(report.timeline.length);
      expect(rows.map((r) => r[0])).toEqual(report.timeline.map((r) => String(r.number)));
      expect(rows[0]![1]).toBe('2026-11-23 09:00');
      expect(rows[1]![4]).toBe('Smoke seen above hall 3 <b>big</b> & rising');
      expect(rows[3]![9]).toBe(language === 'en' ? 'CORRECTED by #8' : 'GECORRIGEERD door #8');
      expect(rows[10]![9]).toBe(language === 'en' ? 'Retraction of #9' : 'Intrekking van #9');
    },
  );

  it('notifications: priority 1 first, everything a separate column, unknown and not informed said so', () => {
    const [header, ...rows] = parse(notificationsCsv(report, testTexts('en')));
    expect(header).toEqual([
      'Priority',
      'Stakeholder',
      'Organisation',
      'Group',
      'Status',
      'Who informs',
      'Informed (Europe/Amsterdam)',
      'Informed by',
      'Via',
      'Acknowledged (Europe/Amsterdam)',
      'Note',
    ]);
    expect(rows[1]).toEqual([
      '1',
      'Veiligheidsregio Rotterdam-Rijnmond',
      '',
      'Authorities',
      'Acknowledged',
      'Carla Leider',
      '2026-11-23 09:25',
      'Carla Leider',
      'phone',
      '2026-11-23 09:40',
      '',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['1', '1', '2', '2', '3']);
    expect(rows[4]!.slice(4, 7)).toEqual(['To inform', 'Wim Schrijver', '']);
  });

  it('guards against formulas and takes the delimiter asked for', () => {
    const data: IncidentData = {
      ...exerciseData,
      timeline: [{ ...exerciseData.timeline[1]!, text: '=HYPERLINK("x")\nmore' }],
    };
    const csv = timelineCsv(reportBuild(data, { generatedAt: GENERATED_AT }), testTexts('nl'), {
      delimiter: ';',
    });
    const [header, row] = Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter: ';' }).data;
    expect(header![0]).toBe('#');
    expect(row![4]).toBe('\'=HYPERLINK("x")\nmore');
  });
});
