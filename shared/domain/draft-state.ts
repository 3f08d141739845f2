/**
 * Everything a draft "is", derived from its records and never stored: its status, its current version
 * (or its sibling versions), each required role's decision on that version, the approvals a newer version
 * voided, and what is live on which channel. Also the rules for who may decide and what may be published.
 * Pure: the same records give the same state on every device.
 */
import { approvalOrder, commentValidate, type Approval } from './approval';
import type { Draft } from './draft';
import { versionHeads, versionNumbers, versionOrder, type DraftVersion } from './draft-version';
import { fail, ok, type Result } from './errors';
import type { RoleAssignment } from './incident-role';
import type { Member } from './member';
import { OVERRIDE_REASON_MAX, publicationsLive, type Publication } from './publication';
import { instantToMs, type Instant } from './time';

export const draftStatuses = ['draft', 'inReview', 'approved', 'rejected', 'published', 'withdrawn'] as const;
export type DraftStatus = (typeof draftStatuses)[number];

export interface RoleDecision {
  role: string;
  state: 'pending' | 'approved' | 'rejected';
  /** The latest decision of this role on the current version. */
  decision: Approval | null;
  /** Since when this role has been asked to decide (the review request), while pending. */
  waitingSince: Instant | null;
}

export interface DraftState {
  status: DraftStatus;
  /** All versions, oldest first. */
  versions: DraftVersion[];
  numbers: Map<string, number>;
  heads: DraftVersion[];
  /** The current text: the single head; null when there are no versions or several siblings. */
  latest: DraftVersion | null;
  siblings: boolean;
  /** Every required role has approved the current version. */
  approved: boolean;
  /** The review request for the current version. */
  request: Approval | null;
  roles: RoleDecision[];
  /** Requests and decisions on versions that are no longer current: kept, shown as voided. */
  voided: Approval[];
  /** Decisions whose hash does not match their version's text: never counted. */
  mismatched: Approval[];
  /** Every publication and withdrawal, oldest first. */
  publications: Publication[];
  /** Published and not withdrawn. */
  live: Publication[];
}

export interface DraftRecords {
  draft: Draft;
  versions: readonly DraftVersion[];
  approvals: readonly Approval[];
  publications: readonly Publication[];
}

/** Versions, approvals or publications grouped by the draft they belong to. */
export function recordsByDraft<T extends { draftId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.draftId);
    if (group) group.push(record);
    else groups.set(record.draftId, [record]);
  }
  return groups;
}

export function draftState({ draft, versions, approvals, publications }: DraftRecords): DraftState {
  const sorted = [...versions].sort(versionOrder);
  const heads = versionHeads(sorted);
  const latest = heads.length === 1 ? heads[0]! : null;
  const byId = new Map(sorted.map((v) => [v.id as string, v]));
  const ordered = [...approvals].sort(approvalOrder);
  const mismatched = ordered.filter((a) => byId.get(a.versionId)?.hash !== a.hash);
  const valid = ordered.filter((a) => byId.get(a.versionId)?.hash === a.hash);
  const current = valid.filter((a) => latest !== null && a.versionId === latest.id);
  const voided = valid.filter((a) => latest === null || a.versionId !== latest.id);
  const request = current.find((a) => a.kind === 'request') ?? null;

  const roles: RoleDecision[] = draft.requiredRoles.map((role) => {
    const decision = current.filter((a) => a.kind !== 'request' && a.role === role).at(-1) ?? null;
    const state = decision === null ? 'pending' : decision.kind === 'approve' ? 'approved' : 'rejected';
    return { role, state, decision, waitingSince: state === 'pending' ? (request?.at ?? null) : null };
  });
  const approved = latest !== null && roles.every((r) => r.state === 'approved');

  const pubs = [...publications].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const live = publicationsLive(pubs);
  const ofLatest = pubs.filter((p) => latest !== null && p.versionId === latest.id);

  let status: DraftStatus = 'draft';
  if (latest === null) status = 'draft';
  else if (live.some((p) => p.versionId === latest.id)) status = 'published';
  else if (ofLatest.length > 0) status = 'withdrawn';
  else if (roles.some((r) => r.state === 'rejected')) status = 'rejected';
  else if (approved) status = 'approved';
  else if (request !== null || current.length > 0) status = 'inReview';

  return {
    status,
    versions: sorted,
    numbers: versionNumbers(sorted),
    heads,
    latest,
    siblings: heads.length > 1,
    approved,
    request,
    roles,
    voided,
    mismatched,
    publications: pubs,
    live,
  };
}

/**
 * Who holds a role in this incident: the member assigned to it, and the team members whose own role it
 * is (a deputy, a second lawyer). Only they may decide for it.
 */
export function roleHolders(
  role: string,
  assignments: readonly RoleAssignment[],
  members: readonly Pick<Member, 'id' | 'role'>[],
): Set<string> {
  const holders = new Set<string>();
  for (const a of assignments) if (a.role === role && a.memberId) holders.add(a.memberId);
  for (const m of members) if (m.role === role) holders.add(m.id);
  return holders;
}

