/**
 * How far each channel's checklist got: done, not applicable (with the reason) and still open, with a
 * completion percentage, and every step in the team's order.
 */
import type { IncidentData } from '../archive/incident-data';
import { byOrder, type ChecklistItem } from '../domain/checklist';
import { nameOrder } from '../domain/stakeholder';
import type { ReportChecklist } from './report-model';

export function reportChecklists(data: IncidentData): ReportChecklist[] {
  const channels = new Map(data.channels.map((c) => [c.id as string, c.name]));
  const byChannel = new Map<string, ChecklistItem[]>();
  for (const item of data.checklistItems) {
    const list = byChannel.get(item.channelId);
    if (list) list.push(item);
    else byChannel.set(item.channelId, [item]);
  }
  const out: ReportChecklist[] = [];
  for (const [channelId, items] of byChannel) {
    const count = (status: ChecklistItem['status']) => items.filter((i) => i.status === status).length;
    const open = count('open');
    out.push({
      channelId,
      channelName: channels.get(channelId) ?? null,
      items: [...items].sort(byOrder).map((i) => ({
        text: i.text,
        assigneeRole: i.assigneeRole,
        status: i.status,
        closedByName: i.closedByName,
        closedAt: i.closedAt,
        reason: i.reason,
      })),
      done: count('done'),
      notApplicable: count('notApplicable'),
      open,
      percent: Math.floor(((items.length - open) * 100) / items.length),
    });
  }
  // Unknown channels last; the others by name.
  return out.sort((a, b) =>
    a.channelName === null || b.channelName === null
      ? Number(a.channelName === null) - Number(b.channelName === null)
      : nameOrder.compare(a.channelName, b.channelName),
  );
}
