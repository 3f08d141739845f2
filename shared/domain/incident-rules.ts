/**
 * Rules for creating incidents and changing their phase and severity. Each change yields the field patch
 * to store and the text of the system entry that records it, so the two are always written together.
 */
import { fail, ok, type Result } from './errors';
import { INCIDENT_TITLE_MAX, type CrisisType, type Incident, type Phase, type Severity } from './incident';
import type { Instant } from './time';

export interface IncidentDraft {
  title: string;
  crisisType: CrisisType;
  severity: Severity;
  exercise: boolean;
}

export function incidentDraftValidate(draft: IncidentDraft): Result<IncidentDraft> {
  const title = draft.title.trim();
  if (title.length === 0) return fail('incident.titleEmpty');
  if (title.length > INCIDENT_TITLE_MAX) return fail('incident.titleTooLong');
  return ok({ ...draft, title });
}

/** A system entry's content: a message key plus values, rendered in the reader's language. */
import type { SystemEvent } from './system-event';

export type { SystemEvent };

export interface IncidentChange {
  patch: Partial<Pick<Incident, 'phase' | 'severity' | 'closedAt'>>;
  event: SystemEvent;
}

export function phaseChange(incident: Incident, to: Phase, now: Instant): Result<IncidentChange> {
  if (incident.phase === to) return fail('incident.samePhase');
  const patch: IncidentChange['patch'] = { phase: to };
  if (to === 'closed') patch.closedAt = now;
  else if (incident.phase === 'closed') patch.closedAt = null;
  return ok({ patch, event: { key: 'phaseChanged', values: { from: incident.phase, to } } });
}

export function severityChange(incident: Incident, to: Severity): Result<IncidentChange> {
  if (incident.severity === to) return fail('incident.sameSeverity');
  return ok({
    patch: { severity: to },
    event: { key: 'severityChanged', values: { from: incident.severity, to } },
  });
}

/**
 * Time since the incident opened, as the war room shows it: `T+hh:mm`. Hours keep counting past a day
 * (T+49:05) because the team reasons in hours since the start. A closed incident stops its clock.
 */
export function elapsedLabel(incident: Pick<Incident, 'openedAt' | 'closedAt'>, nowMs: number): string {
  const end = incident.closedAt ? Date.parse(incident.closedAt) : nowMs;
  const minutes = Math.max(0, Math.floor((end - Date.parse(incident.openedAt)) / 60_000));
  const hh = Math.floor(minutes / 60);
  const mm = minutes % 60;
  return `T+${hh.toString().padStart(2, '0')}:${mm.toString().padStart(2, '0')}`;
}

/**
 * Plain text stored with a system entry, for search and for readers outside the app (CSV, archives).
 * The app itself renders `event` in the reader's language.
 */
export function systemEventText(event: SystemEvent): string {
  const v = event.values;
  switch (event.key) {
    case 'incidentOpened':
      return `Incident opened: ${String(v.title)}`;
    case 'phaseChanged':
      return `Phase changed from ${String(v.from)} to ${String(v.to)}`;
    case 'severityChanged':
      return `Severity changed from ${String(v.from)} to ${String(v.to)}`;
    case 'conflictResolved':
      return `Conflicting edits of ${String(v.field)} resolved: ${String(v.value)}`;
    case 'stakeholderStatus':
      return `${String(v.name)}: ${String(v.status)}${v.channel ? ` via ${String(v.channel)}` : ''}${v.note ? ` (${String(v.note)})` : ''}`;
    case 'stakeholderAdded':
      return `To inform: ${String(v.names)}`;
    case 'checklistItem':
      return `${String(v.channel)}: ${String(v.text)} (${String(v.status)}${v.reason ? `: ${String(v.reason)}` : ''})`;
    case 'roleAssigned':
      return v.name ? `${String(v.role)}: ${String(v.name)}` : `${String(v.role)}: vacant`;
    case 'draftReviewRequested':
      return `Approval requested for "${String(v.title)}" v${String(v.version)} from ${String(v.roles)}`;
    case 'draftDecision':
      return `${String(v.role)} ${v.decision === 'approve' ? 'approved' : 'rejected'} "${String(v.title)}" v${String(v.version)}${v.comment ? `: ${String(v.comment)}` : ''}${v.ownVersion ? ' (own version)' : ''}`;
    case 'draftPublished':
      return `Published "${String(v.title)}" v${String(v.version)} on ${String(v.channel)}${v.reference ? ` (${String(v.reference)})` : ''}${v.override ? `; NOT APPROVED, override by the crisis lead: ${String(v.override)}` : ''}`;
    case 'draftWithdrawn':
      return `Withdrawn "${String(v.title)}" v${String(v.version)} from ${String(v.channel)}${v.reason ? `: ${String(v.reason)}` : ''}`;
  }
}
