/**
 * Drafts and everything that happens to them: create (with its first version), edit its settings, save
 * versions, request approval, approve or reject, publish and withdraw. Each mutation reads the draft's
 * records, checks the rule in shared/domain/draft-state.ts against that state, and writes its records and
 * timeline entry in one transaction: a refused action changes nothing.
 */
import type { Approval } from '../../shared/domain/approval';
import { approvalRequestId } from '../../shared/domain/approval';
import { channelFit } from '../../shared/domain/channel-fit';
import { publishStepIds } from '../../shared/domain/checklist-defaults';
import { checklistComplete, type ChecklistItem } from '../../shared/domain/checklist';
import { draftInputValidate, type Draft, type DraftInput } from '../../shared/domain/draft';
import {
  decisionCheck,
  draftState,
  publishCheck,
  requestCheck,
  roleHolders,
  withdrawCheck,
  type DraftState,
} from '../../shared/domain/draft-state';
import { versionBuild, type DraftVersion } from '../../shared/domain/draft-version';
import { DomainFailure, fail, type Result } from '../../shared/domain/errors';
import {
  idNew,
  type ApprovalId,
  type ChannelId,
  type DraftId,
  type IncidentId,
  type MessageTemplateId,
  type PublicationId,
  type VersionId,
} from '../../shared/domain/ids';
import { PUBLICATION_REFERENCE_MAX, type Publication } from '../../shared/domain/publication';
import type { SystemEvent } from '../../shared/domain/system-event';
import type { Change } from './changes';
import { createDrafts, eventEntry, patchDraft, recordsWrite, type RecordsWrite } from './records';
import type { CrisisRoomDb } from './schema';
import type { Session } from './session';
import { mutate, type OperationDraft, type Writable } from './write';

/** The four tables a draft's state is derived from. */
export async function draftRecordsRead(db: CrisisRoomDb, draftId: DraftId) {
  const [draft, versions, approvals, publications] = await Promise.all([
    db.drafts.get(draftId),
    db.draftVersions.where('draftId').equals(draftId).toArray(),
    db.approvals.where('draftId').equals(draftId).toArray(),
    db.publications.where('draftId').equals(draftId).toArray(),
  ]);
  if (!draft) throw new DomainFailure({ code: 'draft.notFound' });
  return { draft, state: draftState({ draft, versions, approvals, publications }) };
}

function tablesOf(db: CrisisRoomDb) {
  return [db.drafts, db.draftVersions, db.approvals, db.publications, db.timeline];
}

interface Written<T> {
  value: T;
  writes: RecordsWrite[];
  drafts: OperationDraft[];
}

/** Writes the records (created) and patches, returns the value and the changes to announce. */
async function commit<T>(s: Writable, written: Written<T>) {
  await recordsWrite(s, written.writes, written.drafts);
  const changes: Change[] = written.writes
    .filter((w) => w.records.length > 0)
    .map((w) => ({ table: w.table, records: w.records }));
  return { value: written.value, changes };
}

function created<T extends { id: string }>(table: RecordsWrite['table'], records: T[]) {
  return { write: { table, records }, drafts: createDrafts(table, records) };
}

export interface DraftCreateInput extends DraftInput {
  body: string;
  templateId: MessageTemplateId | null;
}

/** A new draft with its first version. */
export async function draftCreate(
  session: Session,
  incidentId: IncidentId,
  input: DraftCreateInput,
): Promise<Result<{ draft: Draft; version: DraftVersion }>> {
  const valid = draftInputValidate(input);
  if (!valid.ok) return valid;
  const { db } = session;
  return mutate(session, [db.incidents, ...tablesOf(db)], async (s) => {
    if (!(await db.incidents.get(incidentId))) throw new DomainFailure({ code: 'incident.notFound' });
    const now = new Date().toISOString();
    const draft: Draft = {
      id: idNew<DraftId>(),
      incidentId,
      ...valid.value,
      templateId: input.templateId,
      createdAt: now,
      createdBy: s.member.id,
      removedAt: null,
    };
    const version = versionBuild({
      id: idNew<VersionId>(),
      draftId: draft.id,
      incidentId,
      body: input.body,
      parents: [],
      author: s.member,
      at: now,
    });
    if (!version.ok) throw new DomainFailure(version.error);
    const d = created('drafts', [draft]);
    const v = created('draftVersions', [version.value]);
    return commit(s, {
      value: { draft, version: version.value },
      writes: [d.write, v.write],
      drafts: [...d.drafts, ...v.drafts],
    });
  });
}

