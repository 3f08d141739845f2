/**
 * The report's summary: what the incident was, the phases it went through with their start and end
 * (read from the phase changes the app logged on the timeline), and who did the work.
 */
import type { IncidentData } from '../archive/incident-data';
import { phases, type Incident, type Phase } from '../domain/incident';
import { roleSlots } from '../domain/incident-role';
import { instantToMs, type Instant } from '../domain/time';
import type { ReportContributor, ReportEntry, ReportPhase, ReportSummary } from './report-model';

/** From `start` until `end`, or until `now` while still running. */
export function spanMs(start: Instant, end: Instant | null, now: Instant): number {
  return Math.max(0, instantToMs(end ?? now) - instantToMs(start));
}

function isPhase(value: unknown): value is Phase {
  return (phases as readonly unknown[]).includes(value);
}

/**
 * The phases in order, each from its start to the next change. The first starts at opening; the last
 * ends at closing (the closed phase itself is not a span), or is still running. A closing followed by a
 * reopening shows as a closed span between the two. Changes logged before opening count from opening.
 */
export function reportPhases(
  incident: Incident,
  timeline: readonly ReportEntry[],
  now: Instant,
): ReportPhase[] {
  const changes = timeline.filter(
    (row) => row.entry.event?.key === 'phaseChanged' && isPhase(row.entry.event.values.to),
  );
  const from = changes[0]?.entry.event?.values.from;
  let current: Phase = isPhase(from) ? from : incident.phase;
  let start = incident.openedAt;
  const spans: ReportPhase[] = [];
  for (const row of changes) {
    const to = row.entry.event!.values.to as Phase;
    if (to === current) continue;
    const at = row.entry.occurredAt > start ? row.entry.occurredAt : start;
    spans.push({ phase: current, start, end: at, durationMs: spanMs(start, at, now) });
    [current, start] = [to, at];
  }
  if (current !== 'closed') {
    const end = incident.closedAt !== null && incident.closedAt > start ? incident.closedAt : null;
    spans.push({ phase: current, start, end, durationMs: spanMs(start, end, now) });
  }
  return spans;
}

/**
 * Everyone who left a trace: timeline entries counted apart from everything else they did. Names come
 * from the member records, or from the entries (which keep the name as it was) for someone not in them.
 */
export function reportContributors(data: IncidentData): ReportContributor[] {
  const members = new Map(data.members.map((m) => [m.id as string, m]));
  const byId = new Map<string, ReportContributor>();
  const contributor = (id: string | null, name: string, role: string) => {
    if (id === null) return null;
    let c = byId.get(id);
    if (!c) {
      const member = members.get(id);
      c = { id, name: member?.name ?? name, role: member?.role || role, entries: 0, otherActions: 0 };
      byId.set(id, c);
    }
    return c;
  };
  for (const e of data.timeline) contributor(e.authorId, e.authorName, e.authorRole)!.entries += 1;
  const act = (id: string | null, name: string) => {
    const c = contributor(id, name, '');
    if (c) c.otherActions += 1;
  };
  for (const v of data.draftVersions) act(v.authorId, v.authorName);
  for (const a of data.approvals) act(a.memberId, a.memberName);
  for (const p of data.publications) act(p.memberId, p.memberName);
  for (const n of data.notifications) act(n.informedBy, '');
  for (const c of data.checklistItems) act(c.closedBy, c.closedByName);
  for (const l of data.lessons) if (l.removedAt === null) act(l.createdBy, l.createdByName);
  return [...byId.values()].sort(
    (a, b) => b.entries + b.otherActions - (a.entries + a.otherActions) || a.name.localeCompare(b.name),
  );
}

export function reportSummary(
  data: IncidentData,
  timeline: readonly ReportEntry[],
  now: Instant,
): ReportSummary {
  const { incident } = data;
  const assigned = new Set(data.roleAssignments.map((a) => a.role));
  return {
    title: incident.title,
    organisation: data.organisation?.name || null,
    crisisType: incident.crisisType,
    severity: incident.severity,
    exercise: incident.exercise,
    phase: incident.phase,
    openedAt: incident.openedAt,
    closedAt: incident.closedAt,
    durationMs: spanMs(incident.openedAt, incident.closedAt, now),
    phases: reportPhases(incident, timeline, now),
    // Key roles always (a vacant one is worth seeing), other roles when the incident used them.
    roles: roleSlots(data.roleAssignments)
      .filter((slot) => slot.key || assigned.has(slot.role))
      .map((slot) => ({ role: slot.role, holder: slot.holder, key: slot.key })),
    contributors: reportContributors(data),
  };
}
