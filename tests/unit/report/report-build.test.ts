import { describe, expect, it } from 'vitest';
import { reportBuild } from '../../../shared/report/report-build';
import { exerciseData, lawyer, lead, press, scribe, writer } from '../../fixtures/report/exercise';
import { uuid } from '../../fixtures/report/records';

const GENERATED_AT = '2026-11-26T12:00:00.000Z';
const report = reportBuild(exerciseData, { generatedAt: GENERATED_AT });
const numberOf = (n: number) => report.timeline.find((row) => row.entry.id === uuid('entry', n))!.number;

describe('reportBuild: summary', () => {
  it('states what the incident was, when it ran and for how long', () => {
    const s = report.summary;
    expect(s).toMatchObject({
      title: 'Fire at depot <Botlek> & smoke',
      organisation: 'Acme Chemicals',
      crisisType: 'fire',
      severity: 3,
      exercise: true,
      phase: 'closed',
      openedAt: '2026-11-23T08:00:00.000Z',
      closedAt: '2026-11-25T16:30:00.000Z',
    });
    // 23 Nov 08:00 → 25 Nov 16:30: two days, eight and a half hours.
    expect(s.durationMs).toBe((2 * 24 + 8.5) * 3_600_000);
  });

  it('derives each phase from the logged phase changes, from opening to closing', () => {
    expect(report.summary.phases).toEqual([
      {
        phase: 'detected',
        start: '2026-11-23T08:00:00.000Z',
        end: '2026-11-23T08:20:00.000Z',
        durationMs: 20 * 60_000,
      },
      {
        phase: 'assessing',
        start: '2026-11-23T08:20:00.000Z',
        end: '2026-11-23T09:00:00.000Z',
        durationMs: 40 * 60_000,
      },
      {
        phase: 'responding',
        start: '2026-11-23T09:00:00.000Z',
        end: '2026-11-24T14:00:00.000Z',
        durationMs: 29 * 3_600_000,
      },
      {
        phase: 'recovering',
        start: '2026-11-24T14:00:00.000Z',
        end: '2026-11-25T16:30:00.000Z',
        durationMs: 26.5 * 3_600_000,
      },
    ]);
  });

  it('shows a closing followed by a reopening as a closed span, and the last phase as still running', () => {
    const reopened = reportBuild(
      {
        ...exerciseData,
        incident: { ...exerciseData.incident, phase: 'responding', closedAt: null },
        timeline: [
          ...exerciseData.timeline,
          {
            ...exerciseData.timeline[0]!,
            id: uuid('entry', 50),
            occurredAt: '2026-11-26T08:00:00.000Z',
            event: { key: 'phaseChanged', values: { from: 'closed', to: 'responding' } },
          },
        ],
      },
      { generatedAt: GENERATED_AT },
    );
    expect(reopened.summary.phases.slice(-2)).toEqual([
      {
        phase: 'closed',
        start: '2026-11-25T16:30:00.000Z',
        end: '2026-11-26T08:00:00.000Z',
        durationMs: 15.5 * 3_600_000,
      },
      { phase: 'responding', start: '2026-11-26T08:00:00.000Z', end: null, durationMs: 4 * 3_600_000 },
    ]);
  });

  it('lists the key roles with their holders and everyone who contributed, most active first', () => {
    expect(report.summary.roles.map((r) => [r.role, r.holder?.name ?? null])).toEqual([
      ['crisisLead', lead.name],
      ['spokesperson', writer.name],
      ['pressOfficer', press.name],
      ['legal', lawyer.name],
      ['scribe', scribe.name],
    ]);
    expect(report.summary.contributors.map((c) => c.name)).toEqual([
      lead.name,
      press.name,
      writer.name,
      scribe.name,
      lawyer.name,
    ]);
    const byName = Object.fromEntries(report.summary.contributors.map((c) => [c.name, c]));
    // Carla: 8 entries; 4 approvals, 1 stakeholder informed, 4 lessons (the removed one not counted).
    expect(byName[lead.name]).toMatchObject({ role: 'crisisLead', entries: 8, otherActions: 9 });
    // Pia: 1 version, 3 publications and 1 withdrawal, 1 stakeholder informed, 4 checklist steps.
    expect(byName[press.name]).toMatchObject({ entries: 3, otherActions: 10 });
    expect(byName[lawyer.name]).toMatchObject({ entries: 0, otherActions: 3 });
    expect(report.summary.contributors).toHaveLength(5);
  });
});

