/**
 * A channel the organisation communicates through (organisation-wide): its kind, name or handle, the
 * audiences it reaches and the role that owns it. Channels marked "in use" get their checklists when an
 * incident opens. Removing one leaves a tombstone.
 */
import { z } from 'zod';
import { fail, ok, type Result } from './errors';
import type { ChannelId } from './ids';
import { instantSchema, type Instant } from './time';

export const channelKinds = [
  'website',
  'x',
  'facebook',
  'linkedin',
  'instagram',
  'tiktok',
  'youtube',
  'whatsapp',
  'pressList',
  'pressConference',
  'intranet',
  'email',
  'sms',
  'phoneLine',
  'custom',
] as const;
export type ChannelKind = (typeof channelKinds)[number];

export const CHANNEL_NAME_MAX = 120;

export interface Channel {
  id: ChannelId;
  kind: ChannelKind;
  /** "Website / dark site", "@acme", "Press list NL". */
  name: string;
  /** Stakeholder groups (standard keys or custom text) it reaches. */
  audiences: string[];
  /** The role that owns the channel (a standard role key or custom text); may be empty. */
  ownerRole: string;
  /** In use: incidents get this channel's checklist. */
  active: boolean;
  createdAt: Instant;
  removedAt: Instant | null;
}

export const channelSchema = z.object({
  id: z.uuid(),
  kind: z.enum(channelKinds),
  name: z.string().trim().min(1).max(CHANNEL_NAME_MAX),
  audiences: z.array(z.string().trim().min(1).max(60)).max(30),
  ownerRole: z.string().max(60),
  active: z.boolean(),
  createdAt: instantSchema,
  removedAt: instantSchema.nullable(),
});

export type ChannelDraft = Pick<Channel, 'kind' | 'name' | 'audiences' | 'ownerRole' | 'active'>;

export function channelValidate(draft: ChannelDraft): Result<ChannelDraft> {
  const name = draft.name.trim();
  if (name.length === 0) return fail('channel.nameEmpty');
  if (name.length > CHANNEL_NAME_MAX) return fail('channel.nameTooLong');
  const audiences = [...new Set(draft.audiences.map((a) => a.trim()).filter(Boolean))].slice(0, 30);
  return ok({ ...draft, name, audiences, ownerRole: draft.ownerRole.trim().slice(0, 60) });
}

/** A sensible starting set for an organisation that has not listed its channels yet. */
export const defaultChannels: readonly (Omit<ChannelDraft, 'name'> & { name: { en: string; nl: string } })[] =
  [
    {
      kind: 'website',
      name: { en: 'Website / dark site', nl: 'Website / dark site' },
      audiences: ['customers', 'residents', 'media'],
      ownerRole: 'socialMedia',
      active: true,
    },
    {
      kind: 'x',
      name: { en: 'X (corporate account)', nl: 'X (bedrijfsaccount)' },
      audiences: ['media', 'customers'],
      ownerRole: 'socialMedia',
      active: true,
    },
    {
      kind: 'linkedin',
      name: { en: 'LinkedIn', nl: 'LinkedIn' },
      audiences: ['employees', 'partners', 'shareholders'],
      ownerRole: 'socialMedia',
      active: true,
    },
    {
      kind: 'pressList',
      name: { en: 'Press list', nl: 'Perslijst' },
      audiences: ['media'],
      ownerRole: 'pressOfficer',
      active: true,
    },
    {
      kind: 'intranet',
      name: { en: 'Intranet', nl: 'Intranet' },
      audiences: ['employees'],
      ownerRole: 'hr',
      active: true,
    },
    {
      kind: 'phoneLine',
      name: { en: 'Switchboard', nl: 'Telefooncentrale' },
      audiences: ['customers', 'residents'],
      ownerRole: 'liaison',
      active: true,
    },
  ];
