/**
 * Timeline mutations. Entries are only ever added; corrections and retractions are new entries, and the
 * pin is the one field that changes in place.
 */
import { DomainFailure, fail, type Result } from '../../shared/domain/errors';
import { idNew, type EntryId, type IncidentId } from '../../shared/domain/ids';
import type { SystemEvent } from '../../shared/domain/incident-rules';
import type { Instant } from '../../shared/domain/time';
import type { Amendment, TimelineEntry } from '../../shared/domain/timeline-entry';
import {
  correctionValidate,
  entryValidate,
  retractionValidate,
  timelineAmendments,
  type EntryInput,
  type ValidEntry,
} from '../../shared/domain/timeline-rules';
import type { Session } from './session';
import { mutate, operationsAppend, recordsCreate, type Writable } from './write';

export function entryBuild(
  session: Writable,
  incidentId: IncidentId,
  valid: ValidEntry,
  recordedAt: Instant,
  extra: { amends?: Amendment; event?: SystemEvent } = {},
): TimelineEntry {
  return {
    id: idNew<EntryId>(),
    incidentId,
    kind: valid.kind,
    text: valid.text,
    authorId: session.member.id,
    authorName: session.member.name,
    authorRole: session.member.role,
    occurredAt: valid.occurredAt,
    recordedAt,
    pinned: false,
    tags: valid.tags,
    amends: extra.amends ?? null,
    event: extra.event ?? null,
  };
}

/** Stores entries and their create operations; used inside a running write transaction. */
export function entriesStore(session: Writable, entries: readonly TimelineEntry[]): Promise<void> {
  return recordsCreate(session, 'timeline', entries);
}

async function incidentRequire(session: Writable, incidentId: IncidentId): Promise<void> {
  if (!(await session.db.incidents.get(incidentId))) throw new DomainFailure({ code: 'incident.notFound' });
}

export async function entryLog(
  session: Session,
  incidentId: IncidentId,
  input: EntryInput,
): Promise<Result<TimelineEntry>> {
  const now = Date.now();
  const valid = entryValidate(input, now);
  if (!valid.ok) return valid;
  return mutate(session, [session.db.timeline, session.db.incidents], async (s) => {
    await incidentRequire(s, incidentId);
    const entry = entryBuild(s, incidentId, valid.value, new Date(now).toISOString());
    await entriesStore(s, [entry]);
    return { value: entry, changes: [{ table: 'timeline', records: [entry] }] };
  });
}

/**
 * Logs many entries in one transaction (imports, exercises, benchmarks). All are validated first: one
 * invalid entry refuses the whole batch, so nothing is written half-way.
 */
export async function entriesLog(
  session: Session,
  incidentId: IncidentId,
  inputs: readonly EntryInput[],
): Promise<Result<TimelineEntry[]>> {
  const now = Date.now();
  const valid: ValidEntry[] = [];
  for (const [index, input] of inputs.entries()) {
    const result = entryValidate(input, now);
    if (!result.ok) return fail(result.error.code, `entry ${index + 1}`);
    valid.push(result.value);
  }
  return mutate(session, [session.db.timeline, session.db.incidents], async (s) => {
    await incidentRequire(s, incidentId);
    const recordedAt = new Date(now).toISOString();
    const entries = valid.map((v) => entryBuild(s, incidentId, v, recordedAt));
    await entriesStore(s, entries);
    return { value: entries, changes: [{ table: 'timeline', records: entries }] };
  });
}

async function amendmentsOf(session: Writable, original: TimelineEntry) {
  const siblings = await session.db.timeline.where('amends.entryId').equals(original.id).toArray();
  return timelineAmendments(siblings).get(original.id);
}

async function originalRequire(session: Writable, entryId: EntryId): Promise<TimelineEntry> {
  const original = await session.db.timeline.get(entryId);
  if (!original) throw new DomainFailure({ code: 'entry.notFound' });
  return original;
}

export async function entryCorrect(
  session: Session,
  entryId: EntryId,
  input: { text: string; occurredAt?: string | undefined },
): Promise<Result<TimelineEntry>> {
  const now = Date.now();
  return mutate(session, [session.db.timeline], async (s) => {
    const original = await originalRequire(s, entryId);
    const valid = correctionValidate(original, await amendmentsOf(s, original), input, now);
    if (!valid.ok) throw new DomainFailure(valid.error);
    const entry = entryBuild(s, original.incidentId, valid.value, new Date(now).toISOString(), {
      amends: { type: 'correction', entryId },
    });
    await entriesStore(s, [entry]);
    return { value: entry, changes: [{ table: 'timeline', records: [entry] }] };
  });
}

export async function entryRetract(
  session: Session,
  entryId: EntryId,
  reason: string,
): Promise<Result<TimelineEntry>> {
  const now = new Date().toISOString();
  return mutate(session, [session.db.timeline], async (s) => {
    const original = await originalRequire(s, entryId);
    const valid = retractionValidate(original, await amendmentsOf(s, original), reason);
    if (!valid.ok) throw new DomainFailure(valid.error);
    const entry = entryBuild(
      s,
      original.incidentId,
      { kind: original.kind, text: valid.value, occurredAt: now, tags: [] },
      now,
      { amends: { type: 'retraction', entryId } },
    );
    await entriesStore(s, [entry]);
    return { value: entry, changes: [{ table: 'timeline', records: [entry] }] };
  });
}

export async function entryPinSet(
  session: Session,
  entryId: EntryId,
  pinned: boolean,
): Promise<Result<TimelineEntry>> {
  return mutate(session, [session.db.timeline], async (s) => {
    const entry = await originalRequire(s, entryId);
    const updated = { ...entry, pinned };
    await s.db.timeline.put(updated);
    await operationsAppend(s, [{ table: 'timeline', recordId: entryId, kind: 'patch', patch: { pinned } }]);
    return { value: updated, changes: [{ table: 'timeline', records: [updated] }] };
  });
}
