/**
 * The text of a draft lives in versions. A version is never changed: every save is a new version naming
 * the version(s) it was written from. Two people who edit the same version (offline, or at the same time)
 * write sibling versions; both stay, the draft shows them side by side until someone picks one or merges
 * them into a new version whose parents are both. Each version carries the SHA-256 of its body, which an
 * approval names, so an approval can only ever be for exactly that text.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { fail, ok, type Result } from './errors';
import type { DraftId, IncidentId, VersionId } from './ids';
import { instantSchema, type Instant } from './time';

export const DRAFT_BODY_MAX = 50_000;
/** A merge of more than a handful of siblings is not something people do; the bound keeps records small. */
export const VERSION_PARENTS_MAX = 8;

export interface DraftVersion {
  id: VersionId;
  draftId: DraftId;
  incidentId: IncidentId;
  body: string;
  /** The versions it was written from: none for the first, one for an edit, several for a merge. */
  parentIds: VersionId[];
  authorId: string;
  authorName: string;
  createdAt: Instant;
  /** SHA-256 of the body (hex). */
  hash: string;
}

export function contentHash(body: string): string {
  return bytesToHex(sha256(utf8ToBytes(body)));
}

export const draftVersionSchema = z
  .object({
    id: z.uuid(),
    draftId: z.uuid(),
    incidentId: z.uuid(),
    body: z.string().min(1).max(DRAFT_BODY_MAX),
    parentIds: z.array(z.uuid()).max(VERSION_PARENTS_MAX),
    authorId: z.uuid(),
    authorName: z.string().max(200),
    createdAt: instantSchema,
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  // A version whose hash does not match its text was altered on the way: refused, never applied.
  .refine((v) => contentHash(v.body) === v.hash, { message: 'hash does not match the body', path: ['hash'] });

/** Body rules for a new version. Trailing spaces are trimmed; the text itself is kept as written. */
export function bodyValidate(body: string): Result<string> {
  const trimmed = body.replace(/\s+$/u, '');
  if (trimmed.trim() === '') return fail('draft.bodyEmpty');
  if (trimmed.length > DRAFT_BODY_MAX) return fail('draft.bodyTooLong');
  return ok(trimmed);
}

export interface VersionInput {
  id: VersionId;
  draftId: DraftId;
  incidentId: IncidentId;
  body: string;
  parents: readonly DraftVersion[];
  author: { id: string; name: string };
  at: Instant;
}

/**
 * A new version. Refused when the body is empty or too long, or when it is an edit of one version that
 * changes nothing (a merge may keep one sibling's text: picking it is a decision worth recording).
 */
export function versionBuild(input: VersionInput): Result<DraftVersion> {
  const body = bodyValidate(input.body);
  if (!body.ok) return body;
  if (input.parents.length > VERSION_PARENTS_MAX) return fail('draft.parentUnknown', 'too many parents');
  if (input.parents.length === 1 && input.parents[0]!.body === body.value) return fail('draft.unchanged');
  return ok({
    id: input.id,
    draftId: input.draftId,
    incidentId: input.incidentId,
    body: body.value,
    parentIds: input.parents.map((p) => p.id),
    authorId: input.author.id,
    authorName: input.author.name,
    createdAt: input.at,
    hash: contentHash(body.value),
  });
}

/** Oldest first; versions written in the same millisecond by id, which every device knows. */
export function versionOrder(a: DraftVersion, b: DraftVersion): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The versions nobody has built on yet. One head: that is the current text. Several: sibling versions,
 * written from the same text without seeing each other, waiting for someone to pick or merge.
 */
export function versionHeads(versions: readonly DraftVersion[]): DraftVersion[] {
  const parents = new Set<string>();
  for (const v of versions) for (const p of v.parentIds) parents.add(p);
  return versions.filter((v) => !parents.has(v.id)).sort(versionOrder);
}

/** Display numbers (v1, v2, …) in order of writing; the same on every device once all versions are known. */
export function versionNumbers(versions: readonly DraftVersion[]): Map<string, number> {
  return new Map([...versions].sort(versionOrder).map((v, i) => [v.id, i + 1]));
}
