import { describe, expect, it } from 'vitest';
import type { Approval } from '../../../shared/domain/approval';
import type { ApprovalId } from '../../../shared/domain/ids';
import { reportBuild } from '../../../shared/report/report-build';
import { exerciseData } from '../../fixtures/report/exercise';
import { GENERATED_AT, missingData } from '../../fixtures/report/missing-data';
import { uuid } from '../../fixtures/report/records';

const MIN = 60_000;
const HOUR = 60 * MIN;
const metrics = reportBuild(exerciseData, { generatedAt: '2026-11-26T12:00:00.000Z' }).metrics;

describe('metrics of the exercise', () => {
  it('time to first statement: from opening to the first publication on any channel', () => {
    expect(metrics.firstStatement).toEqual({
      at: '2026-11-23T09:35:00.000Z',
      ms: 95 * MIN,
      channelName: '@acme',
      draftTitle: 'Holding statement depot fire',
    });
  });

  it('time to inform each priority group: the first and the last, or not all informed', () => {
    expect(metrics.informByPriority).toEqual([
      { priority: 1, total: 2, informed: 2, firstMs: 15 * MIN, lastMs: 25 * MIN },
      { priority: 2, total: 2, informed: 2, firstMs: 105 * MIN, lastMs: 24 * HOUR },
      { priority: 3, total: 1, informed: 0, firstMs: null, lastMs: null },
    ]);
  });

  it('approval lead time per reviewed version: request until every required role approved', () => {
    expect(
      metrics.approvalLeadTimes.map((a) => [a.draftTitle, a.versionNumber, a.ms, a.rejections, a.outcome]),
    ).toEqual([
      ['Holding statement depot fire', 1, null, 1, 'rejected'],
      ['Holding statement depot fire', 2, 18 * MIN, 0, 'approved'],
      ['Press release depot fire', 4, 40 * MIN, 0, 'approved'],
      ['Message to staff', 1, null, 0, 'pending'],
    ]);
    expect(metrics.approvalLeadTimes[1]).toMatchObject({
      requestedAt: '2026-11-23T09:12:00.000Z',
      approvedAt: '2026-11-23T09:30:00.000Z',
    });
  });

  it('a role that rejects and then approves the same version counts from the request to that approval', () => {
    const [request, approve, reject] = exerciseData.approvals as [Approval, Approval, Approval];
    const later: Approval = {
      ...reject,
      id: uuid<ApprovalId>('approval', 99),
      kind: 'approve',
      comment: '',
      at: '2026-11-23T09:08:00.000Z',
    };
    const m = reportBuild(
      { ...exerciseData, approvals: [request, approve, reject, later] },
      { generatedAt: '2026-11-26T12:00:00.000Z' },
    ).metrics;
    // v1 of the holding statement is no longer current, but its lead time is what it was: 08:55 → 09:08.
    expect(m.approvalLeadTimes[0]).toMatchObject({ ms: 13 * MIN, rejections: 1, outcome: 'approved' });
  });

  it('gaps between updates: from opening to the first, then between the first publications of versions', () => {
    expect(metrics.updateGaps.map((g) => [g.from, g.to, g.ms, g.fromOpening])).toEqual([
      ['2026-11-23T08:00:00.000Z', '2026-11-23T09:35:00.000Z', 95 * MIN, true],
      ['2026-11-23T09:35:00.000Z', '2026-11-24T11:00:00.000Z', 25 * HOUR + 25 * MIN, false],
    ]);
    expect(metrics.longestGap?.ms).toBe(25 * HOUR + 25 * MIN);
  });

  it('counts what happened', () => {
    expect(metrics.counts).toEqual({
      entries: 16,
      byKind: {
        observation: 4,
        decision: 3,
        action: 1,
        communication: 0,
        inquiry: 2,
        stakeholder: 0,
        system: 6,
      },
      corrections: 1,
      retractions: 1,
      pinned: 3,
      drafts: 3,
      versions: 7,
      publications: 3,
      withdrawals: 1,
      approvals: 6,
      rejections: 1,
      notifications: { total: 5, toInform: 1, informed: 2, acknowledged: 2 },
      checklist: { total: 5, done: 3, notApplicable: 1, open: 1 },
      lessons: 4,
    });
  });
});

describe('metrics with nothing published and a stakeholder missing', () => {
  const m = reportBuild(missingData, { generatedAt: GENERATED_AT }).metrics;

  it('has no first statement, no gaps and no lead times', () => {
    expect(m.firstStatement).toBeNull();
    expect(m.updateGaps).toEqual([]);
    expect(m.longestGap).toBeNull();
    expect(m.approvalLeadTimes).toEqual([]);
  });

  it('leaves the notification of an unknown stakeholder out of the priority groups', () => {
    expect(m.informByPriority).toEqual([
      { priority: 1, total: 0, informed: 0, firstMs: null, lastMs: null },
      { priority: 2, total: 1, informed: 0, firstMs: null, lastMs: null },
      { priority: 3, total: 0, informed: 0, firstMs: null, lastMs: null },
    ]);
    expect(m.counts.notifications).toEqual({ total: 2, toInform: 1, informed: 1, acknowledged: 0 });
  });
});
