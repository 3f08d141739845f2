/**
 * Message templates and the organisation's details (both organisation-wide): add, edit, remove (a
 * tombstone), seed the shipped defaults once per device; save the details field by field.
 */
import { DomainFailure, type Result } from '../../shared/domain/errors';
import { idNew, type MessageTemplateId } from '../../shared/domain/ids';
import {
  templateValidate,
  type MessageTemplate,
  type MessageTemplateInput,
} from '../../shared/domain/message-template';
import { defaultMessageTemplates } from '../../shared/domain/message-template-defaults';
import {
  ORGANISATION_ID,
  organisationValidate,
  type Organisation,
  type OrganisationInput,
} from '../../shared/domain/organisation';
import type { Session } from './session';
import { createDrafts, patchDraft, recordsWrite } from './records';
import { mutate } from './write';

/**
 * Adds the shipped templates that this database does not have yet. Their ids are fixed, so two devices
 * doing this offline end up with one set after sync; a default the team removed stays removed.
 */
export async function messageTemplatesAddDefaults(session: Session): Promise<Result<MessageTemplate[]>> {
  return mutate(session, [session.db.messageTemplates], async (s) => {
    const defaults = defaultMessageTemplates(new Date().toISOString());
    const existing = await s.db.messageTemplates.bulkGet(defaults.map((t) => t.id));
    const fresh = defaults.filter((_, i) => !existing[i]);
    await recordsWrite(
      s,
      [{ table: 'messageTemplates', records: fresh }],
      createDrafts('messageTemplates', fresh),
    );
    return { value: fresh, changes: fresh.length ? [{ table: 'messageTemplates', records: fresh }] : [] };
  });
}

/** The first time this device opens the templates, it adds the shipped ones; later visits leave them. */
export async function messageTemplatesSeed(session: Session): Promise<Result<MessageTemplate[]>> {
  if ((await session.db.meta.get('messageTemplatesSeeded'))?.value === true) return { ok: true, value: [] };
  const added = await messageTemplatesAddDefaults(session);
  if (added.ok) await session.db.meta.put({ key: 'messageTemplatesSeeded', value: true });
  return added;
}

export async function messageTemplateCreate(
  session: Session,
  input: MessageTemplateInput,
): Promise<Result<MessageTemplate>> {
  const valid = templateValidate(input);
  if (!valid.ok) return valid;
  return mutate(session, [session.db.messageTemplates], async (s) => {
    const template: MessageTemplate = {
      id: idNew<MessageTemplateId>(),
      ...valid.value,
      createdAt: new Date().toISOString(),
      removedAt: null,
    };
    await recordsWrite(
      s,
      [{ table: 'messageTemplates', records: [template] }],
      createDrafts('messageTemplates', [template]),
    );
    return { value: template, changes: [{ table: 'messageTemplates', records: [template] }] };
  });
}

/** Fields of `next` that differ from `current`: what a patch operation carries. */
function changedFields<T extends object>(current: T, next: Partial<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(next).filter(([field, value]) => current[field as keyof T] !== value),
  ) as Partial<T>;
}

/** Patches a template that is still there; an empty patch writes nothing. */
function templatePatch(
  session: Session,
  id: MessageTemplateId,
  patchOf: (current: MessageTemplate) => Partial<MessageTemplate>,
): Promise<Result<MessageTemplate>> {
  return mutate(session, [session.db.messageTemplates], async (s) => {
    const current = await s.db.messageTemplates.get(id);
    if (!current || current.removedAt !== null) throw new DomainFailure({ code: 'template.notFound' });
    const patch = patchOf(current);
    if (Object.keys(patch).length === 0) return { value: current, changes: [] };
    const updated: MessageTemplate = { ...current, ...patch };
    await recordsWrite(
      s,
      [{ table: 'messageTemplates', records: [updated] }],
      [patchDraft('messageTemplates', id, patch)],
    );
    return { value: updated, changes: [{ table: 'messageTemplates', records: [updated] }] };
  });
}

/** Writes only the fields that changed, so two people editing different fields both keep theirs. */
export async function messageTemplateUpdate(
  session: Session,
  id: MessageTemplateId,
  input: MessageTemplateInput,
): Promise<Result<MessageTemplate>> {
  const valid = templateValidate(input);
  if (!valid.ok) return valid;
  return templatePatch(session, id, (current) => changedFields(current, valid.value));
}

export function messageTemplateRemove(
  session: Session,
  id: MessageTemplateId,
): Promise<Result<MessageTemplate>> {
  return templatePatch(session, id, () => ({ removedAt: new Date().toISOString() }));
}

/**
 * Saves the organisation's name, phone line and website, patching only the fields that changed. The one
 * record has a fixed id, so details entered on two devices become one record.
 */
export async function organisationSave(
  session: Session,
  input: OrganisationInput,
): Promise<Result<Organisation>> {
  const valid = organisationValidate(input);
  if (!valid.ok) return valid;
  return mutate(session, [session.db.organisation], async (s) => {
    const stored = await s.db.organisation.get(ORGANISATION_ID);
    // The record is created empty, the same on every device, and filled by patches: details typed on two
    // devices offline then merge field by field instead of one device's create replacing the other's.
    const current: Organisation = stored ?? { id: ORGANISATION_ID, name: '', phoneLine: '', website: '' };
    const patch = changedFields<OrganisationInput>(current, valid.value);
    if (stored && Object.keys(patch).length === 0) return { value: stored, changes: [] };
    const updated: Organisation = { ...current, ...patch };
    const drafts = [
      ...(stored ? [] : createDrafts('organisation', [current])),
      ...(Object.keys(patch).length > 0 ? [patchDraft('organisation', ORGANISATION_ID, patch)] : []),
    ];
    await recordsWrite(s, [{ table: 'organisation', records: [updated] }], drafts);
    return { value: updated, changes: [{ table: 'organisation', records: [updated] }] };
  });
}
