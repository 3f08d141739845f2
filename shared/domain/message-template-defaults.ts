/**
 * The message templates a new organisation starts with, in Dutch and English: three holding statements
 * (approved in advance), a short social post, and skeletons for staff, website, press, Q&A and
 * stakeholders. Their ids are derived from a fixed key and the language, so two devices that both seed
 * them create the same records and sync merges them. The team edits them from there.
 */
import type { DraftKind, DraftLanguage } from './draft';
import { idDerived, type MessageTemplateId } from './ids';
import type { MessageTemplate } from './message-template';
import { templateTextsEn } from './message-template-texts.en';
import { templateTextsNl } from './message-template-texts.nl';
import type { Instant } from './time';

const catalogue = [
  { key: 'holding.general', kind: 'holdingStatement', preApproved: true },
  { key: 'holding.dataBreach', kind: 'holdingStatement', preApproved: true },
  { key: 'holding.accident', kind: 'holdingStatement', preApproved: true },
  { key: 'social.short', kind: 'socialPost', preApproved: false },
  { key: 'internal.staff', kind: 'internalMessage', preApproved: false },
  { key: 'website.update', kind: 'websiteUpdate', preApproved: false },
  { key: 'press.release', kind: 'pressRelease', preApproved: false },
  { key: 'qa.skeleton', kind: 'qa', preApproved: false },
  { key: 'letter.stakeholder', kind: 'stakeholderLetter', preApproved: false },
] as const satisfies readonly { key: string; kind: DraftKind; preApproved: boolean }[];

export type DefaultTemplateKey = (typeof catalogue)[number]['key'];

/** A default template's name and text in one language. */
export type TemplateTexts = Record<DefaultTemplateKey, { name: string; body: string }>;

const texts: Record<DraftLanguage, TemplateTexts> = { en: templateTextsEn, nl: templateTextsNl };

/** Fixed forever: changing it would make devices seed the defaults again under new ids. */
export function messageTemplateId(key: DefaultTemplateKey, language: DraftLanguage): MessageTemplateId {
  return idDerived<MessageTemplateId>('messageTemplate', key, language);
}

export function defaultMessageTemplates(now: Instant): MessageTemplate[] {
  return (['nl', 'en'] as const).flatMap((language) =>
    catalogue.map(({ key, kind, preApproved }) => ({
      id: messageTemplateId(key, language),
      kind,
      language,
      ...texts[language][key],
      preApproved,
      createdAt: now,
      removedAt: null,
    })),
  );
}
