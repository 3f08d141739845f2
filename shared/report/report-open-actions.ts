/**
 * What is left to do when the report is made, and what the team learned. Open actions are derived from
 * the same records as the rest of the report, so they agree with it: open checklist steps, stakeholders
 * not informed or not acknowledged, drafts waiting for approval and follow-ups not done.
 */
import { lessonOrder, type Lesson } from '../domain/lesson';
import type { DraftRecordsOf } from './report-drafts';
import type { ReportChecklist, ReportLessons, ReportNotification, ReportOpenActions } from './report-model';

/** Lessons by kind, in the order they were written; removed ones left out. */
export function reportLessons(lessons: readonly Lesson[]): ReportLessons {
  const kept = lessons.filter((l) => l.removedAt === null).sort(lessonOrder);
  return {
    wentWell: kept.filter((l) => l.kind === 'wentWell'),
    wentBadly: kept.filter((l) => l.kind === 'wentBadly'),
    followUp: kept.filter((l) => l.kind === 'followUp'),
  };
}

function draftsWaiting(drafts: Iterable<DraftRecordsOf>): ReportOpenActions['draftsWaiting'] {
  const waiting: ReportOpenActions['draftsWaiting'] = [];
  for (const { draft, state } of drafts) {
    if (!draft || !state || draft.removedAt !== null || state.status !== 'inReview') continue;
    const pending = state.roles.filter((r) => r.state === 'pending');
    waiting.push({
      title: draft.title,
      versionNumber: state.latest ? (state.numbers.get(state.latest.id) ?? null) : null,
      pendingRoles: pending.map((r) => r.role),
      waitingSince: state.request?.at ?? null,
    });
  }
  return waiting;
}

export function reportOpenActions(
  checklists: readonly ReportChecklist[],
  notifications: readonly ReportNotification[],
  drafts: Iterable<DraftRecordsOf>,
  lessons: ReportLessons,
): ReportOpenActions {
  return {
    checklistItems: checklists.flatMap((c) =>
      c.items.filter((item) => item.status === 'open').map((item) => ({ channelName: c.channelName, item })),
    ),
    notInformed: notifications.filter((n) => n.status === 'toInform'),
    notAcknowledged: notifications.filter((n) => n.status === 'informed'),
    draftsWaiting: draftsWaiting(drafts),
    followUps: lessons.followUp.filter((l) => !l.done),
  };
}
