import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { channelCreate } from '../../../renderer/db/channels';
import {
  checklistItemComplete,
  checklistsInstantiate,
  templatesAddDefaults,
} from '../../../renderer/db/checklists';
import { notificationAdvance, notificationsAdd } from '../../../renderer/db/notifications';
import { memberAdd, roleAssign } from '../../../renderer/db/roles';
import type { Session } from '../../../renderer/db/session';
import { stakeholderCreate, stakeholdersImport } from '../../../renderer/db/stakeholders';
import { operationsApply } from '../../../renderer/db/sync-apply';
import type { ChecklistItem } from '../../../shared/domain/checklist';
import type { IncidentId } from '../../../shared/domain/ids';
import { roleAssignmentId } from '../../../shared/domain/incident-role';
import type { Member } from '../../../shared/domain/member';
import { notificationId } from '../../../shared/domain/notification';
import { sessionFresh } from './helpers';
import { incidentOpen, shipped, stakeholderDraft } from './people-helpers';

/** Both devices send what they have and apply what the other sent: a full exchange through the hub. */
async function exchange(a: Session, b: Session): Promise<void> {
  const fromA = await shipped(a);
  const fromB = await shipped(b);
  const applied = [await operationsApply(b, fromA), await operationsApply(a, fromB)];
  for (const outcome of applied) expect(outcome.rejected).toBe(0);
}

async function member(session: Session, name: string): Promise<Member> {
  const added = await memberAdd(session, { name, role: '', phone: '' });
  if (!added.ok) throw new Error(added.error.code);
  return added.value;
}

const items = (session: Session, incidentId: IncidentId): Promise<ChecklistItem[]> =>
  session.db.checklistItems.where('incidentId').equals(incidentId).sortBy('id');

/** Two devices that share an incident (without checklists yet), the default templates and an X channel. */
async function withSharedChannel() {
  const anna = await sessionFresh('Anna');
  const ben = await sessionFresh('Ben');
  const incident = await incidentOpen(anna);
  await templatesAddDefaults(anna);
  await channelCreate(anna, { kind: 'x', name: '@acme', audiences: [], ownerRole: '', active: true });
  await exchange(anna, ben);
  return { anna, ben, incident };
}

describe('sync of roles, checklists and who was informed', () => {
  it('two devices assigning one role offline show the same winner and the same memberId conflict', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    const incident = await incidentOpen(anna);
    const carla = await member(anna, 'Carla');
    const dirk = await member(anna, 'Dirk');
    await exchange(anna, ben);

    // Both offline; neither has an assignment record yet, so both create it (same derived id) and patch.
    await roleAssign(anna, incident.id, 'spokesperson', carla);
    await roleAssign(ben, incident.id, 'spokesperson', dirk);
    await exchange(anna, ben);

    const id = roleAssignmentId(incident.id, 'spokesperson');
    const onAnna = await anna.db.roleAssignments.get(id);
    const onBen = await ben.db.roleAssignments.get(id);
    expect(onAnna).toEqual(onBen);
    expect([carla.id, dirk.id]).toContain(onAnna!.memberId);
    expect(onAnna!.memberName).toBe(onAnna!.memberId === carla.id ? 'Carla' : 'Dirk');
    expect(await anna.db.roleAssignments.count()).toBe(1);

    const conflictsA = await anna.db.conflicts.toArray();
    const conflictsB = await ben.db.conflicts.toArray();
    expect(conflictsA).toEqual(conflictsB);
    const memberConflict = conflictsA.find((c) => c.recordId === id && c.field === 'memberId');
    expect(memberConflict?.heads.map((h) => h.value).sort()).toEqual([carla.id, dirk.id].sort());
    // The value shown is the conflict's last head on both devices.
    expect(memberConflict!.heads.at(-1)!.value).toBe(onAnna!.memberId);
  });

  it('two devices instantiating the same checklists offline end with one set of items', async () => {
    const { anna, ben, incident } = await withSharedChannel();
    expect(await items(ben, incident.id)).toEqual([]);

    const onA = await checklistsInstantiate(anna, incident.id, 'en');
    const onB = await checklistsInstantiate(ben, incident.id, 'en');
    expect(onA.ok && onA.value.length).toBe(3);
    expect(onB.ok && onB.value.map((i) => i.id).sort()).toEqual(onA.ok && onA.value.map((i) => i.id).sort());
    // Ben already completes one while still offline.
    const first = (await items(ben, incident.id))[0]!;
    await checklistItemComplete(ben, first.id);
    await exchange(anna, ben);

    const a = await items(anna, incident.id);
    const b = await items(ben, incident.id);
    expect(a).toHaveLength(3);
    expect(b.map((i) => i.id)).toEqual(a.map((i) => i.id));
    expect(b).toEqual(a);
    expect(a.find((i) => i.id === first.id)).toMatchObject({ status: 'done', closedByName: 'Ben' });
  });

  // Each device compares the other's create with the one its own record came from (same HLC and op id
  // on both), so both keep the same create instead of swapping languages.
  it('two devices instantiating in different languages converge on the same texts', async () => {
    const { anna, ben, incident } = await withSharedChannel();
    await checklistsInstantiate(anna, incident.id, 'en');
    await checklistsInstantiate(ben, incident.id, 'nl');
    await exchange(anna, ben);
    expect((await items(ben, incident.id)).map((i) => i.text)).toEqual(
      (await items(anna, incident.id)).map((i) => i.text),
    );
  });

  it('a status step on one device reaches the other, with its timeline entry', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    const incident = await incidentOpen(anna);
    const ggd = await stakeholderCreate(anna, stakeholderDraft('GGD', { priority: 1 }));
    if (!ggd.ok) throw new Error(ggd.error.code);
    await notificationsAdd(anna, incident.id, [ggd.value.id]);
    await exchange(anna, ben);
    const id = notificationId(incident.id, ggd.value.id);
    expect(await ben.db.notifications.get(id)).toMatchObject({ status: 'toInform' });

    const informed = await notificationAdvance(anna, id, { to: 'informed', channel: 'phone', note: '' });
    if (!informed.ok) throw new Error(informed.error.code);
    await exchange(anna, ben);
    expect(await ben.db.notifications.get(id)).toEqual(informed.value);
    const entries = await ben.db.timeline.toArray();
    expect(entries.filter((e) => e.event?.key === 'stakeholderStatus')).toEqual([
      expect.objectContaining({ kind: 'stakeholder', authorName: 'Anna', incidentId: incident.id }),
    ]);
  });

  it('informing a large group reaches the other device, entry included', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    const incident = await incidentOpen(anna);
    const drafts = Array.from({ length: 250 }, (_, i) =>
      stakeholderDraft(`Bewonersvereniging Zaandam-Oost blok ${i + 1}`, { group: 'residents' }),
    );
    const imported = await stakeholdersImport(anna, drafts);
    if (!imported.ok) throw new Error(imported.error.code);
    await notificationsAdd(
      anna,
      incident.id,
      imported.value.map((s) => s.id),
    );
    await exchange(anna, ben);
    expect(await ben.db.notifications.count()).toBe(250);
    expect(await ben.db.timeline.count()).toBe(await anna.db.timeline.count());
    const entry = (await ben.db.timeline.toArray()).find((e) => e.event?.key === 'stakeholderAdded');
    // The entry names as many as fit and counts them all.
    expect(entry?.event?.values).toMatchObject({
      count: 250,
      names: expect.stringMatching(/^Bewoners.*, …$/),
    });
  });
});