/** Changes a draft's settings; only the fields that differ are written (each is merged on its own). */
export async function draftUpdate(session: Session, id: DraftId, input: DraftInput): Promise<Result<Draft>> {
  const valid = draftInputValidate(input);
  if (!valid.ok) return valid;
  const { db } = session;
  return mutate(session, [db.drafts], async (s) => {
    const current = await db.drafts.get(id);
    if (!current) throw new DomainFailure({ code: 'draft.notFound' });
    const patch: Partial<Draft> = {};
    for (const key of Object.keys(valid.value) as (keyof DraftInput)[])
      if (JSON.stringify(current[key]) !== JSON.stringify(valid.value[key]))
        (patch as Record<string, unknown>)[key] = valid.value[key];
    if (Object.keys(patch).length === 0) return { value: current, changes: [] };
    const updated = { ...current, ...patch };
    await recordsWrite(s, [{ table: 'drafts', records: [updated] }], [patchDraft('drafts', id, patch)]);
    return { value: updated, changes: [{ table: 'drafts', records: [updated] }] };
  });
}

/** Sets a draft aside (a tombstone); its versions, approvals and publications stay. */
export async function draftRemove(session: Session, id: DraftId): Promise<Result<Draft>> {
  const { db } = session;
  return mutate(session, [db.drafts], async (s) => {
    const current = await db.drafts.get(id);
    if (!current) throw new DomainFailure({ code: 'draft.notFound' });
    const patch = { removedAt: new Date().toISOString() };
    const updated = { ...current, ...patch };
    await recordsWrite(s, [{ table: 'drafts', records: [updated] }], [patchDraft('drafts', id, patch)]);
    return { value: updated, changes: [{ table: 'drafts', records: [updated] }] };
  });
}

/**
 * Saves a new version written from `parentIds` (the version the writer started from, or the siblings
 * being merged). If someone else saved from the same parent meanwhile, both versions stay, as siblings.
 */
export async function versionSave(
  session: Session,
  draftId: DraftId,
  body: string,
  parentIds: readonly VersionId[],
): Promise<Result<DraftVersion>> {
  const { db } = session;
  return mutate(session, tablesOf(db), async (s) => {
    const { draft, state } = await draftRecordsRead(db, draftId);
    const byId = new Map(state.versions.map((v) => [v.id as string, v]));
    const parents = [...new Set(parentIds)].map((id) => byId.get(id));
    if (parents.some((p) => p === undefined)) throw new DomainFailure({ code: 'draft.parentUnknown' });
    const version = versionBuild({
      id: idNew<VersionId>(),
      draftId,
      incidentId: draft.incidentId,
      body,
      parents: parents as DraftVersion[],
      author: s.member,
      at: new Date().toISOString(),
    });
    if (!version.ok) throw new DomainFailure(version.error);
    const v = created('draftVersions', [version.value]);
    return commit(s, { value: version.value, writes: [v.write], drafts: v.drafts });
  });
}

function approvalBuild(
  s: Writable,
  draft: Draft,
  version: DraftVersion,
  fields: Pick<Approval, 'kind' | 'role' | 'comment' | 'ownVersion'> & { id?: ApprovalId },
  at: string,
): Approval {
  return {
    id: fields.id ?? idNew<ApprovalId>(),
    draftId: draft.id,
    incidentId: draft.incidentId,
    versionId: version.id,
    hash: version.hash,
    kind: fields.kind,
    role: fields.role,
    comment: fields.comment,
    memberId: s.member.id,
    memberName: s.member.name,
    at,
    ownVersion: fields.ownVersion,
  };
}

