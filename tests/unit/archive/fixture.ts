/**
 * A realistic incident written through the app's own mutations on two devices that sync: a writer and a
 * crisis lead, with channels and their checklists, the organisation's details, a timeline with a
 * correction, a retraction and a pin, stakeholders informed, roles, a draft taken through review,
 * approval, publication and withdrawal, and lessons learned.
 */
import { expect } from 'vitest';
import { channelCreate } from '../../../renderer/db/channels';
import {
  checklistItemComplete,
  checklistItemSkip,
  templatesAddDefaults,
} from '../../../renderer/db/checklists';
import {
  decide,
  draftCreate,
  publish,
  reviewRequest,
  versionSave,
  withdraw,
} from '../../../renderer/db/drafts';
import { incidentPhaseSet } from '../../../renderer/db/incidents';
import { lessonCreate, lessonUpdate } from '../../../renderer/db/lessons';
import { organisationSave } from '../../../renderer/db/message-templates';
import { notificationAdvance, notificationsAdd } from '../../../renderer/db/notifications';
import { memberAdd, roleAssign } from '../../../renderer/db/roles';
import type { Session } from '../../../renderer/db/session';
import { stakeholderCreate } from '../../../renderer/db/stakeholders';
import { operationsApply } from '../../../renderer/db/sync-apply';
import { entryCorrect, entryLog, entryPinSet, entryRetract } from '../../../renderer/db/timeline';
import type { Incident } from '../../../shared/domain/incident';
import { sessionFresh } from '../db/helpers';
import { incidentOpen, shipped, stakeholderDraft } from '../db/people-helpers';

export function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** Each device receives what the others wrote, as through the hub. */
export async function exchange(...sessions: Session[]): Promise<void> {
  const sent = [];
  for (const s of sessions) sent.push(await shipped(s));
  for (const [i, s] of sessions.entries())
    for (const [j, ops] of sent.entries())
      if (i !== j) expect((await operationsApply(s, ops)).rejected).toBe(0);
}

export interface WarRoom {
  writer: Session;
  lead: Session;
  incident: Incident;
}

/** Channels, checklist templates and the organisation's details, before the incident. */
async function prepared(writer: Session) {
  must(await templatesAddDefaults(writer));
  must(
    await organisationSave(writer, { name: 'Acme Water', phoneLine: '+31 20 123 4567', website: 'acme.nl' }),
  );
  const channel = (kind: 'x' | 'website', name: string) =>
    channelCreate(writer, { kind, name, audiences: ['media'], ownerRole: '', active: true });
  return { x: must(await channel('x', '@acme')), web: must(await channel('website', 'Website')) };
}

async function timelineWritten(writer: Session, lead: Session, incident: Incident) {
  const first = must(
    await entryLog(writer, incident.id, { kind: 'observation', text: 'Portal down since 09:10' }),
  );
  must(await entryCorrect(writer, first.id, { text: 'Portal down since 09:05' }));
  const guess = must(await entryLog(lead, incident.id, { kind: 'decision', text: 'Assume a DDoS attack' }));
  must(await entryRetract(lead, guess.id, 'No evidence of an attack'));
  must(await entryPinSet(writer, first.id, true));
  must(await incidentPhaseSet(lead, incident.id, 'responding'));
}

async function peopleInformed(writer: Session, lead: Session, incident: Incident) {
  const police = must(await stakeholderCreate(writer, stakeholderDraft('Police Amsterdam')));
  const press = must(
    await stakeholderCreate(writer, stakeholderDraft('ANP', { group: 'media', priority: 1 })),
  );
  const board = must(await notificationsAdd(writer, incident.id, [police.id, press.id]));
  must(
    await notificationAdvance(writer, board[0]!.id, {
      to: 'informed',
      channel: 'phone',
      note: 'Duty officer',
    }),
  );
  const legal = must(
    await memberAdd(writer, { name: 'Lotte Jurist', role: 'legal', phone: '+31 6 1234 5678' }),
  );
  must(await roleAssign(writer, incident.id, 'legal', legal));
  must(await roleAssign(writer, incident.id, 'crisisLead', lead.member!));
  const items = await writer.db.checklistItems.where('incidentId').equals(incident.id).sortBy('order');
  must(await checklistItemComplete(writer, items[0]!.id));
  must(await checklistItemSkip(writer, items[1]!.id, 'No account on this network'));
}

async function statementPublished(writer: Session, lead: Session, incident: Incident, channels: Channels) {
  const { draft, version: v1 } = must(
    await draftCreate(writer, incident.id, {
      kind: 'holdingStatement',
      title: 'Holding statement',
      language: 'en',
      channelIds: [channels.x.id, channels.web.id],
      audiences: ['media'],
      requiredRoles: ['crisisLead'],
      body: 'We are aware of a problem with the customer portal.',
      templateId: null,
    }),
  );
  const v2 = must(await versionSave(writer, draft.id, `${v1.body} We will update at 15:00.`, [v1.id]));
  must(await reviewRequest(writer, draft.id, v2.id));
  await exchange(writer, lead);
  must(
    await decide(lead, draft.id, { versionId: v2.id, role: 'crisisLead', kind: 'approve', comment: 'Go' }),
  );
  await exchange(writer, lead);
  const onX = {
    versionId: v2.id,
    channelId: channels.x.id,
    reference: 'https://x.com/acme/1',
    override: null,
  };
  must(await publish(writer, draft.id, onX));
  const onWeb = must(await publish(writer, draft.id, { ...onX, channelId: channels.web.id, reference: '' }));
  must(await withdraw(writer, draft.id, { publicationId: onWeb.id, reason: 'Replaced by the update' }));
}

type Channels = Awaited<ReturnType<typeof prepared>>;

/** The whole incident, on both devices (synced at the end). */
export async function warRoom(): Promise<WarRoom> {
  const writer = await sessionFresh('Wim Schrijver', 'spokesperson');
  const lead = await sessionFresh('Carla Leider', 'crisisLead');
  const channels = await prepared(writer);
  const incident = await incidentOpen(writer);
  await exchange(writer, lead);
  await timelineWritten(writer, lead, incident);
  await peopleInformed(writer, lead, incident);
  await statementPublished(writer, lead, incident, channels);
  const lesson = must(
    await lessonCreate(lead, incident.id, {
      kind: 'followUp',
      text: 'Test the dark site switch-over every quarter',
      owner: 'Press officer',
      dueDate: '2027-03-01',
      done: false,
    }),
  );
  must(await lessonUpdate(lead, lesson.id, { ...lesson, done: true }));
  must(
    await lessonCreate(writer, incident.id, {
      kind: 'wentWell',
      text: 'First statement within 30 minutes',
      owner: '',
      dueDate: null,
      done: false,
    }),
  );
  await exchange(writer, lead);
  return { writer, lead, incident };
}
