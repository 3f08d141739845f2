/**
 * What went out: a version published on a channel (when, by whom, with a link or reference), and its
 * withdrawal. Append-only: a withdrawal is a new record naming the publication it takes back. Publishing
 * text that is not approved needs an explicit override by the crisis lead, with a reason, kept here.
 */
import { z } from 'zod';
import type { DraftId, IncidentId, PublicationId, VersionId } from './ids';
import { instantSchema, type Instant } from './time';

export const publicationKinds = ['published', 'withdrawn'] as const;
export type PublicationKind = (typeof publicationKinds)[number];

export const PUBLICATION_REFERENCE_MAX = 500;
export const OVERRIDE_REASON_MAX = 1000;

export interface Publication {
  id: PublicationId;
  draftId: DraftId;
  incidentId: IncidentId;
  versionId: VersionId;
  hash: string;
  channelId: string;
  /** The channel's name when it went out (a channel may be renamed or removed later). */
  channelName: string;
  kind: PublicationKind;
  /** For a withdrawal: the publication it takes back. */
  publicationId: PublicationId | null;
  /** A link, message id or note ("sent to 240 addresses"); for a withdrawal, why. */
  reference: string;
  memberId: string;
  memberName: string;
  at: Instant;
  /** Published without approval: the crisis lead's reason. Null for an approved version. */
  override: string | null;
}

export const publicationSchema = z.object({
  id: z.uuid(),
  draftId: z.uuid(),
  incidentId: z.uuid(),
  versionId: z.uuid(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  channelId: z.uuid(),
  channelName: z.string().max(200),
  kind: z.enum(publicationKinds),
  publicationId: z.uuid().nullable(),
  reference: z.string().max(PUBLICATION_REFERENCE_MAX),
  memberId: z.uuid(),
  memberName: z.string().max(200),
  at: instantSchema,
  override: z.string().max(OVERRIDE_REASON_MAX).nullable(),
});

/** Publications still out there: published and not withdrawn since. */
export function publicationsLive(publications: readonly Publication[]): Publication[] {
  const withdrawn = new Set(
    publications.filter((p) => p.kind === 'withdrawn').map((p) => p.publicationId as string),
  );
  return publications.filter((p) => p.kind === 'published' && !withdrawn.has(p.id));
}
