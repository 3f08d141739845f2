import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { channelCreate } from '../../../renderer/db/channels';
import { templatesAddDefaults } from '../../../renderer/db/checklists';
import {
  decide,
  draftCreate,
  draftRecordsRead,
  publish,
  reviewRequest,
  versionSave,
  withdraw,
} from '../../../renderer/db/drafts';
import type { Session } from '../../../renderer/db/session';
import { operationsApply } from '../../../renderer/db/sync-apply';
import { publishStepIds } from '../../../shared/domain/checklist-defaults';
import type { Channel } from '../../../shared/domain/channel';
import type { Draft } from '../../../shared/domain/draft';
import type { DraftVersion } from '../../../shared/domain/draft-version';
import type { IncidentId } from '../../../shared/domain/ids';
import { sessionFresh } from './helpers';
import { expectRefusedUnchanged, incidentOpen, opsSince, shipped } from './people-helpers';

async function exchange(...sessions: Session[]): Promise<void> {
  const sent = [];
  for (const s of sessions) sent.push(await shipped(s));
  for (const [i, s] of sessions.entries())
    for (const [j, ops] of sent.entries())
      if (i !== j) expect((await operationsApply(s, ops)).rejected).toBe(0);
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** A writer, a lawyer and a crisis lead (by their own roles), sharing an incident with X and website. */
async function warRoom() {
  const writer = await sessionFresh('Wim Schrijver', 'spokesperson');
  const legal = await sessionFresh('Lotte Jurist', 'legal');
  const lead = await sessionFresh('Carla Leider', 'crisisLead');
  await templatesAddDefaults(writer);
  const x = must(
    await channelCreate(writer, {
      kind: 'x',
      name: '@acme',
      audiences: ['media'],
      ownerRole: '',
      active: true,
    }),
  );
  const web = must(
    await channelCreate(writer, {
      kind: 'website',
      name: 'Website',
      audiences: [],
      ownerRole: '',
      active: true,
    }),
  );
  const incident = await incidentOpen(writer);
  const created = must(
    await draftCreate(writer, incident.id, {
      kind: 'holdingStatement',
      title: 'Holding statement',
      language: 'en',
      channelIds: [x.id, web.id],
      audiences: ['media'],
      requiredRoles: ['crisisLead', 'legal'],
      body: 'We are aware of a problem with the customer portal.',
      templateId: null,
    }),
  );
  await exchange(writer, legal, lead);
  return { writer, legal, lead, incident, x, web, ...created };
}

async function current(session: Session, draft: Draft) {
  return (await draftRecordsRead(session.db, draft.id)).state;
}

async function entries(session: Session, incidentId: IncidentId) {
  return (
    await session.db.timeline
      .where('[incidentId+occurredAt]')
      .between([incidentId, ''], [incidentId, '\uffff'])
      .toArray()
  ).map((e) => e.event?.key ?? e.kind);
}

describe('drafts in the local database', () => {
  it('creating a draft writes the draft and version 1, both as create operations', async () => {
    const session = await sessionFresh();
    const incident = await incidentOpen(session);
    const before = await session.db.outbox.count();
    const { draft, version } = must(
      await draftCreate(session, incident.id, {
        kind: 'socialPost',
        title: 'Post',
        language: 'nl',
        channelIds: [],
        audiences: [],
        requiredRoles: ['crisisLead'],
        body: 'We onderzoeken een storing.',
        templateId: null,
      }),
    );
    const ops = await opsSince(session, before);
    expect(ops.map((o) => [o.table, o.kind])).toEqual([
      ['drafts', 'create'],
      ['draftVersions', 'create'],
    ]);
    expect(version.parentIds).toEqual([]);
    expect((await current(session, draft)).status).toBe('draft');
  });

  it('refuses an empty body or no approvers and writes nothing', async () => {
    const session = await sessionFresh();
    const incident = await incidentOpen(session);
    const input = {
      kind: 'socialPost' as const,
      title: 'Post',
      language: 'nl' as const,
      channelIds: [],
      audiences: [],
      requiredRoles: ['crisisLead'],
      body: 'Tekst',
      templateId: null,
    };
    await expectRefusedUnchanged(session, 'draft.bodyEmpty', () =>
      draftCreate(session, incident.id, { ...input, body: '   ' }),
    );
    await expectRefusedUnchanged(session, 'draft.noApprovers', () =>
      draftCreate(session, incident.id, { ...input, requiredRoles: [] }),
    );
  });

  it('the whole workflow across three devices: reject, new version, approve, publish twice, withdraw', async () => {
    const { writer, legal, lead, incident, x, web, draft, version: v1 } = await warRoom();
    const v2 = must(await versionSave(writer, draft.id, `${v1.body} We are investigating.`, [v1.id]));
    must(await reviewRequest(writer, draft.id, v2.id));
    await exchange(writer, legal, lead);
    expect((await current(legal, draft)).status).toBe('inReview');

    // The writer cannot decide for a role they do not hold; legal must give a reason to reject.
    await expectRefusedUnchanged(writer, 'draft.notRoleHolder', () =>
      decide(writer, draft.id, { versionId: v2.id, role: 'legal', kind: 'approve', comment: '' }),
    );
    await expectRefusedUnchanged(legal, 'draft.commentRequired', () =>
      decide(legal, draft.id, { versionId: v2.id, role: 'legal', kind: 'reject', comment: ' ' }),
    );
    must(
      await decide(legal, draft.id, {
        versionId: v2.id,
        role: 'legal',
        kind: 'reject',
        comment: 'Do not guess causes',
      }),
    );
    await exchange(writer, legal, lead);
    expect((await current(writer, draft)).status).toBe('rejected');

    const v3 = must(await versionSave(writer, draft.id, `${v1.body} We will update at 15:00.`, [v2.id]));
    must(await reviewRequest(writer, draft.id, v3.id));
    await exchange(writer, legal, lead);
    // Approving the version legal rejected is refused: it is no longer the latest.
    await expectRefusedUnchanged(lead, 'draft.notLatest', () =>
      decide(lead, draft.id, { versionId: v2.id, role: 'crisisLead', kind: 'approve', comment: '' }),
    );
    // Publishing before approval is refused, for the writer even with a reason.
    await expectRefusedUnchanged(writer, 'draft.notApproved', () =>
      publish(writer, draft.id, { versionId: v3.id, channelId: x.id, reference: '', override: null }),
    );
    await expectRefusedUnchanged(writer, 'draft.overrideNotLead', () =>
      publish(writer, draft.id, { versionId: v3.id, channelId: x.id, reference: '', override: 'urgent' }),
    );
    must(await decide(legal, draft.id, { versionId: v3.id, role: 'legal', kind: 'approve', comment: '' }));
    must(
      await decide(lead, draft.id, { versionId: v3.id, role: 'crisisLead', kind: 'approve', comment: 'Go' }),
    );
    await exchange(writer, legal, lead);
    const approved = await current(writer, draft);
    expect(approved.status).toBe('approved');
    expect(approved.voided.map((a) => a.kind)).toEqual(['request', 'reject']);

    must(
      await publish(writer, draft.id, {
        versionId: v3.id,
        channelId: x.id,
        reference: 'https://x.com/acme/1',
        override: null,
      }),
    );
    const onWeb = must(
      await publish(writer, draft.id, { versionId: v3.id, channelId: web.id, reference: '', override: null }),
    );
    await expectRefusedUnchanged(writer, 'draft.alreadyPublished', () =>
      publish(writer, draft.id, { versionId: v3.id, channelId: web.id, reference: '', override: null }),
    );
    await exchange(writer, legal, lead);
    const published = await current(lead, draft);
    expect(published.status).toBe('published');
    expect(published.live.map((p) => p.channelName).sort()).toEqual(['@acme', 'Website']);

    // The publish steps of both channels are ticked, on every device.
    for (const s of [writer, lead]) {
      const steps = (await s.db.checklistItems.where('incidentId').equals(incident.id).toArray()).filter(
        (i) => i.templateItemId !== null && publishStepIds.has(i.templateItemId),
      );
      expect(steps.map((i) => i.status)).toEqual(['done', 'done']);
    }
    must(await withdraw(lead, draft.id, { publicationId: onWeb.id, reason: 'Replaced by update' }));
    await exchange(writer, legal, lead);
    expect((await current(writer, draft)).live.map((p) => p.channelName)).toEqual(['@acme']);

    const log = await entries(writer, incident.id);
    expect(log.filter((k) => k === 'draftReviewRequested')).toHaveLength(2);
    expect(log.filter((k) => k === 'draftDecision')).toHaveLength(3);
    expect(log.filter((k) => k === 'draftPublished')).toHaveLength(2);
    expect(log.filter((k) => k === 'draftWithdrawn')).toHaveLength(1);
  });

  it('two people editing the same version offline make sibling versions; a merge joins them', async () => {
    const { writer, legal, lead, draft, version: v1 } = await warRoom();
    const a = must(await versionSave(writer, draft.id, `${v1.body} Writer's line.`, [v1.id]));
    const b = must(await versionSave(legal, draft.id, `${v1.body} Legal's line.`, [v1.id]));
    await exchange(writer, legal, lead);
    const both = await current(lead, draft);
    expect(both.siblings).toBe(true);
    expect(both.heads.map((v: DraftVersion) => v.id).sort()).toEqual([a.id, b.id].sort());
    expect(both.versions.map((v) => v.body)).toContain(a.body);
    expect(both.versions.map((v) => v.body)).toContain(b.body);
    await expectRefusedUnchanged(lead, 'draft.siblings', () => reviewRequest(lead, draft.id, a.id));
    const merged = must(
      await versionSave(lead, draft.id, `${v1.body} Writer's line. Legal's line.`, [a.id, b.id]),
    );
    await exchange(writer, legal, lead);
    const after = await current(writer, draft);
    expect(after.siblings).toBe(false);
    expect(after.latest?.id).toBe(merged.id);
    expect(after.versions).toHaveLength(4);
  });

  it('the crisis lead may publish unapproved text with a reason; the override is kept and logged', async () => {
    const { lead, writer, legal, incident, x, draft, version: v1 } = await warRoom();
    const published = must(
      await publish(lead, draft.id, {
        versionId: v1.id,
        channelId: x.id,
        reference: '',
        override: 'People are in danger now',
      }),
    );
    expect(published.override).toBe('People are in danger now');
    await exchange(writer, legal, lead);
    const entry = (
      await writer.db.timeline
        .where('[incidentId+occurredAt]')
        .between([incident.id, ''], [incident.id, '\uffff'])
        .toArray()
    ).find((e) => e.event?.key === 'draftPublished');
    expect(entry?.kind).toBe('communication');
    expect(entry?.text).toContain('NOT APPROVED');
    expect((await current(writer, draft)).status).toBe('published');
  });

  it('refuses a body over the channel limit and a removed channel', async () => {
    const { lead, x, draft, version: v1 } = await warRoom();
    const long = must(await versionSave(lead, draft.id, 'x'.repeat(400), [v1.id]));
    await expectRefusedUnchanged(lead, 'draft.overLimit', () =>
      publish(lead, draft.id, { versionId: long.id, channelId: x.id, reference: '', override: 'reason' }),
    );
    await expectRefusedUnchanged(lead, 'draft.channelUnknown', () =>
      publish(lead, draft.id, {
        versionId: long.id,
        channelId: '0190f5e2-0000-7000-8000-00000000dead' as Channel['id'],
        reference: '',
        override: 'reason',
      }),
    );
  });
});