describe('reportBuild: timeline', () => {
  it('holds every entry once, in occurrence order, numbered from 1', () => {
    expect(report.timeline).toHaveLength(exerciseData.timeline.length);
    expect(report.timeline.map((row) => row.number)).toEqual(report.timeline.map((_, i) => i + 1));
    const times = report.timeline.map((row) => row.entry.occurredAt);
    expect(times).toEqual([...times].sort());
  });

  it('marks a corrected entry and a retracted one, and links each amendment both ways', () => {
    const decision = report.timeline[numberOf(4) - 1]!;
    const correction = report.timeline[numberOf(8) - 1]!;
    const rumour = report.timeline[numberOf(9) - 1]!;
    const retraction = report.timeline[numberOf(11) - 1]!;
    expect(decision.status).toBe('corrected');
    expect(decision.amendedBy).toEqual([
      { type: 'correction', id: uuid('entry', 8), number: correction.number },
    ]);
    expect(correction.amends).toEqual({ type: 'correction', id: uuid('entry', 4), number: decision.number });
    expect(correction.status).toBe('current');
    expect(rumour.status).toBe('retracted');
    expect(rumour.amendedBy).toEqual([
      { type: 'retraction', id: uuid('entry', 11), number: retraction.number },
    ]);
    expect(retraction.amends).toEqual({ type: 'retraction', id: uuid('entry', 9), number: rumour.number });
    expect(report.timeline.filter((row) => row.status !== 'current')).toHaveLength(2);
  });

  it('gathers key moments, decisions with their corrections, and inquiries', () => {
    expect(report.keyMoments.map((row) => row.entry.id)).toEqual([2, 4, 13].map((n) => uuid('entry', n)));
    expect(report.decisions.map((d) => [d.entry.entry.id, d.amendments.map((a) => a.entry.id)])).toEqual([
      [uuid('entry', 4), [uuid('entry', 8)]],
      [uuid('entry', 15), []],
    ]);
    expect(report.inquiries.map((d) => d.entry.entry.text)).toEqual([
      'NOS asks whether there are casualties',
      'RTV Rijnmond asks about air quality',
    ]);
  });
});

describe('reportBuild: communications', () => {
  const [holding, release] = report.communications;

  it('lists each draft that went out, in the order it first went out, and nothing else', () => {
    expect(report.communications.map((c) => c.title)).toEqual([
      'Holding statement depot fire',
      'Press release depot fire',
    ]);
    expect(holding).toMatchObject({
      kind: 'holdingStatement',
      language: 'en',
      requiredRoles: ['crisisLead', 'legal'],
    });
  });

  it('shows the published version with its channels, references and withdrawal', () => {
    expect(holding!.versions).toHaveLength(1);
    const v2 = holding!.versions[0]!;
    expect(v2).toMatchObject({ number: 2, body: 'A fire broke out at our depot.\nNobody was hurt.' });
    expect(v2.publications).toEqual([
      {
        channelName: '@acme',
        at: '2026-11-23T09:35:00.000Z',
        memberName: press.name,
        reference: 'x.com/acme/1',
        override: null,
        withdrawn: {
          at: '2026-11-24T11:05:00.000Z',
          memberName: press.name,
          reason: 'Superseded by the press release',
        },
      },
      {
        channelName: 'Dark site',
        at: '2026-11-23T09:40:00.000Z',
        memberName: press.name,
        reference: 'dark site front page',
        override: null,
        withdrawn: null,
      },
    ]);
    expect(v2.approvals.map((a) => [a.kind, a.role, a.memberName, a.comment, a.voided])).toEqual([
      ['request', '', writer.name, '', false],
      ['approve', 'crisisLead', lead.name, '', false],
      ['approve', 'legal', lawyer.name, 'OK to go', false],
    ]);
  });

  it('keeps the approval path: the rejected first version and the approval that its successor voided', () => {
    expect(holding!.path.map((a) => [a.versionNumber, a.kind, a.role, a.voided])).toEqual([
      [1, 'request', '', true],
      [1, 'approve', 'crisisLead', true],
      [1, 'reject', 'legal', true],
      [2, 'request', '', false],
      [2, 'approve', 'crisisLead', false],
      [2, 'approve', 'legal', false],
    ]);
    expect(holding!.path[2]!.comment).toBe('Do not speculate about the cause');
  });

  it('numbers sibling versions in the order they were written, the merge after them', () => {
    expect(release!.versions.map((v) => v.number)).toEqual([4]);
    expect(release!.versions[0]!.body).toBe('Brand bij depot Botlek onder controle: geen gewonden.');
  });
});

