/**
 * The figures a crisis team is judged on, derived from the records and never stored: time to the first
 * statement, time to inform each priority group, approval lead times, gaps between updates, and counts.
 * All durations are in milliseconds from the incident's opening unless said otherwise.
 */
import type { IncidentData } from '../archive/incident-data';
import { approvalOrder } from '../domain/approval';
import type { NotificationStatus } from '../domain/notification';
import { priorities, type Priority } from '../domain/stakeholder';
import { instantToMs, type Instant } from '../domain/time';
import { entryKinds, type EntryKind } from '../domain/timeline-entry';
import type { DraftRecordsOf } from './report-drafts';
import type { ReportNotification } from './report-model';

export interface FirstStatement {
  at: Instant;
  /** From opening until it went out. */
  ms: number;
  channelName: string;
  draftTitle: string | null;
}

export interface PriorityInformTime {
  priority: Priority;
  total: number;
  informed: number;
  /** Until the first of the group was informed; null: nobody yet. */
  firstMs: number | null;
  /** Until the last was informed; null while some are not informed ("not all informed"). */
  lastMs: number | null;
}

export interface ApprovalLeadTime {
  draftId: string;
  draftTitle: string | null;
  versionNumber: number | null;
  requestedAt: Instant;
  /** When the last required role approved; null when that never happened. */
  approvedAt: Instant | null;
  /** From the request until every required role had approved. */
  ms: number | null;
  rejections: number;
  outcome: 'approved' | 'rejected' | 'pending';
}

export interface UpdateGap {
  from: Instant;
  to: Instant;
  ms: number;
  /** The gap from the incident's opening until the first statement. */
  fromOpening: boolean;
}

export interface ReportCounts {
  entries: number;
  byKind: Record<EntryKind, number>;
  corrections: number;
  retractions: number;
  pinned: number;
  drafts: number;
  versions: number;
  publications: number;
  withdrawals: number;
  approvals: number;
  rejections: number;
  notifications: Record<NotificationStatus, number> & { total: number };
  checklist: { total: number; done: number; notApplicable: number; open: number };
  lessons: number;
}

export interface ReportMetrics {
  /** Null: nothing was published. */
  firstStatement: FirstStatement | null;
  informByPriority: PriorityInformTime[];
  approvalLeadTimes: ApprovalLeadTime[];
  /** Between the first publications of successive versions, starting from opening. */
  updateGaps: UpdateGap[];
  longestGap: UpdateGap | null;
  counts: ReportCounts;
}

const sinceMs = (from: Instant, to: Instant) => instantToMs(to) - instantToMs(from);

function firstStatement(openedAt: Instant, drafts: Iterable<DraftRecordsOf>): FirstStatement | null {
  let first: FirstStatement | null = null;
  for (const records of drafts)
    for (const p of records.publications)
      if (p.kind === 'published' && (first === null || p.at < first.at))
        first = {
          at: p.at,
          ms: sinceMs(openedAt, p.at),
          channelName: p.channelName,
          draftTitle: records.draft?.title ?? null,
        };
  return first;
}

function informByPriority(openedAt: Instant, rows: readonly ReportNotification[]): PriorityInformTime[] {
  return priorities.map((priority) => {
    const group = rows.filter((n) => n.stakeholder?.priority === priority);
    const times = group.flatMap((n) => (n.informedAt === null ? [] : [sinceMs(openedAt, n.informedAt)]));
    return {
      priority,
      total: group.length,
      informed: times.length,
      firstMs: times.length > 0 ? Math.min(...times) : null,
      lastMs: times.length > 0 && times.length === group.length ? Math.max(...times) : null,
    };
  });
}

/**
 * Per version that was sent for review: from the request until every required role's latest decision
 * was an approval. A rejection followed by the same role's approval of that version still counts.
 */
