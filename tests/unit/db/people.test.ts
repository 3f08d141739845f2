import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  notificationAdvance,
  notificationAssign,
  notificationsAdd,
} from '../../../renderer/db/notifications';
import { memberAdd, roleAssign } from '../../../renderer/db/roles';
import type { Session } from '../../../renderer/db/session';
import {
  stakeholderCreate,
  stakeholderRemove,
  stakeholdersImport,
  stakeholderUpdate,
} from '../../../renderer/db/stakeholders';
import type { EntryId, IncidentId, NotificationId, StakeholderId } from '../../../shared/domain/ids';
import { notificationId, notificationSchema } from '../../../shared/domain/notification';
import { stakeholderSchema, type Stakeholder } from '../../../shared/domain/stakeholder';
import { sessionFresh } from './helpers';
import { counts, expectRefusedUnchanged, incidentOpen, opsSince, stakeholderDraft } from './people-helpers';

const NO_SUCH = '0190f5e2-0000-7000-8000-00000000dead';

async function stakeholderAdd(session: Session, name: string): Promise<Stakeholder> {
  const created = await stakeholderCreate(session, stakeholderDraft(name));
  if (!created.ok) throw new Error(created.error.code);
  return created.value;
}

describe('the stakeholder directory', () => {
  it('adding stores the validated record and a create operation carrying it', async () => {
    const session = await sessionFresh();
    const before = await session.db.outbox.count();
    const created = await stakeholderCreate(
      session,
      stakeholderDraft('  GGD Zaanstreek ', { languages: ['NL', 'nl'] }),
    );
    if (!created.ok) throw new Error(created.error.code);
    const stored = await session.db.stakeholders.get(created.value.id);
    expect(stored).toMatchObject({ name: 'GGD Zaanstreek', languages: ['nl'], removedAt: null });
    expect(stakeholderSchema.safeParse(stored).success).toBe(true);
    const [op, ...more] = await opsSince(session, before);
    expect(more).toEqual([]);
    expect(op).toMatchObject({ table: 'stakeholders', kind: 'create', recordId: stored!.id, patch: stored });
  });

  it('editing writes only the fields that changed; an unchanged edit writes nothing', async () => {
    const session = await sessionFresh();
    const ggd = await stakeholderAdd(session, 'GGD');
    const before = await session.db.outbox.count();
    const edited = await stakeholderUpdate(
      session,
      ggd.id,
      stakeholderDraft('GGD', { priority: 1, notes: 'night line' }),
    );
    expect(edited).toMatchObject({ ok: true, value: { priority: 1, notes: 'night line' } });
    const ops = await opsSince(session, before);
    expect(ops.map((o) => [o.kind, o.patch])).toEqual([['patch', { priority: 1, notes: 'night line' }]]);
    expect(await session.db.stakeholders.get(ggd.id)).toMatchObject({ priority: 1, notes: 'night line' });
    const same = await counts(session);
    expect(
      await stakeholderUpdate(session, ggd.id, stakeholderDraft('GGD', { priority: 1, notes: 'night line' })),
    ).toMatchObject({ ok: true });
    expect(await counts(session)).toEqual(same);
  });

  it('removing leaves a tombstone: the record stays, with removedAt set by a patch', async () => {
    const session = await sessionFresh();
    const ggd = await stakeholderAdd(session, 'GGD');
    const before = await session.db.outbox.count();
    const removed = await stakeholderRemove(session, ggd.id);
    if (!removed.ok) throw new Error(removed.error.code);
    const stored = await session.db.stakeholders.get(ggd.id);
    expect(stored).toEqual({ ...ggd, removedAt: removed.value.removedAt });
    expect(stored!.removedAt).not.toBeNull();
    const ops = await opsSince(session, before);
    expect(ops.map((o) => [o.kind, o.recordId, o.patch])).toEqual([
      ['patch', ggd.id, { removedAt: stored!.removedAt }],
    ]);
  });

  it('refused changes write nothing at all', async () => {
    const session = await sessionFresh();
    const ggd = await stakeholderAdd(session, 'GGD');
    const badEmail = stakeholderDraft('ANP', {
      contacts: [{ kind: 'email', label: '', value: 'not-an-address' }],
    });
    await expectRefusedUnchanged(session, 'stakeholder.emailInvalid', () =>
      stakeholderCreate(session, badEmail),
    );
    await expectRefusedUnchanged(session, 'stakeholder.nameEmpty', () =>
      stakeholderUpdate(session, ggd.id, stakeholderDraft(' ')),
    );
    await expectRefusedUnchanged(session, 'stakeholder.notFound', () =>
      stakeholderUpdate(session, NO_SUCH as StakeholderId, stakeholderDraft('X')),
    );
    await expectRefusedUnchanged(session, 'stakeholder.notFound', () =>
      stakeholderRemove(session, NO_SUCH as StakeholderId),
    );
  });

  it('an import stores every row with its operation, or, with one invalid row, nothing', async () => {
    const session = await sessionFresh();
    const rows = ['Politie', 'Brandweer', 'Waternet'].map((n) => stakeholderDraft(n));
    const before = await session.db.outbox.count();
    const imported = await stakeholdersImport(session, rows);
    if (!imported.ok) throw new Error(imported.error.code);
    expect((await session.db.stakeholders.toArray()).map((s) => s.name).sort()).toEqual([
      'Brandweer',
      'Politie',
      'Waternet',
    ]);
    const ops = await opsSince(session, before);
    expect(ops.map((o) => o.recordId).sort()).toEqual(imported.value.map((s) => s.id).sort());
    expect(ops.every((o) => o.kind === 'create' && o.table === 'stakeholders')).toBe(true);

    const broken = [
      stakeholderDraft('ANP'),
      stakeholderDraft('NOS', { priority: 7 as 1 }),
      stakeholderDraft('RTL'),
    ];
    const refused = await stakeholdersImport(session, broken);
    expect(refused).toEqual({ ok: false, error: { code: 'stakeholder.priorityInvalid', detail: 'row 2' } });
    await expectRefusedUnchanged(session, 'stakeholder.priorityInvalid', () =>
      stakeholdersImport(session, broken),
    );
    expect(await session.db.stakeholders.count()).toBe(3);
  });
});

