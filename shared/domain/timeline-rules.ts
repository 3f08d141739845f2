/**
 * Rules for writing timeline entries: validation of what a person typed, corrections and retractions.
 * Pure: the caller supplies the clock and the existing entries.
 */
import { fail, ok, type Result } from './errors';
import type { EntryId } from './ids';
import type { Instant } from './time';
import {
  ENTRY_FUTURE_SLACK_MS,
  ENTRY_TAG_MAX,
  ENTRY_TAGS_MAX,
  ENTRY_TEXT_MAX,
  type EntryKind,
  type TimelineEntry,
} from './timeline-entry';

export interface EntryInput {
  kind: EntryKind;
  text: string;
  /** When it happened; defaults to now. Anything `Date.parse` cannot read is refused. */
  occurredAt?: string | undefined;
}

export interface ValidEntry {
  kind: EntryKind;
  text: string;
  occurredAt: Instant;
  tags: string[];
}

const HASHTAG = /(?:^|\s)#([\p{L}\p{N}_-]+)/gu;

/** Hashtags in the text become tags, so the scribe never leaves the keyboard to tag an entry. */
export function entryTags(text: string): string[] {
  const tags = new Set<string>();
  for (const match of text.matchAll(HASHTAG)) tags.add(match[1]!.toLowerCase());
  return [...tags];
}

export function occurredAtValidate(value: string | undefined, nowMs: number): Result<Instant> {
  if (value === undefined || value === '') return ok(new Date(nowMs).toISOString());
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || ms < Date.UTC(1970, 0, 1)) return fail('entry.invalidDate');
  if (ms - nowMs > ENTRY_FUTURE_SLACK_MS) return fail('entry.tooFarInFuture');
  return ok(new Date(ms).toISOString());
}

export function entryValidate(input: EntryInput, nowMs: number): Result<ValidEntry> {
  const text = input.text.trim();
  if (text.length === 0) return fail('entry.empty');
  if (text.length > ENTRY_TEXT_MAX) return fail('entry.tooLong', `${text.length} > ${ENTRY_TEXT_MAX}`);
  const tags = entryTags(text);
  if (tags.length > ENTRY_TAGS_MAX) return fail('entry.tooManyTags');
  if (tags.some((t) => t.length > ENTRY_TAG_MAX)) return fail('entry.tagTooLong');
  const occurredAt = occurredAtValidate(input.occurredAt, nowMs);
  if (!occurredAt.ok) return occurredAt;
  return ok({ kind: input.kind, text, occurredAt: occurredAt.value, tags });
}

/** What later entries say about an entry: the corrections made to it and its retraction, if any. */
export interface EntryAmendments {
  corrections: TimelineEntry[];
  retraction: TimelineEntry | null;
}

export type EntryStatus = 'current' | 'corrected' | 'retracted';

export function timelineAmendments(entries: Iterable<TimelineEntry>): Map<EntryId, EntryAmendments> {
  const byTarget = new Map<EntryId, EntryAmendments>();
  for (const entry of entries) {
    if (!entry.amends) continue;
    const target = entry.amends.entryId;
    let record = byTarget.get(target);
    if (!record) byTarget.set(target, (record = { corrections: [], retraction: null }));
    if (entry.amends.type === 'correction') record.corrections.push(entry);
    // Two people may retract the same entry while offline; the first one recorded is shown as the reason.
    else if (!record.retraction || entry.recordedAt < record.retraction.recordedAt) record.retraction = entry;
  }
  return byTarget;
}

export function entryStatus(amendments: EntryAmendments | undefined): EntryStatus {
  if (!amendments) return 'current';
  if (amendments.retraction) return 'retracted';
  return amendments.corrections.length > 0 ? 'corrected' : 'current';
}

export function correctionValidate(
  original: TimelineEntry,
  amendments: EntryAmendments | undefined,
  input: { text: string; occurredAt?: string | undefined },
  nowMs: number,
): Result<ValidEntry> {
  if (amendments?.retraction) return fail('entry.alreadyRetracted');
  if (original.amends?.type === 'retraction') return fail('entry.alreadyRetracted');
  const valid = entryValidate({ kind: original.kind, text: input.text, occurredAt: input.occurredAt }, nowMs);
  if (!valid.ok) return valid;
  if (valid.value.text === original.text && valid.value.occurredAt === original.occurredAt) {
    return fail('entry.unchanged');
  }
  return valid;
}

export function retractionValidate(
  original: TimelineEntry,
  amendments: EntryAmendments | undefined,
  reason: string,
): Result<string> {
  if (amendments?.retraction || original.amends?.type === 'retraction') return fail('entry.alreadyRetracted');
  const text = reason.trim();
  if (text.length === 0) return fail('entry.reasonRequired');
  if (text.length > ENTRY_TEXT_MAX) return fail('entry.tooLong');
  return ok(text);
}
