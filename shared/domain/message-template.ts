/**
 * Message templates (organisation-wide): pre-approved holding statements and other messages with
 * placeholders, in Dutch and English. A draft written from one keeps a link to it. Removing one leaves a
 * tombstone.
 */
import { z } from 'zod';
import { draftKinds, draftLanguages, type DraftKind, type DraftLanguage } from './draft';
import { fail, ok, type Result } from './errors';
import type { MessageTemplateId } from './ids';
import { instantSchema, type Instant } from './time';

export const TEMPLATE_NAME_MAX = 120;
export const TEMPLATE_BODY_MAX = 20_000;

export interface MessageTemplate {
  id: MessageTemplateId;
  kind: DraftKind;
  language: DraftLanguage;
  name: string;
  /** Text with placeholders such as {organisation}, {incident}, {time}, {phoneLine}, {website}. */
  body: string;
  /** Approved in advance (by legal and the crisis lead, outside a crisis): shown as such. */
  preApproved: boolean;
  createdAt: Instant;
  removedAt: Instant | null;
}

export const messageTemplateSchema = z.object({
  id: z.uuid(),
  kind: z.enum(draftKinds),
  language: z.enum(draftLanguages),
  name: z.string().trim().min(1).max(TEMPLATE_NAME_MAX),
  body: z.string().trim().min(1).max(TEMPLATE_BODY_MAX),
  preApproved: z.boolean(),
  createdAt: instantSchema,
  removedAt: instantSchema.nullable(),
});

/** What the team fills in when adding or editing a template. */
export type MessageTemplateInput = Pick<
  MessageTemplate,
  'kind' | 'language' | 'name' | 'body' | 'preApproved'
>;

export function templateValidate(input: MessageTemplateInput): Result<MessageTemplateInput> {
  const name = input.name.trim();
  const body = input.body.trim();
  if (name === '') return fail('template.nameEmpty');
  if (body === '') return fail('template.bodyEmpty');
  if (name.length > TEMPLATE_NAME_MAX || body.length > TEMPLATE_BODY_MAX) return fail('template.tooLong');
  return ok({ ...input, name, body });
}
