import { describe, expect, it } from 'vitest';
import { reportBuild } from '../../../shared/report/report-build';
import { notificationsCsv, timelineCsv } from '../../../shared/report/report-csv';
import { reportHtml } from '../../../shared/report/report-html';
import { reportMarkdown } from '../../../shared/report/report-markdown';
import { exerciseData } from '../../fixtures/report/exercise';
import { GENERATED_AT, lead, missingData } from '../../fixtures/report/missing-data';
import { uuid } from '../../fixtures/report/records';
import { testTexts } from '../../fixtures/report/texts';

const report = reportBuild(missingData, { generatedAt: GENERATED_AT });

describe('a report from incomplete records', () => {
  it('shows an open incident as still open, its clock running until the report was made', () => {
    expect(report.summary.closedAt).toBeNull();
    expect(report.summary.durationMs).toBe(3.5 * 3_600_000);
    expect(report.summary.phases).toEqual([
      {
        phase: 'detected',
        start: '2026-11-30T10:00:00.000Z',
        end: '2026-11-30T10:30:00.000Z',
        durationMs: 30 * 60_000,
      },
      { phase: 'responding', start: '2026-11-30T10:30:00.000Z', end: null, durationMs: 3 * 3_600_000 },
    ]);
  });

  it('shows vacant key roles as vacant', () => {
    expect(report.summary.roles.map((r) => [r.role, r.holder])).toEqual([
      ['crisisLead', null],
      ['spokesperson', null],
      ['pressOfficer', null],
      ['legal', null],
    ]);
  });

  it('keeps a notification whose stakeholder is missing, as unknown and last', () => {
    expect(report.notifications.map((n) => [n.stakeholder?.name ?? null, n.status])).toEqual([
      ['Customers NL', 'toInform'],
      [null, 'informed'],
    ]);
    // Assigned to a member this data does not know: the id is kept, the name unknown.
    expect(report.notifications[0]!.assignee).toEqual({ id: uuid('member', 77), name: null });
    expect(report.notifications[1]!.informedBy).toEqual({ id: lead.id, name: lead.name });
  });

  it('has no communications, and a checklist of a missing channel under an unknown name', () => {
    expect(report.communications).toEqual([]);
    expect(report.checklists).toMatchObject([{ channelName: null, open: 1, percent: 0 }]);
  });

  it('keeps a correction whose original is missing, pointing at nothing', () => {
    expect(report.timeline[2]).toMatchObject({
      status: 'current',
      amends: { type: 'correction', id: uuid('entry', 99), number: null },
    });
  });

  it('reports a publication whose version or draft is missing as an unknown version of an unknown draft', () => {
    const data = {
      ...exerciseData,
      drafts: exerciseData.drafts.filter((d) => d.id !== uuid('draft', 1)),
      draftVersions: exerciseData.draftVersions.filter((v) => v.id !== uuid('version', 2)),
    };
    const holding = reportBuild(data, { generatedAt: GENERATED_AT }).communications[0]!;
    expect(holding).toMatchObject({ title: null, kind: null, language: null, requiredRoles: [] });
    expect(holding.versions[0]).toMatchObject({ number: null, body: null, authorName: null });
    expect(holding.versions[0]!.publications).toHaveLength(2);
    const html = reportHtml(reportBuild(data, { generatedAt: GENERATED_AT }), testTexts('en'));
    expect(html).toContain('Unknown draft');
    expect(html).toContain('The text of this version is not in the data.');
  });

  it.each(['en', 'nl'] as const)('renders in %s, saying what is unknown, none or still open', (language) => {
    const texts = testTexts(language);
    const words =
      language === 'en'
        ? ['still open', 'vacant', 'Unknown stakeholder', 'Unknown channel', 'Nothing was published.', 'None']
        : [
            'nog open',
            'vacant',
            'Onbekende belanghebbende',
            'Onbekend kanaal',
            'Er is niets gepubliceerd.',
            'Geen',
          ];
    const html = reportHtml(report, texts);
    const markdown = reportMarkdown(report, texts);
    for (const word of words) {
      expect(html).toContain(word);
      expect(markdown).toContain(word);
    }
    expect(html).not.toContain(texts.t('reportDoc.exerciseMark'));
    expect(timelineCsv(report, texts).split('\r\n')).toHaveLength(1 + 3 + 1);
    expect(notificationsCsv(report, texts)).toContain(texts.t('reportDoc.stakeholderUnknown'));
  });
});