describe('who was informed', () => {
  async function board(session: Session) {
    const incident = await incidentOpen(session);
    const ggd = await stakeholderAdd(session, 'GGD');
    const anp = await stakeholderAdd(session, 'ANP');
    return { incident, ggd, anp };
  }

  it('adding stakeholders stores one record each, a stakeholder entry, and their operations', async () => {
    const session = await sessionFresh();
    const { incident, ggd, anp } = await board(session);
    const before = await session.db.outbox.count();
    const added = await notificationsAdd(session, incident.id, [ggd.id, anp.id, ggd.id]);
    if (!added.ok) throw new Error(added.error.code);
    expect(added.value.map((n) => n.id)).toEqual([
      notificationId(incident.id, ggd.id),
      notificationId(incident.id, anp.id),
    ]);
    for (const n of await session.db.notifications.toArray())
      expect(notificationSchema.safeParse(n).success).toBe(true);
    const entry = (await session.db.timeline.toArray()).find((e) => e.kind === 'stakeholder');
    expect(entry?.event).toEqual({ key: 'stakeholderAdded', values: { names: 'GGD, ANP', count: 2 } });
    const ops = await opsSince(session, before);
    expect(ops.map((o) => [o.table, o.kind])).toEqual([
      ['notifications', 'create'],
      ['notifications', 'create'],
      ['timeline', 'create'],
    ]);
    // Adding them again changes nothing.
    const same = await counts(session);
    expect(await notificationsAdd(session, incident.id, [ggd.id])).toEqual({ ok: true, value: [] });
    expect(await counts(session)).toEqual(same);
  });

  it('each status step patches the record and logs a stakeholder entry with stakeholderStatus', async () => {
    const session = await sessionFresh();
    const { incident, ggd } = await board(session);
    await notificationsAdd(session, incident.id, [ggd.id]);
    const id = notificationId(incident.id, ggd.id);
    const before = await session.db.outbox.count();
    const entriesBefore = await session.db.timeline.count();
    const informed = await notificationAdvance(session, id, {
      to: 'informed',
      channel: 'phone',
      note: 'duty officer',
    });
    expect(informed).toMatchObject({
      ok: true,
      value: { status: 'informed', channel: 'phone', informedBy: session.member!.id },
    });
    expect(await session.db.notifications.get(id)).toEqual(informed.ok && informed.value);
    const ops = await opsSince(session, before);
    expect(ops.map((o) => [o.table, o.kind])).toEqual([
      ['notifications', 'patch'],
      ['timeline', 'create'],
    ]);
    expect(ops[0]!.patch).toMatchObject({ status: 'informed', channel: 'phone', note: 'duty officer' });
    expect(await session.db.timeline.count()).toBe(entriesBefore + 1);
    const entry = await session.db.timeline.get(ops[1]!.recordId as EntryId);
    expect(entry).toMatchObject({
      kind: 'stakeholder',
      incidentId: incident.id,
      event: { key: 'stakeholderStatus', values: { name: 'GGD', status: 'informed', channel: 'phone' } },
    });
    await expectRefusedUnchanged(session, 'notification.invalidTransition', () =>
      notificationAdvance(session, id, { to: 'informed', channel: '', note: '' }),
    );
    await expectRefusedUnchanged(session, 'notification.notFound', () =>
      notificationAdvance(session, NO_SUCH as NotificationId, { to: 'informed', channel: '', note: '' }),
    );
  });

  it('assigning who informs is a patch; a missing incident or record refuses everything', async () => {
    const session = await sessionFresh();
    const { incident, ggd } = await board(session);
    await notificationsAdd(session, incident.id, [ggd.id]);
    const id = notificationId(incident.id, ggd.id);
    const before = await session.db.outbox.count();
    expect(await notificationAssign(session, id, session.member!.id)).toMatchObject({ ok: true });
    expect((await opsSince(session, before)).map((o) => o.patch)).toEqual([
      { assigneeId: session.member!.id },
    ]);
    await expectRefusedUnchanged(session, 'notification.notFound', () =>
      notificationAssign(session, NO_SUCH as NotificationId, null),
    );
    await expectRefusedUnchanged(session, 'incident.notFound', () =>
      notificationsAdd(session, NO_SUCH as IncidentId, [ggd.id]),
    );
    await expectRefusedUnchanged(session, 'notification.noneSelected', () =>
      notificationsAdd(session, incident.id, []),
    );
  });
});