/** The current version, or why there is none to act on. */
function currentVersion(state: DraftState, versionId?: string): Result<DraftVersion> {
  if (state.siblings) return fail('draft.siblings');
  if (state.latest === null) return fail('draft.noVersion');
  if (versionId !== undefined && versionId !== state.latest.id) return fail('draft.notLatest');
  return ok(state.latest);
}

export function requestCheck(state: DraftState, versionId: string): Result<DraftVersion> {
  return currentVersion(state, versionId);
}

export interface DecisionInput {
  draft: Pick<Draft, 'requiredRoles'>;
  state: DraftState;
  versionId: string;
  role: string;
  kind: 'approve' | 'reject';
  comment: string;
  memberId: string;
  /** Holders of `role` in the incident (roleHolders). */
  holders: ReadonlySet<string>;
}

export interface DecisionAllowed {
  version: DraftVersion;
  comment: string;
  /** The author approves their own text, allowed only because nobody else holds the role. */
  ownVersion: boolean;
}

/**
 * May this member approve or reject the current version for this role? Only a holder of a required
 * role, only on the current version, and not approving their own text unless nobody else holds the role
 * (then allowed, recorded and shown as a warning). A rejection needs a comment; the author may reject
 * their own version (withdraw it from review) like any holder.
 */
export function decisionCheck(input: DecisionInput): Result<DecisionAllowed> {
  const version = currentVersion(input.state, input.versionId);
  if (!version.ok) return version;
  if (!input.draft.requiredRoles.includes(input.role)) return fail('draft.roleNotRequired');
  if (!input.holders.has(input.memberId)) return fail('draft.notRoleHolder');
  // Approving one's own text is what the four-eyes rule is about; rejecting it (taking it back) is not.
  const ownVersion = input.kind === 'approve' && version.value.authorId === input.memberId;
  if (ownVersion && input.holders.size > 1) return fail('draft.ownVersion');
  const decided = input.state.roles.find((r) => r.role === input.role);
  const wanted = input.kind === 'approve' ? 'approved' : 'rejected';
  if (decided?.state === wanted) return fail('draft.alreadyDecided');
  const comment = commentValidate(input.kind, input.comment);
  if (!comment.ok) return comment;
  return ok({ version: version.value, comment: comment.value, ownVersion });
}

export interface PublishInput {
  state: DraftState;
  versionId: string;
  channel: { id: string; removedAt: string | null } | undefined;
  /** The body is over the channel's hard limit (channel-fit.ts). */
  overLimit: boolean;
  /** The crisis lead's reason to publish text that is not approved; null when not overriding. */
  override: string | null;
  /** The member publishing holds the crisis lead role. */
  isLead: boolean;
}

/**
 * May this version go out on this channel? Only the current version, on a known channel, within the
 * channel's limit, once per channel while live, and only when approved, unless the crisis lead overrides
 * with a reason. Returns the override reason to record (null when the version was approved).
 */
export function publishCheck(
  input: PublishInput,
): Result<{ version: DraftVersion; override: string | null }> {
  const version = currentVersion(input.state, input.versionId);
  if (!version.ok) return version;
  if (!input.channel || input.channel.removedAt !== null) return fail('draft.channelUnknown');
  const channelId = input.channel.id;
  if (input.state.live.some((p) => p.versionId === input.versionId && p.channelId === channelId))
    return fail('draft.alreadyPublished');
  if (input.overLimit) return fail('draft.overLimit');
  if (input.state.approved) return ok({ version: version.value, override: null });
  if (input.override === null) return fail('draft.notApproved');
  if (!input.isLead) return fail('draft.overrideNotLead');
  const reason = input.override.trim();
  if (reason === '') return fail('draft.overrideReasonRequired');
  if (reason.length > OVERRIDE_REASON_MAX) return fail('draft.commentTooLong');
  return ok({ version: version.value, override: reason });
}

export function withdrawCheck(state: DraftState, publicationId: string): Result<Publication> {
  const publication = state.live.find((p) => p.id === publicationId);
  return publication ? ok(publication) : fail('draft.notPublished');
}

/** The incident's first statement: the earliest publication of any draft. */
export function firstPublication(publications: readonly Publication[]): Publication | null {
  let first: Publication | null = null;
  for (const p of publications) if (p.kind === 'published' && (first === null || p.at < first.at)) first = p;
  return first;
}

/** How long each pending role has been waiting for, in milliseconds, at `nowMs`. */
export function approverWaits(state: DraftState, nowMs: number): { role: string; ms: number }[] {
  return state.roles
    .filter((r) => r.waitingSince !== null)
    .map((r) => ({ role: r.role, ms: Math.max(0, nowMs - instantToMs(r.waitingSince!)) }));
}
