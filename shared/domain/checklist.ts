/**
 * Channel checklists. Templates (organisation-wide, editable) hold the steps per channel kind, for every
 * crisis type or one; opening an incident turns the templates of the channels in use into checklist items
 * of that incident. Items are ordered by a fractional index, so two people reordering or inserting at the
 * same time never renumber each other's items; ties are broken by id, which every replica knows.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { z } from 'zod';
import type { Channel, ChannelKind } from './channel';
import { channelKinds } from './channel';
import { fail, ok, type Result } from './errors';
import {
  idDerived,
  type ChannelId,
  type ChecklistItemId,
  type ChecklistTemplateItemId,
  type IncidentId,
} from './ids';
import { crisisTypes, type CrisisType, type Incident } from './incident';
import { instantSchema, type Instant } from './time';

export const CHECKLIST_TEXT_MAX = 300;
export const CHECKLIST_REASON_MAX = 500;

export type Language = 'en' | 'nl';

export interface ChecklistTemplateItem {
  id: ChecklistTemplateItemId;
  channelKind: ChannelKind;
  /** Only for this crisis type; null: for every incident. */
  crisisType: CrisisType | null;
  text: Record<Language, string>;
  assigneeRole: string;
  order: string;
  createdAt: Instant;
  removedAt: Instant | null;
}

export const checklistItemStatuses = ['open', 'done', 'notApplicable'] as const;
export type ChecklistItemStatus = (typeof checklistItemStatuses)[number];

export interface ChecklistItem {
  id: ChecklistItemId;
  incidentId: IncidentId;
  channelId: ChannelId;
  /** The template it came from; null for a step added during the incident. */
  templateItemId: ChecklistTemplateItemId | null;
  text: string;
  assigneeRole: string;
  order: string;
  status: ChecklistItemStatus;
  /** Who closed it (done or not applicable) and when. */
  closedBy: string | null;
  closedByName: string;
  closedAt: Instant | null;
  /** Why it does not apply. */
  reason: string;
  createdAt: Instant;
}

const orderSchema = z.string().min(1).max(200);

export const checklistTemplateItemSchema = z.object({
  id: z.uuid(),
  channelKind: z.enum(channelKinds),
  crisisType: z.enum(crisisTypes).nullable(),
  text: z.object({
    en: z.string().trim().min(1).max(CHECKLIST_TEXT_MAX),
    nl: z.string().trim().min(1).max(CHECKLIST_TEXT_MAX),
  }),
  assigneeRole: z.string().max(60),
  order: orderSchema,
  createdAt: instantSchema,
  removedAt: instantSchema.nullable(),
});

export const checklistItemSchema = z.object({
  id: z.uuid(),
  incidentId: z.uuid(),
  channelId: z.uuid(),
  templateItemId: z.uuid().nullable(),
  text: z.string().trim().min(1).max(CHECKLIST_TEXT_MAX),
  assigneeRole: z.string().max(60),
  order: orderSchema,
  status: z.enum(checklistItemStatuses),
  closedBy: z.uuid().nullable(),
  closedByName: z.string().max(200),
  closedAt: instantSchema.nullable(),
  reason: z.string().max(CHECKLIST_REASON_MAX),
  createdAt: instantSchema,
});

/** Stable order: by fractional index, then id (two keys made at once can be equal). */
export function byOrder<T extends { order: string; id: string }>(a: T, b: T): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A key that sorts between `before` and `after` (either may be null: the start or the end). */
export function orderBetween(before: string | null, after: string | null): string {
  // Equal neighbours (a tie from concurrent inserts) have no key strictly between them: go after both.
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null);
  return generateKeyBetween(before, after);
}

/**
 * The key for an item placed at position `to` of `sorted` (which does not hold the item). Inside a tie
 * (equal keys from concurrent inserts) no key fits strictly: the item goes right after the tied items,
 * still before the next greater key, rather than past it.
 */
export function orderAt<T extends { order: string }>(sorted: readonly T[], to: number): string {
  const before = sorted[to - 1]?.order ?? null;
  const after = sorted.slice(to).find((item) => before === null || item.order > before)?.order ?? null;
  return orderBetween(before, after);
}

/** The key that moves `items[from]` to position `to` of the sorted list. */
export function orderForMove<T extends { order: string; id: string }>(
  sorted: readonly T[],
  from: number,
  to: number,
): string {
  return orderAt(
    sorted.filter((_, i) => i !== from),
    to,
  );
}

