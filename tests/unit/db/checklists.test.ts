import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { channelCreate } from '../../../renderer/db/channels';
import {
  checklistItemAdd,
  checklistItemComplete,
  checklistItemMove,
  checklistItemReopen,
  checklistItemSkip,
  checklistsInstantiate,
  templateCreate,
  templatesAddDefaults,
  templatesSeed,
  templateUpdate,
} from '../../../renderer/db/checklists';
import type { Session } from '../../../renderer/db/session';
import { byOrder, checklistItemSchema } from '../../../shared/domain/checklist';
import { defaultTemplates } from '../../../shared/domain/checklist-defaults';
import type { ChecklistItemId, EntryId, IncidentId } from '../../../shared/domain/ids';
import { sessionFresh } from './helpers';
import { counts, expectRefusedUnchanged, incidentOpen, opsSince } from './people-helpers';

const NO_SUCH = '0190f5e2-0000-7000-8000-00000000dead';

/** A device with the default templates, an X channel in use, and an incident with its X checklist. */
async function withChecklist(session: Session) {
  await templatesAddDefaults(session);
  const x = await channelCreate(session, {
    kind: 'x',
    name: '@acme',
    audiences: ['media'],
    ownerRole: 'socialMedia',
    active: true,
  });
  if (!x.ok) throw new Error(x.error.code);
  const incident = await incidentOpen(session);
  const items = (await session.db.checklistItems.where('incidentId').equals(incident.id).toArray()).sort(
    byOrder,
  );
  return { incident, channel: x.value, items };
}

describe('checklist templates', () => {
  it('adding the defaults stores them with an operation each; a second time adds nothing', async () => {
    const session = await sessionFresh();
    const before = await session.db.outbox.count();
    const first = await templatesAddDefaults(session);
    if (!first.ok) throw new Error(first.error.code);
    expect(first.value.map((t) => t.id)).toEqual(
      defaultTemplates('2026-01-01T00:00:00.000Z').map((t) => t.id),
    );
    const ops = await opsSince(session, before);
    expect(ops.map((o) => o.recordId)).toEqual(first.value.map((t) => t.id));
    expect(ops.every((o) => o.table === 'checklistTemplates' && o.kind === 'create')).toBe(true);
    const after = await counts(session);
    expect(await templatesAddDefaults(session)).toEqual({ ok: true, value: [] });
    expect(await counts(session)).toEqual(after);
  });

  it('seeding happens once per device, and a default the team removed stays removed', async () => {
    const session = await sessionFresh();
    const seeded = await templatesSeed(session);
    if (!seeded.ok) throw new Error(seeded.error.code);
    expect(seeded.value.length).toBeGreaterThan(0);
    const first = seeded.value[0]!;
    const removedAt = '2026-11-24T08:00:00.000Z';
    expect(await templateUpdate(session, first.id, { removedAt })).toMatchObject({ ok: true });
    expect(await templatesSeed(session)).toEqual({ ok: true, value: [] });
    expect(await templatesAddDefaults(session)).toEqual({ ok: true, value: [] });
    expect(await session.db.checklistTemplates.get(first.id)).toMatchObject({ removedAt });
  });

  it('a new template goes after the others of its kind; blank text is refused without a write', async () => {
    const session = await sessionFresh();
    await templatesAddDefaults(session);
    const created = await templateCreate(session, {
      channelKind: 'x',
      crisisType: null,
      text: { en: 'Answer DMs with the statement', nl: '' },
      assigneeRole: 'socialMedia',
    });
    if (!created.ok) throw new Error(created.error.code);
    // A missing translation falls back to the other language rather than an empty step.
    expect(created.value.text).toEqual({
      en: 'Answer DMs with the statement',
      nl: 'Answer DMs with the statement',
    });
    const xs = (await session.db.checklistTemplates.where('channelKind').equals('x').toArray()).sort(byOrder);
    expect(xs.at(-1)!.id).toBe(created.value.id);
    await expectRefusedUnchanged(session, 'checklist.textEmpty', () =>
      templateCreate(session, {
        channelKind: 'x',
        crisisType: null,
        text: { en: ' ', nl: '' },
        assigneeRole: '',
      }),
    );
  });
});

