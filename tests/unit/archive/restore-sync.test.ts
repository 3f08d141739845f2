/**
 * Restoring an older backup on a device that is in a team, then syncing with the hub (in memory, with the
 * real sync engine): what the team wrote after the backup comes back, this device's own pushed changes
 * included; its unsent changes are kept and sent; a backup restored on a new laptop sends the old
 * laptop's unsent changes in the new laptop's name. Every device ends with the same records.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupCreate } from '../../../renderer/db/backup';
import { backupRestore } from '../../../renderer/db/backup-restore';
import { hubConfigSet, type HubConfig } from '../../../renderer/db/hub-config';
import { DB_VERSION } from '../../../renderer/db/schema';
import type { Session } from '../../../renderer/db/session';
import { SyncEngine } from '../../../renderer/sync/engine';
import { backupParse } from '../../../shared/archive/backup';
import type { IncidentId } from '../../../shared/domain/ids';
import { syncedTables } from '../../../shared/sync/operation';
import { sessionFresh } from '../db/helpers';
import { incidentOpen } from '../db/people-helpers';
import { fakeHubEachTest, settle } from '../sync/fake-hub';
import { entriesAdd } from '../sync/helpers';
import { must } from './fixture';

const fake = fakeHubEachTest();

/** A device that joined the team: its own token, which the hub knows as this device's. */
async function member(name: string): Promise<{ session: Session; engine: SyncEngine }> {
  const session = await sessionFresh(name);
  const token = `${name.toLowerCase()}-token`.padEnd(40, '0');
  fake.hub.devices.set(token, session.deviceId);
  const config: HubConfig = { url: 'http://hub.test', token, teamName: 'Crisis team', hubId: 'hub-1' };
  await hubConfigSet(session.db, config);
  const engine = new SyncEngine(session, config);
  fake.engines.push(engine);
  engine.start();
  return { session, engine };
}

async function backupTaken(session: Session) {
  const text = await backupCreate(session.db, { appVersion: 'test' });
  return must(backupParse(text, { dbVersion: DB_VERSION }));
}

const texts = async (session: Session, incidentId: IncidentId) =>
  (await session.db.timeline.where('incidentId').equals(incidentId).toArray()).map((e) => e.text).sort();

const everything = (session: Session) =>
  Promise.all(syncedTables.map((t) => session.db[t].orderBy(':id').toArray()));

describe('restoring a backup on a device in a team', () => {
  it('brings back, after syncing, all the team wrote since the backup, and sends what was unsent', async () => {
    const anna = await member('Anna');
    const ben = await member('Ben');
    const incident = await incidentOpen(anna.session);
    await entriesAdd(anna.session, incident.id, 20, 'Before');
    await settle(fake.hub, anna.session, anna.engine);
    const backup = await backupTaken(anna.session);

    await entriesAdd(anna.session, incident.id, 30, 'Anna pushed');
    await settle(fake.hub, anna.session, anna.engine);
    await settle(fake.hub, ben.session, ben.engine);
    await entriesAdd(ben.session, incident.id, 10, 'Ben');
    await settle(fake.hub, ben.session, ben.engine);
    await settle(fake.hub, anna.session, anna.engine);
    fake.hub.unreachable = true;
    await entriesAdd(anna.session, incident.id, 5, 'Anna unsent');

    const restored = must(await backupRestore(anna.session, backup));
    expect(restored).toMatchObject({ kept: 5, discarded: 0, reissued: 0 });
    const right = await texts(anna.session, incident.id);
    expect(right.filter((t) => t.startsWith('Anna pushed') || t.startsWith('Ben'))).toEqual([]);
    expect(right.filter((t) => t.startsWith('Anna unsent'))).toHaveLength(5);

    fake.hub.unreachable = false;
    await settle(fake.hub, anna.session, anna.engine);
    await settle(fake.hub, ben.session, ben.engine);
    const all = await texts(anna.session, incident.id);
    expect(all.filter((t) => t.startsWith('Anna pushed'))).toHaveLength(30);
    expect(all.filter((t) => t.startsWith('Ben'))).toHaveLength(10);
    expect(all.filter((t) => t.startsWith('Anna unsent'))).toHaveLength(5);
    expect(await everything(anna.session)).toEqual(await everything(ben.session));
    expect(fake.hub.ids.size).toBe(fake.hub.log.length);
    expect(await anna.session.db.oplog.count()).toBe(fake.hub.log.length);
  });

  it('on a new laptop: the old laptop’s unsent changes reach the team in the new laptop’s name', async () => {
    const anna = await member('Anna');
    const old = await member('Ben');
    const incident = await incidentOpen(anna.session);
    await settle(fake.hub, anna.session, anna.engine);
    await settle(fake.hub, old.session, old.engine);
    fake.hub.unreachable = true;
    await entriesAdd(old.session, incident.id, 7, 'Written offline');
    const backup = await backupTaken(old.session);
    old.engine.stop();
    fake.hub.unreachable = false;

    const laptop = await member('Ben-new');
    const restored = must(await backupRestore(laptop.session, backup));
    expect(restored.reissued).toBe(7);
    await settle(fake.hub, laptop.session, laptop.engine);
    await settle(fake.hub, anna.session, anna.engine);
    expect(
      (await texts(anna.session, incident.id)).filter((t) => t.startsWith('Written offline')),
    ).toHaveLength(7);
    // In the old laptop's name, the hub holds only what it sent itself: its profile.
    expect(fake.hub.log.filter((s) => s.operation.device === old.session.deviceId)).toHaveLength(1);
    expect(await everything(anna.session)).toEqual(await everything(laptop.session));
  });
});
