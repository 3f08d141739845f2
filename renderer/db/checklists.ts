/**
 * Checklist templates (organisation-wide) and the checklist items of an incident. Completing or skipping
 * an item is also an action entry on the timeline, in the same transaction.
 */
import { DomainFailure, type Result } from '../../shared/domain/errors';
import {
  byOrder,
  checklistComplete,
  checklistInstantiate,
  checklistReopen,
  checklistSkip,
  checklistTextValidate,
  orderAt,
  orderBetween,
  type ChecklistItem,
  type ChecklistItemPatch,
  type ChecklistTemplateItem,
  type Language,
} from '../../shared/domain/checklist';
import { defaultTemplates } from '../../shared/domain/checklist-defaults';
import type { ChannelKind } from '../../shared/domain/channel';
import {
  idNew,
  type ChannelId,
  type ChecklistItemId,
  type ChecklistTemplateItemId,
  type IncidentId,
} from '../../shared/domain/ids';
import type { CrisisType } from '../../shared/domain/incident';
import type { Session } from './session';
import { createDrafts, eventEntry, patchDraft, recordsWrite } from './records';
import { mutate, type Writable } from './write';

/**
 * Adds the shipped default templates that this database does not have yet. Their ids are fixed, so two
 * devices doing this offline end up with one set after sync; a default the team removed stays removed.
 */
export async function templatesAddDefaults(session: Session): Promise<Result<ChecklistTemplateItem[]>> {
  return mutate(session, [session.db.checklistTemplates], async (s) => {
    const defaults = defaultTemplates(new Date().toISOString());
    const existing = await s.db.checklistTemplates.bulkGet(defaults.map((t) => t.id));
    const fresh = defaults.filter((_, i) => !existing[i]);
    await recordsWrite(
      s,
      [{ table: 'checklistTemplates', records: fresh }],
      createDrafts('checklistTemplates', fresh),
    );
    return { value: fresh, changes: fresh.length ? [{ table: 'checklistTemplates', records: fresh }] : [] };
  });
}

/**
 * The first time this device opens the war room, it adds the shipped templates, so the first incident
 * already has checklists. Later starts leave them as the team edited them.
 */
export async function templatesSeed(session: Session): Promise<Result<ChecklistTemplateItem[]>> {
  if ((await session.db.meta.get('templatesSeeded'))?.value === true) return { ok: true, value: [] };
  const added = await templatesAddDefaults(session);
  if (added.ok) await session.db.meta.put({ key: 'templatesSeeded', value: true });
  return added;
}

export async function templateCreate(
  session: Session,
  input: {
    channelKind: ChannelKind;
    crisisType: CrisisType | null;
    text: Record<Language, string>;
    assigneeRole: string;
  },
): Promise<Result<ChecklistTemplateItem>> {
  const en = checklistTextValidate(input.text.en || input.text.nl);
  const nl = checklistTextValidate(input.text.nl || input.text.en);
  if (!en.ok) return en;
  if (!nl.ok) return nl;
  return mutate(session, [session.db.checklistTemplates], async (s) => {
    const siblings = (await s.db.checklistTemplates.where('channelKind').equals(input.channelKind).toArray())
      .filter((t) => t.removedAt === null)
      .sort(byOrder);
    const template: ChecklistTemplateItem = {
      id: idNew<ChecklistTemplateItemId>(),
      channelKind: input.channelKind,
      crisisType: input.crisisType,
      text: { en: en.value, nl: nl.value },
      assigneeRole: input.assigneeRole.trim().slice(0, 60),
      order: orderBetween(siblings.at(-1)?.order ?? null, null),
      createdAt: new Date().toISOString(),
      removedAt: null,
    };
    await recordsWrite(
      s,
      [{ table: 'checklistTemplates', records: [template] }],
      createDrafts('checklistTemplates', [template]),
    );
    return { value: template, changes: [{ table: 'checklistTemplates', records: [template] }] };
  });
}

export async function templateUpdate(
  session: Session,
  id: ChecklistTemplateItemId,
  patch: Partial<Pick<ChecklistTemplateItem, 'text' | 'assigneeRole' | 'crisisType' | 'order' | 'removedAt'>>,
): Promise<Result<ChecklistTemplateItem>> {
  if (patch.text) {
    const en = checklistTextValidate(patch.text.en);
    if (!en.ok) return en;
    const nl = checklistTextValidate(patch.text.nl);
    if (!nl.ok) return nl;
    patch = { ...patch, text: { en: en.value, nl: nl.value } };
  }
  return mutate(session, [session.db.checklistTemplates], async (s) => {
    const current = await s.db.checklistTemplates.get(id);
    if (!current) throw new DomainFailure({ code: 'checklist.notFound' });
    const updated: ChecklistTemplateItem = { ...current, ...patch };
    await recordsWrite(
      s,
      [{ table: 'checklistTemplates', records: [updated] }],
      [patchDraft('checklistTemplates', id, patch)],
    );
    return { value: updated, changes: [{ table: 'checklistTemplates', records: [updated] }] };
  });
}

/** The checklist items the incident still lacks for the channels in use (read only; the caller writes). */
export function checklistItemsFor(
  s: Writable,
  incident: { id: IncidentId; crisisType: CrisisType },
  language: Language,
): PromiseLike<ChecklistItem[]> {
  const { db } = s;
  return db.channels.toArray().then((channels) =>
    db.checklistTemplates.toArray().then((templates) =>
      db.checklistItems
        .where('incidentId')
        .equals(incident.id)
        .primaryKeys()
        .then((keys) =>
          checklistInstantiate(
            incident,
            channels,
            templates,
            language,
            new Date().toISOString(),
            new Set(keys),
          ),
        ),
    ),
  );
}