function versionLabel(state: DraftState, version: DraftVersion): number {
  return state.numbers.get(version.id) ?? state.versions.length;
}

/** Asks the required roles to review the current version; asking twice for the same version is one request. */
export async function reviewRequest(
  session: Session,
  draftId: DraftId,
  versionId: VersionId,
): Promise<Result<Approval>> {
  const { db } = session;
  return mutate(session, tablesOf(db), async (s) => {
    const { draft, state } = await draftRecordsRead(db, draftId);
    const version = requestCheck(state, versionId);
    if (!version.ok) throw new DomainFailure(version.error);
    if (state.request) return { value: state.request, changes: [] };
    const now = new Date().toISOString();
    const request = approvalBuild(
      s,
      draft,
      version.value,
      { id: approvalRequestId(versionId), kind: 'request', role: '', comment: '', ownVersion: false },
      now,
    );
    const event: SystemEvent = {
      key: 'draftReviewRequested',
      values: {
        title: draft.title,
        version: versionLabel(state, version.value),
        roles: draft.requiredRoles.join(', '),
      },
    };
    const entry = eventEntry(s, draft.incidentId, 'action', event, now);
    const a = created('approvals', [request]);
    const e = created('timeline', [entry]);
    return commit(s, { value: request, writes: [a.write, e.write], drafts: [...a.drafts, ...e.drafts] });
  });
}

/** Approves or rejects the current version for a role (see decisionCheck for who may). */
export async function decide(
  session: Session,
  draftId: DraftId,
  input: { versionId: VersionId; role: string; kind: 'approve' | 'reject'; comment: string },
): Promise<Result<Approval>> {
  const { db } = session;
  return mutate(session, [...tablesOf(db), db.roleAssignments, db.members], async (s) => {
    const { draft, state } = await draftRecordsRead(db, draftId);
    const [assignments, members] = await Promise.all([
      db.roleAssignments.where('incidentId').equals(draft.incidentId).toArray(),
      db.members.toArray(),
    ]);
    const holders = roleHolders(input.role, assignments, [
      ...members.filter((m) => m.id !== s.member.id),
      s.member,
    ]);
    const allowed = decisionCheck({ ...input, draft, state, memberId: s.member.id, holders });
    if (!allowed.ok) throw new DomainFailure(allowed.error);
    const now = new Date().toISOString();
    const decision = approvalBuild(
      s,
      draft,
      allowed.value.version,
      {
        kind: input.kind,
        role: input.role,
        comment: allowed.value.comment,
        ownVersion: allowed.value.ownVersion,
      },
      now,
    );
    const event: SystemEvent = {
      key: 'draftDecision',
      values: {
        title: draft.title,
        version: versionLabel(state, allowed.value.version),
        role: input.role,
        decision: input.kind,
        comment: allowed.value.comment,
        ownVersion: allowed.value.ownVersion,
      },
    };
    const entry = eventEntry(s, draft.incidentId, 'decision', event, now);
    const a = created('approvals', [decision]);
    const e = created('timeline', [entry]);
    return commit(s, { value: decision, writes: [a.write, e.write], drafts: [...a.drafts, ...e.drafts] });
  });
}

/** The open checklist item that publishing on this channel completes, if the incident has one. */
function publishStep(items: readonly ChecklistItem[], channelId: string): ChecklistItem | undefined {
  return items.find(
    (i) =>
      i.channelId === channelId &&
      i.status === 'open' &&
      i.templateItemId !== null &&
      publishStepIds.has(i.templateItemId),
  );
}

/**
 * Records that the current version went out on a channel: a publication, a communication entry on the
 * timeline, and the channel's publish step ticked. Text that is not approved goes out only with the
 * crisis lead's override and reason, which the publication and the entry keep.
 */