export function orderKeys(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

export function checklistItemId(
  incidentId: string,
  channelId: string,
  templateItemId: string,
): ChecklistItemId {
  return idDerived<ChecklistItemId>('checklist', incidentId, channelId, templateItemId);
}

/** Template items that apply to a channel of this kind in an incident of this type, in order. */
export function templatesFor(
  templates: readonly ChecklistTemplateItem[],
  kind: ChannelKind,
  crisisType: CrisisType,
): ChecklistTemplateItem[] {
  return templates
    .filter(
      (t) =>
        t.removedAt === null &&
        t.channelKind === kind &&
        (t.crisisType === null || t.crisisType === crisisType),
    )
    .sort(byOrder);
}

/**
 * The checklist items an incident gets: for each channel in use, its template steps, in the team's
 * language. Ids are derived from incident, channel and template, so instantiating twice (or on two devices
 * at once) yields the same items; `existing` ones are left out.
 */
export function checklistInstantiate(
  incident: Pick<Incident, 'id' | 'crisisType'>,
  channels: readonly Channel[],
  templates: readonly ChecklistTemplateItem[],
  language: Language,
  now: Instant,
  existing: ReadonlySet<string> = new Set(),
): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const channel of channels) {
    if (!channel.active || channel.removedAt !== null) continue;
    for (const template of templatesFor(templates, channel.kind, incident.crisisType)) {
      const id = checklistItemId(incident.id, channel.id, template.id);
      if (existing.has(id)) continue;
      items.push({
        id,
        incidentId: incident.id,
        channelId: channel.id,
        templateItemId: template.id,
        text: template.text[language],
        assigneeRole: template.assigneeRole,
        order: template.order,
        status: 'open',
        closedBy: null,
        closedByName: '',
        closedAt: null,
        reason: '',
        createdAt: now,
      });
    }
  }
  return items;
}

export type ChecklistItemPatch = Partial<
  Pick<ChecklistItem, 'status' | 'closedBy' | 'closedByName' | 'closedAt' | 'reason'>
>;

export interface Closer {
  id: string;
  name: string;
  at: Instant;
}

export function checklistComplete(item: ChecklistItem, by: Closer): Result<ChecklistItemPatch> {
  if (item.status !== 'open') return fail('checklist.alreadyClosed');
  return ok({ status: 'done', closedBy: by.id, closedByName: by.name, closedAt: by.at, reason: '' });
}

export function checklistSkip(item: ChecklistItem, reason: string, by: Closer): Result<ChecklistItemPatch> {
  if (item.status !== 'open') return fail('checklist.alreadyClosed');
  const trimmed = reason.trim();
  if (trimmed === '') return fail('checklist.reasonRequired');
  if (trimmed.length > CHECKLIST_REASON_MAX) return fail('checklist.textTooLong');
  return ok({
    status: 'notApplicable',
    closedBy: by.id,
    closedByName: by.name,
    closedAt: by.at,
    reason: trimmed,
  });
}

/** Opens a closed item again (done by mistake); the timeline keeps that it was closed. */
export function checklistReopen(item: ChecklistItem): Result<ChecklistItemPatch> {
  if (item.status === 'open') return fail('checklist.notClosed');
  return ok({ status: 'open', closedBy: null, closedByName: '', closedAt: null, reason: '' });
}

export function checklistTextValidate(text: string): Result<string> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('checklist.textEmpty');
  if (trimmed.length > CHECKLIST_TEXT_MAX) return fail('checklist.textTooLong');
  return ok(trimmed);
}

export interface ChecklistProgress {
  total: number;
  done: number;
  notApplicable: number;
  open: number;
  /** Closed (done or not applicable) as a whole percentage; 100 for an empty list. */
  percent: number;
}

export function checklistProgress(items: readonly Pick<ChecklistItem, 'status'>[]): ChecklistProgress {
  const done = items.filter((i) => i.status === 'done').length;
  const notApplicable = items.filter((i) => i.status === 'notApplicable').length;
  const total = items.length;
  const closed = done + notApplicable;
  return {
    total,
    done,
    notApplicable,
    open: total - closed,
    percent: total === 0 ? 100 : Math.floor((closed * 100) / total),
  };
}

/** Items grouped per channel, each group in order. */
export function checklistsByChannel(items: readonly ChecklistItem[]): Map<string, ChecklistItem[]> {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) {
    const group = groups.get(item.channelId) ?? [];
    group.push(item);
    groups.set(item.channelId, group);
  }
  for (const group of groups.values()) group.sort(byOrder);
  return groups;
}

export function templateItemId(key: string): ChecklistTemplateItemId {
  return idDerived<ChecklistTemplateItemId>('template', key);
}
