/**
 * Message templates (organisation-wide): pre-approved holding statements and other messages with
 * placeholders, in Dutch and English. A draft written from one keeps a link to it. Removing one leaves a
 * tombstone.
 */
import { z } from 'zod';
import { draftKinds, draftLanguages, type DraftKind, type DraftLanguage } from './draft';
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
