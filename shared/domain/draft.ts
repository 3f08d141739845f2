/**
 * A message the team is writing: a holding statement, press release, social post… per incident. The draft
 * holds what the message is for (kind, language, channels, audiences) and which roles must approve it; its
 * text lives in immutable versions (draft-version.ts), its approvals and publications in their own
 * append-only records. Everything a draft "is" (in review, approved, published…) is derived from those.
 */
import { z } from 'zod';
import { fail, ok, type Result } from './errors';
import type { DraftId, IncidentId, MessageTemplateId } from './ids';
import { MEMBER_ROLE_MAX } from './member';
import { instantSchema, type Instant } from './time';

export const draftKinds = [
  'holdingStatement',
  'pressRelease',
  'socialPost',
  'internalMessage',
  'qa',
  'websiteUpdate',
  'stakeholderLetter',
] as const;
export type DraftKind = (typeof draftKinds)[number];

export const draftLanguages = ['nl', 'en'] as const;
export type DraftLanguage = (typeof draftLanguages)[number];

export const DRAFT_TITLE_MAX = 200;
export const DRAFT_ROLES_MAX = 10;

/**
 * Who must approve each kind unless the team changes it per draft. Anything that speaks for the
 * organisation in public goes past the crisis lead; anything with legal exposure past legal too.
 */
export const defaultApproverRoles: Record<DraftKind, readonly string[]> = {
  holdingStatement: ['crisisLead', 'legal'],
  pressRelease: ['crisisLead', 'legal'],
  socialPost: ['crisisLead'],
  internalMessage: ['crisisLead', 'hr'],
  qa: ['crisisLead', 'legal'],
  websiteUpdate: ['crisisLead'],
  stakeholderLetter: ['crisisLead', 'legal'],
};

export interface Draft {
  id: DraftId;
  incidentId: IncidentId;
  kind: DraftKind;
  title: string;
  language: DraftLanguage;
  /** Channels it is meant for (ids from the organisation's channels). */
  channelIds: string[];
  /** Stakeholder groups it addresses (standard keys or custom text). */
  audiences: string[];
  /** Roles that must each approve a version before it goes out (standard role keys or custom text). */
  requiredRoles: string[];
  /** The template it was written from; null when started blank. */
  templateId: MessageTemplateId | null;
  createdAt: Instant;
  createdBy: string;
  /** A tombstone: the draft is set aside (its versions and approvals stay). */
  removedAt: Instant | null;
}

const roleSchema = z.string().trim().min(1).max(MEMBER_ROLE_MAX);

export const draftSchema = z.object({
  id: z.uuid(),
  incidentId: z.uuid(),
  kind: z.enum(draftKinds),
  title: z.string().trim().min(1).max(DRAFT_TITLE_MAX),
  language: z.enum(draftLanguages),
  channelIds: z.array(z.uuid()).max(30),
  audiences: z.array(z.string().trim().min(1).max(60)).max(30),
  requiredRoles: z.array(roleSchema).min(1).max(DRAFT_ROLES_MAX),
  templateId: z.uuid().nullable(),
  createdAt: instantSchema,
  createdBy: z.uuid(),
  removedAt: instantSchema.nullable(),
});

/** What the person writing a draft chooses; the rest is filled in when it is created. */
export type DraftInput = Pick<
  Draft,
  'kind' | 'title' | 'language' | 'channelIds' | 'audiences' | 'requiredRoles'
>;

export function draftInputValidate(input: DraftInput): Result<DraftInput> {
  const title = input.title.trim();
  if (title === '') return fail('draft.titleEmpty');
  if (title.length > DRAFT_TITLE_MAX) return fail('draft.titleTooLong');
  const requiredRoles = [...new Set(input.requiredRoles.map((r) => r.trim()).filter(Boolean))];
  if (requiredRoles.length === 0) return fail('draft.noApprovers');
  if (requiredRoles.length > DRAFT_ROLES_MAX || requiredRoles.some((r) => r.length > MEMBER_ROLE_MAX))
    return fail('draft.noApprovers', 'too many or too long');
  // Only the draft's own fields: a caller's input may carry more (the first version's body, say), which
  // must not end up stored in the draft record and synced with it.
  return ok({
    kind: input.kind,
    language: input.language,
    title,
    requiredRoles,
    channelIds: [...new Set(input.channelIds)].slice(0, 30),
    audiences: [...new Set(input.audiences.map((a) => a.trim()).filter(Boolean))].slice(0, 30),
  });
}
