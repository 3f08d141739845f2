/**
 * The outbox holds one batch per write: the operations of one transaction in one row. The count of
 * changes waiting counts operations, and a version 2 database's pending operations survive the upgrade.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { syncCounts } from '../../../renderer/db/hub-config';
import { DB_VERSION, dbOpen } from '../../../renderer/db/schema';
import { sessionLoad } from '../../../renderer/db/session';
import { operationsApply, outboxAcknowledge } from '../../../renderer/db/sync-apply';
import { PUSH_MAX_OPERATIONS } from '../../../shared/sync/protocol';
import { sessionFresh } from '../db/helpers';
import { incidentOpen, shipped } from '../db/people-helpers';
import { entriesAdd, outboxOperations } from './helpers';

describe('the outbox', () => {
  it('stores the operations of one write as one row, and counts operations as the changes waiting', async () => {
    const session = await sessionFresh('Anna');
    const incident = await incidentOpen(session);
    const rows = await session.db.outbox.count();
    const entries = await entriesAdd(session, incident.id, 3, 'Entry');
    expect(await session.db.outbox.count()).toBe(rows + 1);
    const batch = (await session.db.outbox.orderBy('id').last())!;
    expect(batch.operations.map((o) => o.recordId)).toEqual(entries.map((e) => e.id));
    expect(batch.opIds).toEqual(batch.operations.map((o) => o.id));
    expect(batch.id).toBe(batch.opIds[0]);
    const all = await outboxOperations(session.db);
    expect((await syncCounts(session.db)).pending).toBe(all.length);

    await outboxAcknowledge(session.db, [batch]);
    expect((await syncCounts(session.db)).pending).toBe(all.length - 3);
    expect(await session.db.oplog.bulkGet(batch.opIds)).toEqual(batch.operations);
  });

  it('a version 2 database keeps every pending operation, in order, as batches of at most one push', async () => {
    // Real operations from a current database, stored as version 2 stored them: one row each.
    const source = await sessionFresh('Anna');
    const incident = await incidentOpen(source);
    await entriesAdd(source, incident.id, 2_500, 'Offline');
    const operations = await outboxOperations(source.db);
    const timeline = await source.db.timeline.toArray();

    const name = `upgrade-${Date.now()}`;
    const old = dbOpen(name, 2);
    await old.transaction('rw', old.outbox, old.timeline, async () => {
      await old.table('outbox').bulkAdd(operations);
      await old.timeline.bulkAdd(timeline);
    });
    expect(old.verno).toBe(2);
    old.close();

    const db = dbOpen(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const batches = await db.outbox.orderBy('id').toArray();
    expect(batches.map((b) => b.operations.length)).toEqual([PUSH_MAX_OPERATIONS, PUSH_MAX_OPERATIONS, 503]);
    expect(await outboxOperations(db)).toEqual(operations);
    expect((await syncCounts(db)).pending).toBe(operations.length);
    expect(await db.timeline.count()).toBe(timeline.length);

    // They still sync: another device applies all of them.
    const session = await sessionLoad(db);
    const ben = await sessionFresh('Ben');
    const outcome = await operationsApply(ben, await shipped(session));
    expect(outcome).toMatchObject({ applied: operations.length, rejected: 0 });
    expect(await db.outbox.count()).toBe(0);
    expect(await ben.db.timeline.count()).toBe(timeline.length);
    db.close();
    await Dexie.delete(name);
  });
});
