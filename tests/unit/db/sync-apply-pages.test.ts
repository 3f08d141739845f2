/**
 * operationsApply finds what it already has with range reads over neighbouring ids, and falls back to
 * point lookups where the local history between them is dense. Both ways must give the same answer.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { incidentPhaseSet } from '../../../renderer/db/incidents';
import { operationsApply } from '../../../renderer/db/sync-apply';
import { entryLog, entryPinSet } from '../../../renderer/db/timeline';
import { sessionFresh } from './helpers';
import { incidentOpen, shipped } from './people-helpers';
import { entriesAdd } from '../sync/helpers';

describe('applying pages among a dense local history', () => {
  it('skips exactly what it has and applies the rest, when thousands of local ids lie between', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    const incident = await incidentOpen(anna);
    await operationsApply(ben, await shipped(anna));
    // Ben's entries are written in between Anna's: their ids (UUIDv7) interleave with hers.
    for (let round = 0; round < 8; round++) {
      await entriesAdd(anna, incident.id, 400, `Anna ${round}`);
      await entryLog(ben, incident.id, { kind: 'decision', text: `Ben ${round}` });
    }
    const fromAnna = await shipped(anna);
    const history = await anna.db.oplog.count();
    // Ben's profile (a member record) was written before: it comes first.
    const [profile, ...fromBen] = await shipped(ben);
    expect(profile!.operation.table).toBe('members');
    expect(fromBen).toHaveLength(8);
    await operationsApply(anna, [profile!]);
    expect(await anna.db.oplog.count()).toBeGreaterThan(3_200);

    const half = fromBen.filter((_, i) => i % 2 === 0);
    expect(await operationsApply(anna, half)).toMatchObject({ applied: 4, skipped: 0 });
    // Anna's own operations coming back with the page are in her history: skipped too.
    const page = [...fromBen, ...fromAnna.slice(100, 110)].sort(() => 0.5 - Math.random());
    expect(await operationsApply(anna, page)).toMatchObject({ applied: 4, skipped: 14, rejected: 0 });
    expect(await anna.db.timeline.count()).toBe(1 + 3_200 + 8);
    expect(await anna.db.oplog.count()).toBe(history + 9);
  });

  it('finds existing records and their field registers among many others', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    const incident = await incidentOpen(anna);
    const entries = await entriesAdd(anna, incident.id, 2_000, 'Entry');
    await operationsApply(ben, await shipped(anna));
    // Anna pinned some before; Ben pins and unpins a few, spread over the whole incident.
    const picked = [entries[3]!, entries[700]!, entries[1_400]!, entries[1_999]!];
    await entryPinSet(anna, picked[0]!.id, true);
    await operationsApply(ben, await shipped(anna));
    for (const entry of picked) await entryPinSet(ben, entry.id, entry !== picked[0]);
    await incidentPhaseSet(ben, incident.id, 'assessing');
    const fromBen = await shipped(ben);
    expect(await operationsApply(anna, fromBen)).toMatchObject({ applied: fromBen.length, rejected: 0 });

    const pinned = (await anna.db.timeline.toArray()).filter((e) => e.pinned).map((e) => e.id);
    expect(pinned.sort()).toEqual(
      picked
        .slice(1)
        .map((e) => e.id)
        .sort(),
    );
    expect(await anna.db.incidents.get(incident.id)).toMatchObject({ phase: 'assessing' });
    expect(await anna.db.timeline.count()).toBe(await ben.db.timeline.count());
    expect(await anna.db.conflicts.count()).toBe(0);
  });

  it('a patch that arrives before its create shows once the create arrives', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    const incident = await incidentOpen(anna);
    await incidentPhaseSet(anna, incident.id, 'responding');
    const batch = await shipped(anna);
    const creates = batch.filter((s) => s.operation.kind === 'create');
    const patches = batch.filter((s) => s.operation.kind === 'patch');
    expect(await operationsApply(ben, patches)).toMatchObject({ applied: patches.length });
    expect(await ben.db.incidents.get(incident.id)).toBeUndefined();
    await operationsApply(ben, creates);
    expect(await ben.db.incidents.get(incident.id)).toEqual(await anna.db.incidents.get(incident.id));
  });

  it('the cursor only moves forward, as when another tab applied further meanwhile', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    await incidentOpen(anna);
    const batch = await shipped(anna);
    const last = batch.at(-1)!.seq;
    await operationsApply(ben, batch.slice(1), last);
    expect(await operationsApply(ben, batch.slice(0, 1), batch[0]!.seq)).toMatchObject({ applied: 1 });
    expect((await ben.db.meta.get('cursor'))?.value).toBe(last);
  });
});
