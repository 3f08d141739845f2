/**
 * Incident mutations. Opening an incident, and every phase or severity change, also adds a system entry
 * to its timeline in the same transaction.
 */
import { DomainFailure, type Result } from '../../shared/domain/errors';
import { idNew, type IncidentId } from '../../shared/domain/ids';
import type { Incident, Phase, Severity } from '../../shared/domain/incident';
import {
  incidentDraftValidate,
  phaseChange,
  severityChange,
  systemEventText,
  type IncidentChange,
  type IncidentDraft,
  type SystemEvent,
} from '../../shared/domain/incident-rules';
import type { Language } from '../../shared/domain/checklist';
import { checklistItemsFor } from './checklists';
import type { Session } from './session';
import { entriesStore, entryBuild } from './timeline';
import { mutate, operationsAppend, type Writable } from './write';

function systemEntry(s: Writable, incidentId: IncidentId, event: SystemEvent, at: string) {
  return entryBuild(
    s,
    incidentId,
    { kind: 'system', text: systemEventText(event), occurredAt: at, tags: [] },
    at,
    { event },
  );
}

/**
 * Opens an incident: its record, the opening system entry and the checklists of the channels in use (in
 * `language`, the team's language), in one transaction.
 */
export async function incidentCreate(
  session: Session,
  draft: IncidentDraft,
  language: Language = 'en',
): Promise<Result<Incident>> {
  const valid = incidentDraftValidate(draft);
  if (!valid.ok) return valid;
  const { db } = session;
  const tables = [db.incidents, db.timeline, db.channels, db.checklistTemplates, db.checklistItems];
  return mutate(session, tables, async (s) => {
    const now = new Date().toISOString();
    const incident: Incident = {
      id: idNew<IncidentId>(),
      ...valid.value,
      phase: 'detected',
      openedAt: now,
      closedAt: null,
      openedBy: s.member.id,
    };
    const event: SystemEvent = {
      key: 'incidentOpened',
      values: { title: incident.title, severity: incident.severity, exercise: incident.exercise },
    };
    const entry = systemEntry(s, incident.id, event, now);
    const items = await checklistItemsFor(s, incident, language);
    // One write per table and one append for all operations: the fewest awaits inside the transaction.
    await db.incidents.add(incident);
    await db.timeline.add(entry);
    await db.checklistItems.bulkAdd(items);
    await operationsAppend(s, [
      { table: 'incidents', recordId: incident.id, kind: 'create', patch: { ...incident } },
      { table: 'timeline', recordId: entry.id, kind: 'create', patch: { ...entry } },
      ...items.map((i) => ({
        table: 'checklistItems' as const,
        recordId: i.id,
        kind: 'create' as const,
        patch: { ...i },
      })),
    ]);
    return {
      value: incident,
      changes: [
        { table: 'incidents', records: [incident] },
        { table: 'timeline', records: [entry] },
        { table: 'checklistItems', records: items },
      ],
    };
  });
}

async function incidentChange(
  session: Session,
  incidentId: IncidentId,
  rule: (incident: Incident, now: string) => Result<IncidentChange>,
): Promise<Result<Incident>> {
  const { db } = session;
  return mutate(session, [db.incidents, db.timeline], async (s) => {
    const incident = await db.incidents.get(incidentId);
    if (!incident) throw new DomainFailure({ code: 'incident.notFound' });
    const now = new Date().toISOString();
    const change = rule(incident, now);
    if (!change.ok) throw new DomainFailure(change.error);
    const updated: Incident = { ...incident, ...change.value.patch };
    await db.incidents.put(updated);
    await operationsAppend(s, [
      { table: 'incidents', recordId: incidentId, kind: 'patch', patch: change.value.patch },
    ]);
    const entry = systemEntry(s, incidentId, change.value.event, now);
    await entriesStore(s, [entry]);
    return {
      value: updated,
      changes: [
        { table: 'incidents', records: [updated] },
        { table: 'timeline', records: [entry] },
      ],
    };
  });
}

export function incidentPhaseSet(session: Session, incidentId: IncidentId, phase: Phase) {
  return incidentChange(session, incidentId, (incident, now) => phaseChange(incident, phase, now));
}

export function incidentSeveritySet(session: Session, incidentId: IncidentId, severity: Severity) {
  return incidentChange(session, incidentId, (incident) => severityChange(incident, severity));
}