describe('roles and team members', () => {
  it('the first assignment creates the role vacant, then patches in the holder; later ones only patch', async () => {
    const session = await sessionFresh();
    const incident = await incidentOpen(session);
    const eva = await memberAdd(session, { name: 'Eva Jansen', role: 'legal', phone: '+31 6 1234 5678' });
    if (!eva.ok) throw new Error(eva.error.code);
    const before = await session.db.outbox.count();
    const first = await roleAssign(session, incident.id, 'spokesperson', eva.value);
    if (!first.ok) throw new Error(first.error.code);
    const ops = await opsSince(session, before);
    expect(ops.map((o) => [o.table, o.kind])).toEqual([
      ['roleAssignments', 'create'],
      ['roleAssignments', 'patch'],
      ['timeline', 'create'],
    ]);
    expect(ops[0]!.patch).toMatchObject({ role: 'spokesperson', memberId: null, memberName: '' });
    expect(ops[1]!.patch).toMatchObject({ memberId: eva.value.id, memberName: 'Eva Jansen' });
    expect(await session.db.roleAssignments.get(first.value.id)).toMatchObject({ memberId: eva.value.id });

    const between = await session.db.outbox.count();
    const vacated = await roleAssign(session, incident.id, 'spokesperson', null);
    expect(vacated).toMatchObject({ ok: true, value: { id: first.value.id, memberId: null } });
    const later = await opsSince(session, between);
    expect(later.map((o) => [o.table, o.kind])).toEqual([
      ['roleAssignments', 'patch'],
      ['timeline', 'create'],
    ]);
    // The new holder supersedes exactly the one the author saw: no conflict on this device.
    expect(later[0]!.seen?.memberId).toEqual([ops[1]!.id]);
    expect(await session.db.conflicts.count()).toBe(0);
  });

  it('refuses a blank role, a missing incident and a bad phone number without writing anything', async () => {
    const session = await sessionFresh();
    const incident = await incidentOpen(session);
    await expectRefusedUnchanged(session, 'role.nameInvalid', () =>
      roleAssign(session, incident.id, '  ', null),
    );
    await expectRefusedUnchanged(session, 'incident.notFound', () =>
      roleAssign(session, NO_SUCH as IncidentId, 'legal', null),
    );
    await expectRefusedUnchanged(session, 'member.phoneInvalid', () =>
      memberAdd(session, { name: 'Eva', role: 'legal', phone: 'ask reception' }),
    );
  });
});
