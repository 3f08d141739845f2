/**
 * The sync engine against an in-memory hub that speaks the protocol (fetch stubbed): pushing the outbox
 * in pushes of at most PUSH_MAX_OPERATIONS, pulling and applying others' operations page by page, the
 * "changes waiting" count, and a push that fails half-way.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { HubConfig } from '../../../renderer/db/hub-config';
import type { Session } from '../../../renderer/db/session';
import { SyncEngine } from '../../../renderer/sync/engine';
import { PUSH_MAX_OPERATIONS } from '../../../shared/sync/protocol';
import { sessionFresh } from '../db/helpers';
import { incidentOpen } from '../db/people-helpers';
import { fakeHubEachTest, settle as settleWith } from './fake-hub';
import { entriesAdd } from './helpers';

const config: HubConfig = { url: 'http://hub.test', token: 't'.repeat(40), teamName: 'Test', hubId: 'h' };
const fake = fakeHubEachTest();

function engineStart(session: Session): SyncEngine {
  const engine = new SyncEngine(session, config);
  fake.engines.push(engine);
  engine.start();
  return engine;
}

function settle(session: Session, engine: SyncEngine): Promise<void> {
  return settleWith(fake.hub, session, engine);
}

describe('the sync engine', () => {
  it('pushes a large transaction in several pushes, and the other device applies all of it', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    const incident = await incidentOpen(anna);
    await entriesAdd(anna, incident.id, 2_500, 'Anna');
    const annaEngine = engineStart(anna);
    await settle(anna, annaEngine);
    expect(Math.max(...fake.hub.pushSizes)).toBeLessThanOrEqual(PUSH_MAX_OPERATIONS);
    expect(fake.hub.ids.size).toBe(fake.hub.log.length);

    const benEngine = engineStart(ben);
    await settle(ben, benEngine);
    expect(await ben.db.timeline.count()).toBe(await anna.db.timeline.count());
    await entriesAdd(ben, incident.id, 10, 'Ben');
    await settle(ben, benEngine);
    // Anna's own operations come back to her with Ben's; she skips them.
    await settle(anna, annaEngine);
    expect(await anna.db.timeline.count()).toBe(await ben.db.timeline.count());
    for (const session of [anna, ben]) expect(await session.db.oplog.count()).toBe(fake.hub.log.length);
  });

  it('counts the changes waiting while offline, and loses nothing when a push fails half-way', async () => {
    const anna = await sessionFresh('Anna');
    const incident = await incidentOpen(anna);
    fake.hub.unreachable = true;
    const engine = engineStart(anna);
    await entriesAdd(anna, incident.id, 1_500, 'Offline');
    const waiting = 1_500 + 3; // the entries, her profile, the incident and its opening entry
    await vi.waitFor(() => expect(engine.get()).toMatchObject({ phase: 'offline', pending: waiting }));

    fake.hub.unreachable = false;
    fake.hub.failPush = (n) => n >= 2;
    await vi.waitFor(async () => {
      await engine.sync();
      expect(engine.get().phase).toBe('error');
    });
    expect(fake.hub.log.length).toBe(PUSH_MAX_OPERATIONS);
    // The profile's and the incident's batches were acknowledged whole; the 1,500 entries' batch was
    // only partly, so it waits whole and is sent again (the hub ignores what it already has).
    expect(engine.get().pending).toBe(1_500);
    expect(await anna.db.outbox.count()).toBe(1);

    fake.hub.failPush = () => false;
    await settle(anna, engine);
    expect(fake.hub.log.length).toBe(waiting);
    expect(new Set(fake.hub.log.map((s) => s.operation.id)).size).toBe(waiting);
    expect(fake.hub.pushSizes.slice(-2)).toEqual([PUSH_MAX_OPERATIONS, 1_500 - PUSH_MAX_OPERATIONS]);
    expect(await anna.db.oplog.count()).toBe(waiting);
  });
});
