/**
 * The checklist templates a new organisation starts with, in English and Dutch. Their ids are derived
 * from a fixed key, so two devices that both seed the defaults create the same records, and sync merges
 * them into one set. The team edits them from there.
 */
import type { ChannelKind } from './channel';
import { orderKeys, templateItemId, type ChecklistTemplateItem, type Language } from './checklist';
import type { CrisisType } from './incident';
import type { Instant } from './time';

interface DefaultStep {
  key: string;
  text: Record<Language, string>;
  role: string;
  crisisType?: CrisisType;
}

const steps: Partial<Record<ChannelKind, DefaultStep[]>> = {
  website: [
    {
      key: 'website.darkSite',
      text: { en: 'Switch the website to the dark site', nl: 'Zet de website om naar de dark site' },
      role: 'socialMedia',
    },
    {
      key: 'website.holding',
      text: { en: 'Publish the holding statement', nl: 'Publiceer het holding statement' },
      role: 'socialMedia',
    },
    {
      key: 'website.campaigns',
      text: { en: 'Stop banners and campaigns', nl: 'Zet banners en campagnes stil' },
      role: 'socialMedia',
    },
    {
      key: 'website.faq',
      text: {
        en: 'Publish a Q&A: which data, what people should do',
        nl: 'Publiceer een Q&A: welke gegevens, wat mensen moeten doen',
      },
      role: 'legal',
      crisisType: 'dataBreach',
    },
  ],
  x: [
    {
      key: 'x.pause',
      text: { en: 'Pause scheduled posts', nl: 'Pauzeer ingeplande berichten' },
      role: 'socialMedia',
    },
    {
      key: 'x.pin',
      text: { en: 'Pin the holding statement', nl: 'Pin het holding statement vast' },
      role: 'socialMedia',
    },
    {
      key: 'x.monitor',
      text: { en: 'Monitor mentions and hashtags', nl: 'Monitor vermeldingen en hashtags' },
      role: 'socialMedia',
    },
  ],
  facebook: [
    {
      key: 'facebook.pause',
      text: { en: 'Pause scheduled posts and ads', nl: 'Pauzeer ingeplande berichten en advertenties' },
      role: 'socialMedia',
    },
    {
      key: 'facebook.pin',
      text: { en: 'Pin the holding statement', nl: 'Pin het holding statement vast' },
      role: 'socialMedia',
    },
  ],
  linkedin: [
    {
      key: 'linkedin.pause',
      text: { en: 'Pause scheduled posts', nl: 'Pauzeer ingeplande berichten' },
      role: 'socialMedia',
    },
    {
      key: 'linkedin.post',
      text: { en: 'Post the statement on the company page', nl: 'Plaats de verklaring op de bedrijfspagina' },
      role: 'socialMedia',
    },
  ],
  instagram: [
    {
      key: 'instagram.pause',
      text: { en: 'Pause scheduled posts', nl: 'Pauzeer ingeplande berichten' },
      role: 'socialMedia',
    },
  ],
  tiktok: [
    {
      key: 'tiktok.pause',
      text: { en: 'Pause scheduled posts', nl: 'Pauzeer ingeplande berichten' },
      role: 'socialMedia',
    },
  ],
  youtube: [
    {
      key: 'youtube.pause',
      text: { en: 'Pause scheduled videos and ads', nl: 'Pauzeer ingeplande video’s en advertenties' },
      role: 'socialMedia',
    },
  ],
  whatsapp: [
    {
      key: 'whatsapp.reply',
      text: {
        en: 'Set an automatic reply with the statement',
        nl: 'Stel een automatisch antwoord in met de verklaring',
      },
      role: 'socialMedia',
    },
  ],
  pressList: [
    {
      key: 'press.release',
      text: { en: 'Send the press release to the press list', nl: 'Stuur het persbericht naar de perslijst' },
      role: 'pressOfficer',
    },
    {
      key: 'press.log',
      text: { en: 'Log every press inquiry', nl: 'Registreer elke persvraag' },
      role: 'pressOfficer',
    },
  ],
  pressConference: [
    {
      key: 'conference.venue',
      text: { en: 'Book the venue and announce the time', nl: 'Regel de locatie en kondig het tijdstip aan' },
      role: 'pressOfficer',
    },
    {
      key: 'conference.brief',
      text: { en: 'Brief the spokesperson with the Q&A', nl: 'Brief de woordvoerder met de Q&A' },
      role: 'spokesperson',
    },
  ],
  intranet: [
    {
      key: 'intranet.staff',
      text: { en: 'Inform staff before the public', nl: 'Informeer medewerkers vóór het publiek' },
      role: 'hr',
    },
    {
      key: 'intranet.media',
      text: {
        en: 'Remind staff to refer media to the press officer',
        nl: 'Herinner medewerkers eraan media naar de persvoorlichter te verwijzen',
      },
      role: 'hr',
    },
  ],
  email: [
    {
      key: 'email.customers',
      text: { en: 'Send the e-mail to affected customers', nl: 'Stuur de e-mail naar getroffen klanten' },
      role: 'liaison',
    },
  ],
  sms: [
    {
      key: 'sms.send',
      text: { en: 'Send the SMS alert', nl: 'Verstuur de sms-waarschuwing' },
      role: 'liaison',
    },
  ],
  phoneLine: [
    {
      key: 'phone.brief',
      text: { en: 'Brief the switchboard', nl: 'Brief de telefooncentrale' },
      role: 'liaison',
    },
    {
      key: 'phone.message',
      text: { en: 'Record the phone menu message', nl: 'Spreek de keuzemenu-tekst in' },
      role: 'liaison',
    },
    {
      key: 'phone.hotline',
      text: { en: 'Open the information hotline', nl: 'Open het informatienummer' },
      role: 'liaison',
      crisisType: 'accident',
    },
  ],
};

export function defaultTemplates(now: Instant): ChecklistTemplateItem[] {
  const items: ChecklistTemplateItem[] = [];
  for (const [kind, list] of Object.entries(steps) as [ChannelKind, DefaultStep[]][]) {
    const keys = orderKeys(list.length);
    list.forEach((step, index) =>
      items.push({
        id: templateItemId(step.key),
        channelKind: kind,
        crisisType: step.crisisType ?? null,
        text: step.text,
        assigneeRole: step.role,
        order: keys[index]!,
        createdAt: now,
        removedAt: null,
      }),
    );
  }
  return items;
}

/**
 * The default steps that are done by publishing a statement on their channel: publishing a draft there
 * ticks the incident's open item made from one of these.
 */
export const publishStepKeys = [
  'website.holding',
  'x.pin',
  'facebook.pin',
  'linkedin.post',
  'whatsapp.reply',
  'press.release',
  'intranet.staff',
  'email.customers',
  'sms.send',
  'phone.message',
] as const;

export const publishStepIds: ReadonlySet<string> = new Set(publishStepKeys.map((key) => templateItemId(key)));