describe('reportBuild: people, checklists, actions and lessons', () => {
  it('orders who was informed by priority, then by when they were informed', () => {
    expect(report.notifications.map((n) => [n.stakeholder?.priority, n.stakeholder?.name, n.status])).toEqual(
      [
        [1, 'Brandweer', 'informed'],
        [1, 'Veiligheidsregio Rotterdam-Rijnmond', 'acknowledged'],
        [2, 'Staff of hall 3', 'acknowledged'],
        [2, 'Residents Botlek', 'informed'],
        [3, 'Shareholders', 'toInform'],
      ],
    );
    expect(report.notifications[1]).toMatchObject({
      assignee: { id: lead.id, name: lead.name },
      informedBy: { id: lead.id, name: lead.name },
      informedAt: '2026-11-23T08:25:00.000Z',
      acknowledgedAt: '2026-11-23T08:40:00.000Z',
      channel: 'phone',
    });
  });

  it('counts each channel checklist: done, not applicable with its reason, open', () => {
    expect(report.checklists.map((c) => [c.channelName, c.done, c.notApplicable, c.open, c.percent])).toEqual(
      [
        ['@acme', 2, 0, 1, 66],
        ['Dark site', 1, 1, 0, 100],
      ],
    );
    expect(report.checklists[0]!.items.map((i) => i.text)).toEqual([
      'Pause scheduled posts',
      'Pin the statement',
      'Reply to mentions',
    ]);
    expect(report.checklists[1]!.items[1]).toMatchObject({
      status: 'notApplicable',
      reason: 'No banner on the dark site',
    });
  });

  it('lists what is still open: steps, stakeholders, drafts waiting, follow-ups', () => {
    const o = report.openActions;
    expect(o.checklistItems.map((x) => [x.channelName, x.item.text])).toEqual([
      ['@acme', 'Reply to mentions'],
    ]);
    expect(o.notInformed.map((n) => n.stakeholder?.name)).toEqual(['Shareholders']);
    expect(o.notAcknowledged.map((n) => n.stakeholder?.name)).toEqual(['Brandweer', 'Residents Botlek']);
    expect(o.draftsWaiting).toEqual([
      {
        title: 'Message to staff',
        versionNumber: 1,
        pendingRoles: ['hr'],
        waitingSince: '2026-11-25T09:05:00.000Z',
      },
    ]);
    expect(o.followUps.map((l) => l.text)).toEqual(['Train the scribe on checking reports']);
  });

  it('lists the lessons by kind and leaves removed ones out', () => {
    expect(report.lessons.wentWell.map((l) => l.text)).toEqual(['Holding statement out within two hours']);
    expect(report.lessons.wentBadly.map((l) => l.text)).toEqual([
      'Casualty rumour logged before it was checked',
    ]);
    expect(report.lessons.followUp.map((l) => [l.text, l.owner, l.dueDate, l.done])).toEqual([
      ['Train the scribe on checking reports', 'Sam Scribe', '2026-12-15', false],
      ['Update the press list', 'Pia Pers', null, true],
    ]);
  });

  it('is the same report for the same data, whatever order the records come in', () => {
    const shuffled = {
      ...exerciseData,
      timeline: [...exerciseData.timeline].reverse(),
      approvals: [...exerciseData.approvals].reverse(),
      publications: [...exerciseData.publications].reverse(),
      notifications: [...exerciseData.notifications].reverse(),
      draftVersions: [...exerciseData.draftVersions].reverse(),
    };
    expect(reportBuild(shuffled, { generatedAt: GENERATED_AT })).toEqual(report);
  });
});