export async function publish(
  session: Session,
  draftId: DraftId,
  input: { versionId: VersionId; channelId: ChannelId; reference: string; override: string | null },
): Promise<Result<Publication>> {
  if (input.reference.trim().length > PUBLICATION_REFERENCE_MAX) return fail('draft.referenceTooLong');
  const { db } = session;
  const tables = [...tablesOf(db), db.channels, db.checklistItems, db.roleAssignments, db.members];
  return mutate(session, tables, async (s) => {
    const { draft, state } = await draftRecordsRead(db, draftId);
    const [channel, items, assignments, members] = await Promise.all([
      db.channels.get(input.channelId),
      db.checklistItems.where('incidentId').equals(draft.incidentId).toArray(),
      db.roleAssignments.where('incidentId').equals(draft.incidentId).toArray(),
      db.members.toArray(),
    ]);
    const leads = roleHolders('crisisLead', assignments, [
      ...members.filter((m) => m.id !== s.member.id),
      s.member,
    ]);
    const latest = state.latest;
    const allowed = publishCheck({
      state,
      versionId: input.versionId,
      channel,
      overLimit: channel !== undefined && latest !== null && channelFit(channel.kind, latest.body).over,
      override: input.override,
      isLead: leads.has(s.member.id),
    });
    if (!allowed.ok) throw new DomainFailure(allowed.error);
    const { version, override } = allowed.value;
    const now = new Date().toISOString();
    const publication: Publication = {
      id: idNew<PublicationId>(),
      draftId,
      incidentId: draft.incidentId,
      versionId: version.id,
      hash: version.hash,
      channelId: channel!.id,
      channelName: channel!.name,
      kind: 'published',
      publicationId: null,
      reference: input.reference.trim(),
      memberId: s.member.id,
      memberName: s.member.name,
      at: now,
      override,
    };
    const step = publishStep(items, channel!.id);
    const stepPatch = step
      ? checklistComplete(step, { id: s.member.id, name: s.member.name, at: now })
      : undefined;
    const event: SystemEvent = {
      key: 'draftPublished',
      values: {
        title: draft.title,
        version: versionLabel(state, version),
        channel: channel!.name,
        reference: publication.reference,
        override: override ?? '',
        checklist: step?.text ?? '',
      },
    };
    const entry = eventEntry(s, draft.incidentId, 'communication', event, now);
    const p = created('publications', [publication]);
    const e = created('timeline', [entry]);
    const writes: RecordsWrite[] = [p.write, e.write];
    const drafts = [...p.drafts, ...e.drafts];
    if (step && stepPatch?.ok) {
      writes.push({ table: 'checklistItems', records: [{ ...step, ...stepPatch.value }] });
      drafts.push(patchDraft('checklistItems', step.id, stepPatch.value));
    }
    return commit(s, { value: publication, writes, drafts });
  });
}

/** Records that a publication was taken back (removed, corrected elsewhere), with the reason. */
export async function withdraw(
  session: Session,
  draftId: DraftId,
  input: { publicationId: PublicationId; reason: string },
): Promise<Result<Publication>> {
  if (input.reason.trim().length > PUBLICATION_REFERENCE_MAX) return fail('draft.referenceTooLong');
  const { db } = session;
  return mutate(session, tablesOf(db), async (s) => {
    const { draft, state } = await draftRecordsRead(db, draftId);
    const live = withdrawCheck(state, input.publicationId);
    if (!live.ok) throw new DomainFailure(live.error);
    const now = new Date().toISOString();
    const withdrawal: Publication = {
      ...live.value,
      id: idNew<PublicationId>(),
      kind: 'withdrawn',
      publicationId: live.value.id,
      reference: input.reason.trim(),
      memberId: s.member.id,
      memberName: s.member.name,
      at: now,
      override: null,
    };
    const version = state.versions.find((v) => v.id === live.value.versionId);
    const event: SystemEvent = {
      key: 'draftWithdrawn',
      values: {
        title: draft.title,
        version: version ? versionLabel(state, version) : '?',
        channel: live.value.channelName,
        reason: withdrawal.reference,
      },
    };
    const entry = eventEntry(s, draft.incidentId, 'communication', event, now);
    const p = created('publications', [withdrawal]);
    const e = created('timeline', [entry]);
    return commit(s, { value: withdrawal, writes: [p.write, e.write], drafts: [...p.drafts, ...e.drafts] });
  });
}
