import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { incidentCreate, incidentPhaseSet } from '../../../renderer/db/incidents';
import type { Session } from '../../../renderer/db/session';
import { operationsApply, outboxAcknowledge } from '../../../renderer/db/sync-apply';
import { entryLog } from '../../../renderer/db/timeline';
import type { SequencedOperation } from '../../../shared/sync/protocol';
import { sessionFresh } from './helpers';

let seq = 0;
/** What the hub would hand out: the device's outbox, sequenced, after acknowledging the push. */
async function shipped(from: Session): Promise<SequencedOperation[]> {
  const ops = await from.db.outbox.orderBy('id').toArray();
  await outboxAcknowledge(from.db, ops);
  return ops.map((operation) => ({ seq: ++seq, operation }));
}

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
});
