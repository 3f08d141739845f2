/**
 * Approval records: a request for review and each role's decision. Append-only: a decision is never
 * changed, a later decision by the same role on the same version simply comes after it. Every record
 * names the version and its content hash, so a new version leaves earlier approvals behind (voided).
 */
import { z } from 'zod';
import { fail, ok, type Result } from './errors';
import { idDerived, type ApprovalId, type DraftId, type IncidentId, type VersionId } from './ids';
import { MEMBER_ROLE_MAX } from './member';
import { instantSchema, type Instant } from './time';

export const approvalKinds = ['request', 'approve', 'reject'] as const;
export type ApprovalKind = (typeof approvalKinds)[number];

export const APPROVAL_COMMENT_MAX = 2000;

export interface Approval {
  id: ApprovalId;
  draftId: DraftId;
  incidentId: IncidentId;
  versionId: VersionId;
  /** The content hash of the version decided on. */
  hash: string;
  kind: ApprovalKind;
  /** The role decided for; empty for a request. */
  role: string;
  comment: string;
  memberId: string;
  memberName: string;
  at: Instant;
  /** The author approved their own text, being the only holder of the role (shown as a warning). */
  ownVersion: boolean;
}

export const approvalSchema = z.object({
  id: z.uuid(),
  draftId: z.uuid(),
  incidentId: z.uuid(),
  versionId: z.uuid(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(approvalKinds),
  role: z.string().max(MEMBER_ROLE_MAX),
  comment: z.string().max(APPROVAL_COMMENT_MAX),
  memberId: z.uuid(),
  memberName: z.string().max(200),
  at: instantSchema,
  ownVersion: z.boolean(),
});

/** One review request per version, whoever asks first: two people asking offline make one record. */
export function approvalRequestId(versionId: string): ApprovalId {
  return idDerived<ApprovalId>('approvalRequest', versionId);
}

export function commentValidate(kind: Exclude<ApprovalKind, 'request'>, comment: string): Result<string> {
  const trimmed = comment.trim();
  if (kind === 'reject' && trimmed === '') return fail('draft.commentRequired');
  if (trimmed.length > APPROVAL_COMMENT_MAX) return fail('draft.commentTooLong');
  return ok(trimmed);
}

/** Newest last: by time, then id. */
export function approvalOrder(a: Approval, b: Approval): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
