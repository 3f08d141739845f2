/**
 * A stakeholder: a person or organisation the team may have to inform. The directory is organisation-wide
 * and outlives incidents. Removing one leaves a tombstone (`removedAt`), so who was informed stays legible.
 */
import { z } from 'zod';
import { fail, ok, type Result } from './errors';
import type { StakeholderId } from './ids';
import { instantSchema, type Instant } from './time';

export const standardGroups = [
  'authorities',
  'emergencyServices',
  'media',
  'employees',
  'customers',
  'residents',
  'partners',
  'regulators',
  'shareholders',
] as const;
export type StandardGroup = (typeof standardGroups)[number];

export const stakeholderKinds = ['person', 'organisation'] as const;
export type StakeholderKind = (typeof stakeholderKinds)[number];

export const contactKinds = ['phone', 'email', 'other'] as const;
export type ContactKind = (typeof contactKinds)[number];

/** 1 must hear it first. */
export const priorities = [1, 2, 3] as const;
export type Priority = (typeof priorities)[number];

export const STAKEHOLDER_NAME_MAX = 200;
export const STAKEHOLDER_GROUP_MAX = 60;
export const STAKEHOLDER_NOTES_MAX = 4000;
export const CONTACT_VALUE_MAX = 320;
export const CONTACT_LABEL_MAX = 60;
export const CONTACTS_MAX = 20;
export const LANGUAGES_MAX = 10;

export interface ContactPoint {
  kind: ContactKind;
  /** "work", "mobile", "press desk", …; may be empty. */
  label: string;
  value: string;
}

export interface Stakeholder {
  id: StakeholderId;
  kind: StakeholderKind;
  name: string;
  /** For a person: the organisation they belong to; may be empty. */
  organisation: string;
  /** A standard group key, or free text for a custom group. */
  group: string;
  priority: Priority;
  contacts: ContactPoint[];
  /** Language codes such as "nl", "en", "de". */
  languages: string[];
  notes: string;
  createdAt: Instant;
  /** Set when removed from the directory: the record stays, hidden from lists, for the history. */
  removedAt: Instant | null;
}

export const contactPointSchema = z.object({
  kind: z.enum(contactKinds),
  label: z.string().trim().max(CONTACT_LABEL_MAX),
  value: z.string().trim().min(1).max(CONTACT_VALUE_MAX),
});

export const stakeholderSchema = z.object({
  id: z.uuid(),
  kind: z.enum(stakeholderKinds),
  name: z.string().trim().min(1).max(STAKEHOLDER_NAME_MAX),
  organisation: z.string().trim().max(STAKEHOLDER_NAME_MAX),
  group: z.string().trim().min(1).max(STAKEHOLDER_GROUP_MAX),
  priority: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  contacts: z.array(contactPointSchema).max(CONTACTS_MAX),
  languages: z.array(z.string().trim().min(2).max(12)).max(LANGUAGES_MAX),
  notes: z.string().max(STAKEHOLDER_NOTES_MAX),
  createdAt: instantSchema,
  removedAt: instantSchema.nullable(),
});

/** What a person types (or an import supplies) to add or edit a stakeholder. */
export type StakeholderDraft = Omit<Stakeholder, 'id' | 'createdAt' | 'removedAt'>;

export function isStandardGroup(group: string): group is StandardGroup {
  return (standardGroups as readonly string[]).includes(group);
}

export function isPriority(value: unknown): value is Priority {
  return value === 1 || value === 2 || value === 3;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{3,40}$/;

/** Trims and checks a draft; the first problem found is the one reported. */
export function stakeholderValidate(draft: StakeholderDraft): Result<StakeholderDraft> {
  const name = draft.name.trim();
  if (name.length === 0) return fail('stakeholder.nameEmpty');
  if (name.length > STAKEHOLDER_NAME_MAX) return fail('stakeholder.nameTooLong');
  const group = draft.group.trim();
  if (group.length === 0 || group.length > STAKEHOLDER_GROUP_MAX) return fail('stakeholder.groupInvalid');
  if (!isPriority(draft.priority)) return fail('stakeholder.priorityInvalid');
  if (draft.notes.length > STAKEHOLDER_NOTES_MAX) return fail('stakeholder.notesTooLong');
  if (draft.contacts.length > CONTACTS_MAX) return fail('stakeholder.contactInvalid');
  const contacts: ContactPoint[] = [];
  for (const contact of draft.contacts) {
    const value = contact.value.trim();
    if (value === '') continue;
    if (value.length > CONTACT_VALUE_MAX) return fail('stakeholder.contactInvalid', value);
    if (contact.kind === 'email' && !EMAIL.test(value)) return fail('stakeholder.emailInvalid', value);
    if (contact.kind === 'phone' && !PHONE.test(value)) return fail('stakeholder.phoneInvalid', value);
    contacts.push({ kind: contact.kind, label: contact.label.trim().slice(0, CONTACT_LABEL_MAX), value });
  }
  const languages = [
    ...new Set(draft.languages.map((l) => l.trim().toLowerCase()).filter((l) => l.length >= 2)),
  ];
  if (languages.length > LANGUAGES_MAX || languages.some((l) => l.length > 12))
    return fail('stakeholder.languageInvalid');
  return ok({
    kind: draft.kind,
    name,
    organisation: draft.organisation.trim().slice(0, STAKEHOLDER_NAME_MAX),
    group,
    priority: draft.priority,
    contacts,
    languages,
    notes: draft.notes,
  });
}

/** Lower-cased, accents folded: what a search compares against. */
export function stakeholderSearchText(s: Stakeholder): string {
  const parts = [s.name, s.organisation, s.group, s.notes, ...s.contacts.map((c) => c.value)];
  return fold(parts.join(' '));
}

/** Names as people read them: case- and accent-insensitive, "Person 9" before "Person 10". */
export const nameOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface StakeholderFilter {
  query: string;
  group: string | null;
  priority: Priority | null;
}

/** The directory as listed: no removed ones, priority first, then name. */
export function stakeholdersFilter(
  all: readonly Stakeholder[],
  filter: StakeholderFilter,
  searchText: (s: Stakeholder) => string = stakeholderSearchText,
): Stakeholder[] {
  const terms = fold(filter.query).split(/\s+/).filter(Boolean);
  return all
    .filter(
      (s) =>
        s.removedAt === null &&
        (filter.group === null || s.group === filter.group) &&
        (filter.priority === null || s.priority === filter.priority) &&
        (terms.length === 0 || terms.every((t) => searchText(s).includes(t))),
    )
    .sort((a, b) => a.priority - b.priority || nameOrder.compare(a.name, b.name));
}

/** Two rows describe the same stakeholder: same name and organisation, ignoring case and accents. */
export function stakeholderKey(s: Pick<Stakeholder, 'name' | 'organisation'>): string {
  return `${fold(s.name.trim())}\u0000${fold(s.organisation.trim())}`;
}
