import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { templatesAddDefaults } from '../../../renderer/db/checklists';
import { incidentCreate, incidentPhaseSet } from '../../../renderer/db/incidents';
import { operationsApply } from '../../../renderer/db/sync-apply';
import { entryLog } from '../../../renderer/db/timeline';
import type { Operation } from '../../../shared/sync/operation';
import type { SequencedOperation } from '../../../shared/sync/protocol';
import { sessionFresh } from './helpers';
import { incidentOpen, shipped } from './people-helpers';

describe('applying remote operations', () => {
  it('another device sees the incident and its timeline, and re-applying a batch changes nothing', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    const created = await incidentCreate(anna, {
      title: 'Flood',
      crisisType: 'naturalDisaster',
      severity: 3,
      exercise: false,
    });
    if (!created.ok) throw new Error(created.error.code);
    await entryLog(anna, created.value.id, { kind: 'decision', text: 'Open the shelter' });
    const batch = await shipped(anna);
    expect(await anna.db.outbox.count()).toBe(0);
    expect(await anna.db.oplog.count()).toBe(batch.length);

    const first = await operationsApply(ben, batch, batch.at(-1)!.seq);
    expect(first).toMatchObject({ applied: batch.length, skipped: 0, rejected: 0 });
    expect(await ben.db.incidents.get(created.value.id)).toEqual(created.value);
    expect((await ben.db.timeline.toArray()).map((e) => e.text)).toContain('Open the shelter');
    expect(await ben.db.members.count()).toBe(2);
    expect((await ben.db.meta.get('cursor'))?.value).toBe(batch.at(-1)!.seq);

    const again = await operationsApply(ben, batch);
    expect(again).toMatchObject({ applied: 0, skipped: batch.length });
    expect(await ben.db.timeline.count()).toBe(2);
  });

  it('concurrent phase changes on two devices become the same conflict on both', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    const created = await incidentCreate(anna, {
      title: 'Outage',
      crisisType: 'outage',
      severity: 2,
      exercise: false,
    });
    if (!created.ok) throw new Error(created.error.code);
    await operationsApply(ben, await shipped(anna));
    await incidentPhaseSet(anna, created.value.id, 'assessing');
    await incidentPhaseSet(ben, created.value.id, 'responding');
    const fromAnna = await shipped(anna);
    const fromBen = await shipped(ben);
    await operationsApply(ben, fromAnna);
    await operationsApply(anna, fromBen);

    const annaIncident = await anna.db.incidents.get(created.value.id);
    const benIncident = await ben.db.incidents.get(created.value.id);
    expect(annaIncident!.phase).toBe(benIncident!.phase);
    const conflictsA = await anna.db.conflicts.toArray();
    const conflictsB = await ben.db.conflicts.toArray();
    expect(conflictsA).toHaveLength(1);
    expect(conflictsA).toEqual(conflictsB);
    expect(conflictsA[0]!.heads.map((h) => h.value).sort()).toEqual(['assessing', 'responding']);
    // Both system entries survive: nothing typed is lost.
    expect((await anna.db.timeline.toArray()).filter((e) => e.event?.key === 'phaseChanged')).toHaveLength(2);

    // Resolving is a new edit that saw both values; it clears the conflict everywhere.
    await incidentPhaseSet(
      anna,
      created.value.id,
      annaIncident!.phase === 'assessing' ? 'responding' : 'assessing',
    );
    await operationsApply(ben, await shipped(anna));
    expect(await anna.db.conflicts.count()).toBe(0);
    expect(await ben.db.conflicts.count()).toBe(0);
  });

  it('an operation that would make a record invalid is kept in the history but not applied', async () => {
    const ben = await sessionFresh('Ben');
    const bogus: SequencedOperation = {
      seq: 1,
      operation: {
        id: '00000000-0000-7000-8000-00000000b0b0',
        table: 'incidents',
        recordId: '00000000-0000-7000-8000-00000000b0b1',
        kind: 'create',
        patch: { title: '', severity: 9 },
        hlc: `${Date.now().toString().padStart(15, '0')}.000000.00000000-0000-7000-8000-00000000b0b2`,
        author: '00000000-0000-7000-8000-00000000b0b2',
        device: '00000000-0000-7000-8000-00000000b0b2',
      },
    };
    const outcome = await operationsApply(ben, [bogus]);
    expect(outcome).toMatchObject({ applied: 0, rejected: 1 });
    expect(await ben.db.incidents.count()).toBe(0);
    expect((await ben.db.oplog.get(bogus.operation.id))?.rejected).toBeTruthy();
  });

  it('a record created on two devices keeps the same create on both, also while one is still pending', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    await templatesAddDefaults(anna);
    const fromAnna = await shipped(anna);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Ben adds the same defaults (fixed ids) and receives Anna's while his own are still in the outbox.
    await templatesAddDefaults(ben);
    await operationsApply(ben, fromAnna);
    await operationsApply(anna, await shipped(ben));
    const onAnna = await anna.db.checklistTemplates.orderBy('id').toArray();
    expect(onAnna.length).toBeGreaterThan(0);
    expect(await ben.db.checklistTemplates.orderBy('id').toArray()).toEqual(onAnna);
    // Ben's creates are the later ones: both devices keep them.
    expect(onAnna.every((t) => t.createdAt === onAnna[0]!.createdAt)).toBe(true);
    const benCreates = (await ben.db.oplog.toArray()).filter(
      (o) => o.device === ben.deviceId && o.table === 'checklistTemplates',
    );
    expect(benCreates.map((o) => (o.patch as { createdAt: string }).createdAt)).toEqual(
      benCreates.map(() => onAnna[0]!.createdAt),
    );
  });

  it('creates of one record from three devices give the same record in every order of arrival', async () => {
    const base = await incidentOpen(await sessionFresh('Source'));
    const device = (n: number) => `00000000-0000-7000-8000-00000000000${n}`;
    const create = (n: number, ms: number): Operation => ({
      id: `00000000-0000-7000-8000-0000000000a${n}`,
      table: 'incidents',
      recordId: base.id,
      kind: 'create',
      patch: { ...base, title: `Recall ${n}` },
      hlc: `${String(ms).padStart(15, '0')}.000000.${device(n)}`,
      author: device(n),
      device: device(n),
    });
    const now = Date.now();
    // Two at the same HLC millisecond and counter: the device (and op id) decides.
    const ops = [create(1, now - 2_000), create(2, now - 1_000), create(3, now - 1_000)];
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 0, 2],
      [2, 0, 1],
    ];
    const results: unknown[] = [];
    for (const order of orders) {
      const device = await sessionFresh('Reader');
      // One at a time: each later create meets a record that already exists here.
      for (const i of order) await operationsApply(device, [{ seq: i + 1, operation: ops[i]! }]);
      results.push(await device.db.incidents.get(base.id));
    }
    expect(results[0]).toMatchObject({ title: 'Recall 3' });
    for (const result of results) expect(result).toEqual(results[0]);
  });
});