describe('checklist items of an incident', () => {
  it('instantiating again adds nothing: the derived ids are already there', async () => {
    const session = await sessionFresh();
    const { incident, items } = await withChecklist(session);
    expect(items.map((i) => i.text)).toEqual([
      'Pause scheduled posts',
      'Pin the holding statement',
      'Monitor mentions and hashtags',
    ]);
    const before = await counts(session);
    expect(await checklistsInstantiate(session, incident.id, 'nl')).toEqual({ ok: true, value: [] });
    expect(await counts(session)).toEqual(before);
    await expectRefusedUnchanged(session, 'incident.notFound', () =>
      checklistsInstantiate(session, NO_SUCH as IncidentId, 'en'),
    );
  });

  it('completing an item patches it and logs an action entry, in one go', async () => {
    const session = await sessionFresh();
    const { items } = await withChecklist(session);
    const item = items[0]!;
    const before = await session.db.outbox.count();
    const done = await checklistItemComplete(session, item.id);
    expect(done).toMatchObject({
      ok: true,
      value: { status: 'done', closedBy: session.member!.id, closedByName: 'Anna de Vries' },
    });
    expect(checklistItemSchema.safeParse(await session.db.checklistItems.get(item.id)).success).toBe(true);
    const ops = await opsSince(session, before);
    expect(ops.map((o) => [o.table, o.kind])).toEqual([
      ['checklistItems', 'patch'],
      ['timeline', 'create'],
    ]);
    expect(ops[0]!.patch).toMatchObject({ status: 'done', closedBy: session.member!.id });
    expect(await session.db.timeline.get(ops[1]!.recordId as EntryId)).toMatchObject({
      kind: 'action',
      event: { key: 'checklistItem', values: { text: item.text, channel: '@acme', status: 'done' } },
    });
    await expectRefusedUnchanged(session, 'checklist.alreadyClosed', () =>
      checklistItemComplete(session, item.id),
    );
  });

  it('skipping needs a reason, stores it trimmed and logs it; reopening clears it', async () => {
    const session = await sessionFresh();
    const { items } = await withChecklist(session);
    const item = items[1]!;
    await expectRefusedUnchanged(session, 'checklist.reasonRequired', () =>
      checklistItemSkip(session, item.id, '  '),
    );
    const before = await session.db.timeline.count();
    const skipped = await checklistItemSkip(session, item.id, '  no statement yet ');
    expect(skipped).toMatchObject({
      ok: true,
      value: { status: 'notApplicable', reason: 'no statement yet' },
    });
    const entries = await session.db.timeline.toArray();
    expect(entries).toHaveLength(before + 1);
    expect(entries.find((e) => e.event?.key === 'checklistItem')).toMatchObject({
      kind: 'action',
      event: { values: { status: 'notApplicable', reason: 'no statement yet' } },
    });
    const reopened = await checklistItemReopen(session, item.id);
    expect(reopened).toMatchObject({ ok: true, value: { status: 'open', reason: '', closedBy: null } });
    await expectRefusedUnchanged(session, 'checklist.notClosed', () => checklistItemReopen(session, item.id));
    await expectRefusedUnchanged(session, 'checklist.notFound', () =>
      checklistItemComplete(session, NO_SUCH as ChecklistItemId),
    );
  });

  it('a step added during the incident goes last, and a move puts an item where asked', async () => {
    const session = await sessionFresh();
    const { incident, channel, items } = await withChecklist(session);
    const added = await checklistItemAdd(session, incident.id, channel.id, ' Answer DMs ', 'socialMedia');
    if (!added.ok) throw new Error(added.error.code);
    const list = async () =>
      (await session.db.checklistItems.where('incidentId').equals(incident.id).toArray()).sort(byOrder);
    expect((await list()).map((i) => i.id)).toEqual([...items.map((i) => i.id), added.value.id]);
    const before = await session.db.outbox.count();
    await checklistItemMove(session, added.value.id, 1);
    expect((await list()).map((i) => i.text)).toEqual([
      'Pause scheduled posts',
      'Answer DMs',
      'Pin the holding statement',
      'Monitor mentions and hashtags',
    ]);
    const [op] = await opsSince(session, before);
    expect(op).toMatchObject({
      kind: 'patch',
      recordId: added.value.id,
      patch: { order: expect.any(String) },
    });
    await expectRefusedUnchanged(session, 'checklist.textEmpty', () =>
      checklistItemAdd(session, incident.id, channel.id, '   ', ''),
    );
    await expectRefusedUnchanged(session, 'checklist.notFound', () =>
      checklistItemMove(session, NO_SUCH as ChecklistItemId, 0),
    );
  });
});