export async function checklistsInstantiate(
  session: Session,
  incidentId: IncidentId,
  language: Language,
): Promise<Result<ChecklistItem[]>> {
  const { db } = session;
  return mutate(session, [db.incidents, db.channels, db.checklistTemplates, db.checklistItems], async (s) => {
    const incident = await db.incidents.get(incidentId);
    if (!incident) throw new DomainFailure({ code: 'incident.notFound' });
    const items = await checklistItemsFor(s, incident, language);
    await recordsWrite(
      s,
      [{ table: 'checklistItems', records: items }],
      createDrafts('checklistItems', items),
    );
    return { value: items, changes: items.length ? [{ table: 'checklistItems', records: items }] : [] };
  });
}

/** A step added during the incident, at the end of the channel's list. */
export async function checklistItemAdd(
  session: Session,
  incidentId: IncidentId,
  channelId: ChannelId,
  text: string,
  assigneeRole: string,
): Promise<Result<ChecklistItem>> {
  const valid = checklistTextValidate(text);
  if (!valid.ok) return valid;
  const { db } = session;
  return mutate(session, [db.checklistItems, db.channels], async (s) => {
    if (!(await db.channels.get(channelId))) throw new DomainFailure({ code: 'channel.notFound' });
    const siblings = (await db.checklistItems.where('incidentId').equals(incidentId).toArray())
      .filter((i) => i.channelId === channelId)
      .sort(byOrder);
    const item: ChecklistItem = {
      id: idNew<ChecklistItemId>(),
      incidentId,
      channelId,
      templateItemId: null,
      text: valid.value,
      assigneeRole: assigneeRole.trim().slice(0, 60),
      order: orderBetween(siblings.at(-1)?.order ?? null, null),
      status: 'open',
      closedBy: null,
      closedByName: '',
      closedAt: null,
      reason: '',
      createdAt: new Date().toISOString(),
    };
    await recordsWrite(
      s,
      [{ table: 'checklistItems', records: [item] }],
      createDrafts('checklistItems', [item]),
    );
    return { value: item, changes: [{ table: 'checklistItems', records: [item] }] };
  });
}

/** Moves an item to position `to` within its channel's list. */
export async function checklistItemMove(
  session: Session,
  id: ChecklistItemId,
  to: number,
): Promise<Result<ChecklistItem>> {
  const { db } = session;
  return mutate(session, [db.checklistItems], async (s) => {
    const item = await db.checklistItems.get(id);
    if (!item) throw new DomainFailure({ code: 'checklist.notFound' });
    const siblings = (await db.checklistItems.where('incidentId').equals(item.incidentId).toArray())
      .filter((i) => i.channelId === item.channelId && i.id !== id)
      .sort(byOrder);
    const index = Math.max(0, Math.min(to, siblings.length));
    const order = orderAt(siblings, index);
    const updated: ChecklistItem = { ...item, order };
    await recordsWrite(
      s,
      [{ table: 'checklistItems', records: [updated] }],
      [patchDraft('checklistItems', id, { order })],
    );
    return { value: updated, changes: [{ table: 'checklistItems', records: [updated] }] };
  });
}

type Transition = (
  item: ChecklistItem,
  by: { id: string; name: string; at: string },
) => Result<ChecklistItemPatch>;

async function itemTransition(
  session: Session,
  id: ChecklistItemId,
  transition: Transition,
): Promise<Result<ChecklistItem>> {
  const { db } = session;
  return mutate(session, [db.checklistItems, db.channels, db.timeline], async (s) => {
    const item = await db.checklistItems.get(id);
    if (!item) throw new DomainFailure({ code: 'checklist.notFound' });
    const now = new Date().toISOString();
    const patch = transition(item, { id: s.member.id, name: s.member.name, at: now });
    if (!patch.ok) throw new DomainFailure(patch.error);
    const updated: ChecklistItem = { ...item, ...patch.value };
    const channel = await db.channels.get(item.channelId);
    const entry = eventEntry(
      s,
      item.incidentId,
      'action',
      {
        key: 'checklistItem',
        values: {
          text: item.text,
          channel: channel?.name ?? '',
          status: updated.status,
          reason: updated.reason,
        },
      },
      now,
    );
    await recordsWrite(
      s,
      [
        { table: 'checklistItems', records: [updated] },
        { table: 'timeline', records: [entry] },
      ],
      [patchDraft('checklistItems', id, patch.value), ...createDrafts('timeline', [entry])],
    );
    return {
      value: updated,
      changes: [
        { table: 'checklistItems', records: [updated] },
        { table: 'timeline', records: [entry] },
      ],
    };
  });
}

export function checklistItemComplete(session: Session, id: ChecklistItemId): Promise<Result<ChecklistItem>> {
  return itemTransition(session, id, (item, by) => checklistComplete(item, by));
}

export function checklistItemSkip(
  session: Session,
  id: ChecklistItemId,
  reason: string,
): Promise<Result<ChecklistItem>> {
  return itemTransition(session, id, (item, by) => checklistSkip(item, reason, by));
}

export function checklistItemReopen(session: Session, id: ChecklistItemId): Promise<Result<ChecklistItem>> {
  return itemTransition(session, id, (item) => checklistReopen(item));
}
