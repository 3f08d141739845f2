/** The stakeholder directory: add, edit, import in one go, remove (a tombstone). */
import { DomainFailure, type Result } from '../../shared/domain/errors';
import { idNew, type StakeholderId } from '../../shared/domain/ids';
import {
  stakeholderValidate,
  type Stakeholder,
  type StakeholderDraft,
} from '../../shared/domain/stakeholder';
import type { Session } from './session';
import { createDrafts, patchDraft, recordsWrite } from './records';
import { mutate } from './write';

function build(draft: StakeholderDraft, now: string): Stakeholder {
  return { id: idNew<StakeholderId>(), ...draft, createdAt: now, removedAt: null };
}

export async function stakeholderCreate(
  session: Session,
  draft: StakeholderDraft,
): Promise<Result<Stakeholder>> {
  const valid = stakeholderValidate(draft);
  if (!valid.ok) return valid;
  return mutate(session, [session.db.stakeholders], async (s) => {
    const stakeholder = build(valid.value, new Date().toISOString());
    await recordsWrite(
      s,
      [{ table: 'stakeholders', records: [stakeholder] }],
      createDrafts('stakeholders', [stakeholder]),
    );
    return { value: stakeholder, changes: [{ table: 'stakeholders', records: [stakeholder] }] };
  });
}

/**
 * Adds many stakeholders in one transaction (CSV and vCard imports). Every draft is validated first: one
 * invalid row refuses the whole import, so nothing is imported half-way.
 */
export async function stakeholdersImport(
  session: Session,
  drafts: readonly StakeholderDraft[],
): Promise<Result<Stakeholder[]>> {
  const valid: StakeholderDraft[] = [];
  for (const [index, draft] of drafts.entries()) {
    const result = stakeholderValidate(draft);
    if (!result.ok) return { ok: false, error: { ...result.error, detail: `row ${index + 1}` } };
    valid.push(result.value);
  }
  return mutate(session, [session.db.stakeholders], async (s) => {
    const now = new Date().toISOString();
    const stakeholders = valid.map((d) => build(d, now));
    await recordsWrite(
      s,
      [{ table: 'stakeholders', records: stakeholders }],
      createDrafts('stakeholders', stakeholders),
    );
    return { value: stakeholders, changes: [{ table: 'stakeholders', records: stakeholders }] };
  });
}

/** Saves the fields that differ from the stored record, each as its own field edit. */
export async function stakeholderUpdate(
  session: Session,
  id: StakeholderId,
  draft: StakeholderDraft,
): Promise<Result<Stakeholder>> {
  const valid = stakeholderValidate(draft);
  if (!valid.ok) return valid;
  return mutate(session, [session.db.stakeholders], async (s) => {
    const current = await s.db.stakeholders.get(id);
    if (!current) throw new DomainFailure({ code: 'stakeholder.notFound' });
    const patch: Partial<Stakeholder> = {};
    for (const [field, value] of Object.entries(valid.value) as [keyof StakeholderDraft, unknown][]) {
      if (JSON.stringify(current[field]) !== JSON.stringify(value)) Object.assign(patch, { [field]: value });
    }
    if (Object.keys(patch).length === 0) return { value: current, changes: [] };
    const updated = { ...current, ...patch };
    await recordsWrite(
      s,
      [{ table: 'stakeholders', records: [updated] }],
      [patchDraft('stakeholders', id, patch)],
    );
    return { value: updated, changes: [{ table: 'stakeholders', records: [updated] }] };
  });
}

/** Hides the stakeholder from the directory; incidents that informed them still show who it was. */
export async function stakeholderRemove(session: Session, id: StakeholderId): Promise<Result<Stakeholder>> {
  return mutate(session, [session.db.stakeholders], async (s) => {
    const current = await s.db.stakeholders.get(id);
    if (!current) throw new DomainFailure({ code: 'stakeholder.notFound' });
    const patch = { removedAt: new Date().toISOString() };
    const updated: Stakeholder = { ...current, ...patch };
    await recordsWrite(
      s,
      [{ table: 'stakeholders', records: [updated] }],
      [patchDraft('stakeholders', id, patch)],
    );
    return { value: updated, changes: [{ table: 'stakeholders', records: [updated] }] };
  });
}
