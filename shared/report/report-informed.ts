/**
 * Who was informed, when and by whom: one row per stakeholder the team decided to inform, the ones who
 * had to hear it first at the top. A stakeholder missing from the data still gets its row (name unknown).
 */
import type { IncidentData } from '../archive/incident-data';
import { nameOrder } from '../domain/stakeholder';
import type { ReportNotification, ReportPerson } from './report-model';

const UNKNOWN_PRIORITY = 4;

function rank(n: ReportNotification): number {
  return n.stakeholder?.priority ?? UNKNOWN_PRIORITY;
}

/** Priority 1 first (unknown stakeholders last); within one, in the order they were informed, then name. */
export function notificationOrder(a: ReportNotification, b: ReportNotification): number {
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.informedAt !== b.informedAt) {
    if (a.informedAt === null) return 1;
    if (b.informedAt === null) return -1;
    return a.informedAt < b.informedAt ? -1 : 1;
  }
  return nameOrder.compare(a.stakeholder?.name ?? '', b.stakeholder?.name ?? '');
}

export function reportNotifications(data: IncidentData): ReportNotification[] {
  const stakeholders = new Map(data.stakeholders.map((s) => [s.id as string, s]));
  const members = new Map(data.members.map((m) => [m.id as string, m.name]));
  const person = (id: string | null): ReportPerson | null =>
    id === null ? null : { id, name: members.get(id) ?? null };
  return data.notifications
    .map((n): ReportNotification => {
      const s = stakeholders.get(n.stakeholderId);
      return {
        stakeholder: s
          ? { name: s.name, organisation: s.organisation, group: s.group, priority: s.priority }
          : null,
        status: n.status,
        assignee: person(n.assigneeId),
        informedAt: n.informedAt,
        informedBy: person(n.informedBy),
        channel: n.channel,
        acknowledgedAt: n.acknowledgedAt,
        note: n.note,
      };
    })
    .sort(notificationOrder);
}
