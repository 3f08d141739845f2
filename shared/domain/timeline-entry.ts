/**
 * A timeline entry: one thing that happened, was decided, done or said. Entries are append-only: a
 * correction is a new entry that references the one it corrects, a retraction is a new entry that carries
 * the reason. Only `pinned` can change in place, because it is a reading aid and not part of the record.
 */
import { z } from 'zod';
import { systemEventKeys } from './system-event';
import type { EntryId, IncidentId, MemberId } from './ids';
import type { SystemEvent } from './incident-rules';
import { instantSchema, type Instant } from './time';

export const entryKinds = [
  'observation',
  'decision',
  'action',
  'communication',
  'inquiry',
  'stakeholder',
  'system',
] as const;
export type EntryKind = (typeof entryKinds)[number];

/** The kinds a person logs by hand; `system` entries are written by the app itself. */
export const manualEntryKinds = entryKinds.filter((k) => k !== 'system') as Exclude<EntryKind, 'system'>[];

export const ENTRY_TEXT_MAX = 5000;
export const ENTRY_TAGS_MAX = 20;
export const ENTRY_TAG_MAX = 40;
/** How far ahead of this device's clock an occurrence time may be (clocks on laptops drift). */
export const ENTRY_FUTURE_SLACK_MS = 5 * 60 * 1000;

export type AmendmentType = 'correction' | 'retraction';

export interface Amendment {
  type: AmendmentType;
  entryId: EntryId;
}

export interface TimelineEntry {
  id: EntryId;
  incidentId: IncidentId;
  kind: EntryKind;
  /** For a retraction, the reason. */
  text: string;
  authorId: MemberId;
  /** Name and role as they were when the entry was written: the record must not change with a profile. */
  authorName: string;
  authorRole: string;
  occurredAt: Instant;
  recordedAt: Instant;
  pinned: boolean;
  tags: string[];
  amends: Amendment | null;
  /** For system entries: what happened, so every reader sees it in their own language. */
  event: SystemEvent | null;
}

export const timelineEntrySchema = z.object({
  id: z.uuid(),
  incidentId: z.uuid(),
  kind: z.enum(entryKinds),
  text: z.string().max(ENTRY_TEXT_MAX),
  authorId: z.uuid(),
  authorName: z.string().max(200),
  authorRole: z.string().max(200),
  occurredAt: instantSchema,
  recordedAt: instantSchema,
  pinned: z.boolean(),
  tags: z.array(z.string().min(1).max(ENTRY_TAG_MAX)).max(ENTRY_TAGS_MAX),
  amends: z.object({ type: z.enum(['correction', 'retraction']), entryId: z.uuid() }).nullable(),
  event: z
    .object({
      key: z.enum(systemEventKeys),
      values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    })
    .nullable(),
});
