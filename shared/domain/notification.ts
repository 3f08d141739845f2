/**
 * Who was informed: per incident, one record per stakeholder the team decided to inform. Status moves
 * forward only (to inform → informed → acknowledged), each step with its time, channel and note, and each
 * step is also logged on the timeline as a stakeholder entry.
 */
import { z } from 'zod';
import { fail, ok, type Result } from './errors';
import { idDerived, type IncidentId, type NotificationId, type StakeholderId } from './ids';
import { nameOrder, type Priority, type Stakeholder } from './stakeholder';
import { instantSchema, type Instant } from './time';

export const notificationStatuses = ['toInform', 'informed', 'acknowledged'] as const;
export type NotificationStatus = (typeof notificationStatuses)[number];

export const NOTIFICATION_NOTE_MAX = 1000;
export const NOTIFICATION_CHANNEL_MAX = 100;

export interface Notification {
  id: NotificationId;
  incidentId: IncidentId;
  stakeholderId: StakeholderId;
  status: NotificationStatus;
  /** The member who informs this stakeholder; null until someone is assigned. */
  assigneeId: string | null;
  /** How they were reached ("phone", "e-mail", a channel name); empty until informed. */
  channel: string;
  note: string;
  createdAt: Instant;
  informedAt: Instant | null;
  informedBy: string | null;
  acknowledgedAt: Instant | null;
}

export const notificationSchema = z.object({
  id: z.uuid(),
  incidentId: z.uuid(),
  stakeholderId: z.uuid(),
  status: z.enum(notificationStatuses),
  assigneeId: z.uuid().nullable(),
  channel: z.string().max(NOTIFICATION_CHANNEL_MAX),
  note: z.string().max(NOTIFICATION_NOTE_MAX),
  createdAt: instantSchema,
  informedAt: instantSchema.nullable(),
  informedBy: z.uuid().nullable(),
  acknowledgedAt: instantSchema.nullable(),
});

/** One record per stakeholder per incident, whichever device adds it first. */
export function notificationId(incidentId: string, stakeholderId: string): NotificationId {
  return idDerived<NotificationId>('notification', incidentId, stakeholderId);
}

export function notificationNew(
  incidentId: IncidentId,
  stakeholderId: StakeholderId,
  assigneeId: string | null,
  now: Instant,
): Notification {
  return {
    id: notificationId(incidentId, stakeholderId),
    incidentId,
    stakeholderId,
    status: 'toInform',
    assigneeId,
    channel: '',
    note: '',
    createdAt: now,
    informedAt: null,
    informedBy: null,
    acknowledgedAt: null,
  };
}

export interface StatusStep {
  to: Exclude<NotificationStatus, 'toInform'>;
  channel: string;
  note: string;
  at: Instant;
  by: string;
}

export type NotificationPatch = Partial<
  Pick<Notification, 'status' | 'channel' | 'note' | 'informedAt' | 'informedBy' | 'acknowledgedAt'>
>;

/**
 * The fields a status step sets. Forward only: informed, then acknowledged. Acknowledged straight from
 * "to inform" (they called us first) also records them as informed at that moment.
 */
export function notificationStep(current: Notification, step: StatusStep): Result<NotificationPatch> {
  const from = notificationStatuses.indexOf(current.status);
  const to = notificationStatuses.indexOf(step.to);
  if (to <= from) return fail('notification.invalidTransition', `${current.status} → ${step.to}`);
  if (step.note.length > NOTIFICATION_NOTE_MAX || step.channel.length > NOTIFICATION_CHANNEL_MAX)
    return fail('notification.invalidTransition', 'too long');
  // An empty note keeps the one from the step before; each step's note is also in its timeline entry.
  const patch: NotificationPatch = { status: step.to };
  if (step.note.trim() !== '') patch.note = step.note.trim();
  if (step.channel.trim() !== '' || current.channel === '') patch.channel = step.channel.trim();
  if (current.informedAt === null) {
    patch.informedAt = step.at;
    patch.informedBy = step.by;
  }
  if (step.to === 'acknowledged') patch.acknowledgedAt = step.at;
  return ok(patch);
}

export interface BoardRow {
  notification: Notification;
  stakeholder: Stakeholder;
  /** Priority 1 and nobody has told them yet: the board shows these first, highlighted. */
  urgent: boolean;
}

/**
 * The "who still has to hear it" board: not yet informed first, then informed, then acknowledged; within
 * each, priority 1 first, then by name. Notifications for stakeholders not in the directory are left out.
 */
export function informBoard(
  notifications: readonly Notification[],
  stakeholders: ReadonlyMap<string, Stakeholder>,
): BoardRow[] {
  const rows: BoardRow[] = [];
  for (const notification of notifications) {
    const stakeholder = stakeholders.get(notification.stakeholderId);
    if (!stakeholder) continue;
    rows.push({
      notification,
      stakeholder,
      urgent: stakeholder.priority === 1 && notification.status === 'toInform',
    });
  }
  const rank = (s: NotificationStatus) => notificationStatuses.indexOf(s);
  return rows.sort(
    (a, b) =>
      rank(a.notification.status) - rank(b.notification.status) ||
      a.stakeholder.priority - b.stakeholder.priority ||
      nameOrder.compare(a.stakeholder.name, b.stakeholder.name),
  );
}

export interface BoardSummary {
  total: number;
  toInform: number;
  informed: number;
  acknowledged: number;
  /** Priority-1 stakeholders still to inform. */
  urgent: number;
}

export function boardSummary(rows: readonly BoardRow[]): BoardSummary {
  const summary: BoardSummary = { total: rows.length, toInform: 0, informed: 0, acknowledged: 0, urgent: 0 };
  for (const row of rows) {
    summary[row.notification.status] += 1;
    if (row.urgent) summary.urgent += 1;
  }
  return summary;
}

/** Stakeholders in the directory that this incident does not inform yet, optionally one group only. */
export function stakeholdersToAdd(
  stakeholders: readonly Stakeholder[],
  notifications: readonly Notification[],
  group?: string,
): Stakeholder[] {
  const already = new Set(notifications.map((n) => n.stakeholderId));
  return stakeholders.filter(
    (s) => s.removedAt === null && !already.has(s.id) && (group === undefined || s.group === group),
  );
}

export type { Priority };