function approvalLeadTimes(drafts: Iterable<DraftRecordsOf>): ApprovalLeadTime[] {
  const out: ApprovalLeadTime[] = [];
  for (const records of drafts) {
    const required = records.draft?.requiredRoles ?? [];
    for (const request of records.approvals.filter((a) => a.kind === 'request')) {
      const version = records.versionById.get(request.versionId);
      const decisions = records.approvals
        .filter((a) => a.versionId === request.versionId && a.kind !== 'request')
        .filter((a) => version?.hash === a.hash)
        .sort(approvalOrder);
      const latest = new Map<string, string>();
      let approvedAt: Instant | null = null;
      for (const d of decisions) {
        latest.set(d.role, d.kind);
        if (required.length > 0 && required.every((role) => latest.get(role) === 'approve')) {
          approvedAt = d.at;
          break;
        }
      }
      const rejections = decisions.filter((d) => d.kind === 'reject').length;
      const rejected = [...latest.values()].includes('reject');
      out.push({
        draftId: records.draftId,
        draftTitle: records.draft?.title ?? null,
        versionNumber: records.numbers.get(request.versionId) ?? null,
        requestedAt: request.at,
        approvedAt,
        ms: approvedAt === null ? null : sinceMs(request.at, approvedAt),
        rejections,
        outcome: approvedAt !== null ? 'approved' : rejected ? 'rejected' : 'pending',
      });
    }
  }
  return out.sort((a, b) => (a.requestedAt < b.requestedAt ? -1 : a.requestedAt > b.requestedAt ? 1 : 0));
}

function updateGaps(openedAt: Instant, drafts: Iterable<DraftRecordsOf>): UpdateGap[] {
  // A version published on several channels is one update: its first publication (oldest first) counts.
  const firsts = new Map<string, Instant>();
  for (const records of drafts)
    for (const p of records.publications)
      if (p.kind === 'published' && !firsts.has(p.versionId)) firsts.set(p.versionId, p.at);
  const times = [...firsts.values()].sort();
  return times.map((to, i) => {
    const from = i === 0 ? openedAt : times[i - 1]!;
    return { from, to, ms: sinceMs(from, to), fromOpening: i === 0 };
  });
}

function counts(data: IncidentData, notifications: readonly ReportNotification[]): ReportCounts {
  const byKind = Object.fromEntries(entryKinds.map((k) => [k, 0])) as Record<EntryKind, number>;
  let corrections = 0;
  let retractions = 0;
  let pinned = 0;
  for (const e of data.timeline) {
    byKind[e.kind] += 1;
    if (e.amends?.type === 'correction') corrections += 1;
    if (e.amends?.type === 'retraction') retractions += 1;
    if (e.pinned) pinned += 1;
  }
  const status = (s: NotificationStatus) => notifications.filter((n) => n.status === s).length;
  const items = data.checklistItems;
  const decisions = data.approvals.filter((a) => a.kind !== 'request');
  return {
    entries: data.timeline.length,
    byKind,
    corrections,
    retractions,
    pinned,
    drafts: data.drafts.filter((d) => d.removedAt === null).length,
    versions: data.draftVersions.length,
    publications: data.publications.filter((p) => p.kind === 'published').length,
    withdrawals: data.publications.filter((p) => p.kind === 'withdrawn').length,
    approvals: decisions.filter((a) => a.kind === 'approve').length,
    rejections: decisions.filter((a) => a.kind === 'reject').length,
    notifications: {
      total: notifications.length,
      toInform: status('toInform'),
      informed: status('informed'),
      acknowledged: status('acknowledged'),
    },
    checklist: {
      total: items.length,
      done: items.filter((i) => i.status === 'done').length,
      notApplicable: items.filter((i) => i.status === 'notApplicable').length,
      open: items.filter((i) => i.status === 'open').length,
    },
    lessons: data.lessons.filter((l) => l.removedAt === null).length,
  };
}

export function reportMetrics(
  data: IncidentData,
  drafts: readonly DraftRecordsOf[],
  notifications: readonly ReportNotification[],
): ReportMetrics {
  const openedAt = data.incident.openedAt;
  const gaps = updateGaps(openedAt, drafts);
  return {
    firstStatement: firstStatement(openedAt, drafts),
    informByPriority: informByPriority(openedAt, notifications),
    approvalLeadTimes: approvalLeadTimes(drafts),
    updateGaps: gaps,
    longestGap: gaps.reduce<UpdateGap | null>((a, g) => (a === null || g.ms > a.ms ? g : a), null),
    counts: counts(data, notifications),
  };
}
