/**
 * Who was informed, per incident. Adding stakeholders to inform, assigning who informs them, and each
 * status step; every step is also a stakeholder entry on the timeline, in the same transaction.
 */
import { DomainFailure, fail, type Result } from '../../shared/domain/errors';
import type { IncidentId, NotificationId, StakeholderId } from '../../shared/domain/ids';
import {
  notificationNew,
  notificationStep,
  type Notification,
  type StatusStep,
} from '../../shared/domain/notification';
import { ENTRY_TEXT_MAX } from '../../shared/domain/timeline-entry';
import type { Session } from './session';
import { createDrafts, eventEntry, patchDraft, recordsWrite } from './records';
import { mutate } from './write';

/** Room for the names in a "to inform" entry: other devices refuse an entry longer than ENTRY_TEXT_MAX. */
const NAMES_MAX = ENTRY_TEXT_MAX - 1000;

/** The names a "to inform" entry lists: all of them, or as many as fit and then "…" (the count says how many). */
function namesListed(names: readonly string[]): string {
  const joined = names.join(', ');
  if (joined.length <= NAMES_MAX) return joined;
  return `${joined.slice(0, joined.lastIndexOf(', ', NAMES_MAX - 3))}, …`;
}

/** Puts these stakeholders on the incident's board (those already on it are left as they are). */
export async function notificationsAdd(
  session: Session,
  incidentId: IncidentId,
  stakeholderIds: readonly StakeholderId[],
  assigneeId: string | null = null,
): Promise<Result<Notification[]>> {
  if (stakeholderIds.length === 0) return fail('notification.noneSelected');
  const { db } = session;
  return mutate(session, [db.notifications, db.stakeholders, db.incidents, db.timeline], async (s) => {
    if (!(await db.incidents.get(incidentId))) throw new DomainFailure({ code: 'incident.notFound' });
    const now = new Date().toISOString();
    const candidates = [...new Set(stakeholderIds)].map((id) =>
      notificationNew(incidentId, id, assigneeId, now),
    );
    const existing = await db.notifications.bulkGet(candidates.map((n) => n.id));
    const stakeholders = await db.stakeholders.bulkGet(candidates.map((n) => n.stakeholderId));
    const fresh = candidates.filter((_, i) => !existing[i] && stakeholders[i]);
    if (fresh.length === 0) return { value: [], changes: [] };
    const names = stakeholders.filter((x, i) => x && !existing[i]).map((x) => x!.name);
    const entry = eventEntry(
      s,
      incidentId,
      'stakeholder',
      { key: 'stakeholderAdded', values: { names: namesListed(names), count: names.length } },
      now,
    );
    await recordsWrite(
      s,
      [
        { table: 'notifications', records: fresh },
        { table: 'timeline', records: [entry] },
      ],
      [...createDrafts('notifications', fresh), ...createDrafts('timeline', [entry])],
    );
    return {
      value: fresh,
      changes: [
        { table: 'notifications', records: fresh },
        { table: 'timeline', records: [entry] },
      ],
    };
  });
}

export async function notificationAssign(
  session: Session,
  id: NotificationId,
  assigneeId: string | null,
): Promise<Result<Notification>> {
  return mutate(session, [session.db.notifications], async (s) => {
    const current = await s.db.notifications.get(id);
    if (!current) throw new DomainFailure({ code: 'notification.notFound' });
    const updated: Notification = { ...current, assigneeId };
    await recordsWrite(
      s,
      [{ table: 'notifications', records: [updated] }],
      [patchDraft('notifications', id, { assigneeId })],
    );
    return { value: updated, changes: [{ table: 'notifications', records: [updated] }] };
  });
}

/** Marks the stakeholder informed or acknowledged, and logs it on the timeline. */
export async function notificationAdvance(
  session: Session,
  id: NotificationId,
  step: Omit<StatusStep, 'at' | 'by'>,
): Promise<Result<Notification>> {
  const { db } = session;
  return mutate(session, [db.notifications, db.stakeholders, db.timeline], async (s) => {
    const current = await db.notifications.get(id);
    if (!current) throw new DomainFailure({ code: 'notification.notFound' });
    const now = new Date().toISOString();
    const patch = notificationStep(current, { ...step, at: now, by: s.member.id });
    if (!patch.ok) throw new DomainFailure(patch.error);
    const updated: Notification = { ...current, ...patch.value };
    const stakeholder = await db.stakeholders.get(current.stakeholderId);
    const entry = eventEntry(
      s,
      current.incidentId,
      'stakeholder',
      {
        key: 'stakeholderStatus',
        values: {
          name: stakeholder?.name ?? '?',
          status: step.to,
          channel: updated.channel,
          note: updated.note,
        },
      },
      now,
    );
    await recordsWrite(
      s,
      [
        { table: 'notifications', records: [updated] },
        { table: 'timeline', records: [entry] },
      ],
      [patchDraft('notifications', id, patch.value), ...createDrafts('timeline', [entry])],
    );
    return {
      value: updated,
      changes: [
        { table: 'notifications', records: [updated] },
        { table: 'timeline', records: [entry] },
      ],
    };
  });
}
