import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { operationSchema } from '../../../shared/sync/operation';
import { hlcCompare } from '../../../shared/sync/hlc';
import { incidentCreate, incidentPhaseSet, incidentSeveritySet } from '../../../renderer/db/incidents';
import { sessionLoad } from '../../../renderer/db/session';
import { entriesLog, entryCorrect, entryLog, entryPinSet, entryRetract } from '../../../renderer/db/timeline';
import type { IncidentId } from '../../../shared/domain/ids';
import { outboxOperations } from '../sync/helpers';
import { sessionFresh } from './helpers';

const draft = { title: 'Fire in hall 3', crisisType: 'fire', severity: 2, exercise: false } as const;

describe('mutations write the record and its operation together', () => {
  it('opening an incident stores it, a system entry, and a valid operation for each', async () => {
    const session = await sessionFresh();
    const created = await incidentCreate(session, draft);
    if (!created.ok) throw new Error(created.error.code);
    const { db } = session;
    expect(await db.incidents.get(created.value.id)).toMatchObject({
      title: 'Fire in hall 3',
      phase: 'detected',
    });
    const entries = await db.timeline.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'system',
      event: { key: 'incidentOpened' },
      authorName: 'Anna de Vries',
    });
    const ops = await outboxOperations(db);
    // The profile's member record, the incident and the system entry.
    expect(ops.map((o) => o.table)).toEqual(['members', 'incidents', 'timeline']);
    for (const op of ops) expect(operationSchema.safeParse(op).success).toBe(true);
    expect(ops[1]).toMatchObject({
      kind: 'create',
      recordId: created.value.id,
      author: session.member!.id,
      device: session.deviceId,
    });
    const hlcs = ops.map((o) => o.hlc);
    expect([...hlcs].sort(hlcCompare)).toEqual(hlcs);
  });

  it('a phase change patches the field, remembers what the author saw, and logs a system entry', async () => {
    const session = await sessionFresh();
    const created = await incidentCreate(session, draft);
    const id = created.ok ? created.value.id : ('' as IncidentId);
    await incidentPhaseSet(session, id, 'assessing');
    const second = await incidentPhaseSet(session, id, 'responding');
    expect(second).toMatchObject({ ok: true, value: { phase: 'responding' } });
    const patches = (await outboxOperations(session.db)).filter((o) => o.kind === 'patch');
    expect(patches.map((p) => p.patch)).toEqual([{ phase: 'assessing' }, { phase: 'responding' }]);
    expect(patches[0]!.seen).toEqual({ phase: [] });
    expect(patches[1]!.seen).toEqual({ phase: [patches[0]!.id] });
    expect(await session.db.conflicts.count()).toBe(0);
    const events = (await session.db.timeline.toArray()).map((e) => e.event?.key);
    expect(events.filter((k) => k === 'phaseChanged')).toHaveLength(2);
  });

  it('a refused change writes nothing at all', async () => {
    const session = await sessionFresh();
    const created = await incidentCreate(session, draft);
    const id = created.ok ? created.value.id : ('' as IncidentId);
    const before = { ops: await session.db.outbox.count(), entries: await session.db.timeline.count() };
    expect(await incidentSeveritySet(session, id, 2)).toMatchObject({
      ok: false,
      error: { code: 'incident.sameSeverity' },
    });
    expect(await entryLog(session, id, { kind: 'action', text: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'entry.empty' },
    });
    expect(await entryLog(session, id, { kind: 'action', text: 'x', occurredAt: 'garbage' })).toMatchObject({
      ok: false,
      error: { code: 'entry.invalidDate' },
    });
    expect(
      await entryLog(session, 'no-such-incident' as IncidentId, { kind: 'action', text: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'incident.notFound' },
    });
    const bulk = await entriesLog(session, id, [
      { kind: 'action', text: 'fine' },
      { kind: 'action', text: '' },
    ]);
    expect(bulk).toMatchObject({ ok: false, error: { code: 'entry.empty', detail: 'entry 2' } });
    expect(await session.db.outbox.count()).toBe(before.ops);
    expect(await session.db.timeline.count()).toBe(before.entries);
  });

  it.each(['outbox', 'timeline'] as const)(
    'a storage failure in the %s rolls back the records as well as the operations',
    async (table) => {
      const session = await sessionFresh();
      const created = await incidentCreate(session, draft);
      const id = created.ok ? created.value.id : ('' as IncidentId);
      const before = { ops: await session.db.outbox.count(), entries: await session.db.timeline.count() };
      // The records go in with bulkAdd, their operations as one outbox row with add.
      const write =
        table === 'outbox' ? vi.spyOn(session.db.outbox, 'add') : vi.spyOn(session.db.timeline, 'bulkAdd');
      write.mockRejectedValueOnce(new Error('disk full'));
      const result = await entriesLog(session, id, [
        { kind: 'observation', text: 'Smoke above hall 3' },
        { kind: 'action', text: 'Hall 3 evacuated' },
      ]);
      expect(result).toMatchObject({ ok: false, error: { code: 'storage.failed', detail: 'disk full' } });
      expect(await session.db.timeline.count()).toBe(before.entries);
      expect(await session.db.outbox.count()).toBe(before.ops);
    },
  );

  it('a batch of entries gets one create operation each, carrying the whole entry, in order', async () => {
    const session = await sessionFresh();
    const created = await incidentCreate(session, draft);
    const id = created.ok ? created.value.id : ('' as IncidentId);
    const logged = await entriesLog(session, id, [
      { kind: 'observation', text: 'Smoke above hall 3' },
      { kind: 'action', text: 'Hall 3 evacuated #evacuation' },
    ]);
    if (!logged.ok) throw new Error(logged.error.code);
    const ops = (await outboxOperations(session.db)).slice(-2);
    expect(ops.map((o) => o.patch)).toEqual(logged.value);
    expect(ops.map((o) => o.recordId)).toEqual(logged.value.map((e) => e.id));
    for (const op of ops) expect(operationSchema.safeParse(op).success).toBe(true);
    expect([...ops.map((o) => o.hlc)].sort(hlcCompare)).toEqual(ops.map((o) => o.hlc));
    expect((await session.db.meta.get('hlc'))?.value).toBe(ops[1]!.hlc);
  });
});

describe('the timeline is append-only', () => {
  it('a correction and a retraction are new entries; the original is unchanged', async () => {
    const session = await sessionFresh();
    const created = await incidentCreate(session, draft);
    const id = created.ok ? created.value.id : ('' as IncidentId);
    const logged = await entryLog(session, id, { kind: 'observation', text: 'Two injured' });
    const other = await entryLog(session, id, { kind: 'decision', text: 'Close the A15' });
    if (!logged.ok || !other.ok) throw new Error('log failed');
    const correction = await entryCorrect(session, logged.value.id, {
      text: 'Three injured',
      occurredAt: logged.value.occurredAt,
    });
    expect(correction).toMatchObject({
      ok: true,
      value: { text: 'Three injured', amends: { type: 'correction', entryId: logged.value.id } },
    });
    const retraction = await entryRetract(session, other.value.id, 'Decision was for the A16');
    expect(retraction).toMatchObject({
      ok: true,
      value: { kind: 'decision', amends: { type: 'retraction' } },
    });
    expect(await entryRetract(session, other.value.id, 'again')).toMatchObject({
      error: { code: 'entry.alreadyRetracted' },
    });
    expect(await session.db.timeline.get(logged.value.id)).toEqual(logged.value);
    expect(await session.db.timeline.get(other.value.id)).toEqual(other.value);
    const creates = (await outboxOperations(session.db)).filter(
      (o) => o.table === 'timeline' && o.kind === 'create',
    );
    expect(creates).toHaveLength(5);
  });

  it('pinning is a field patch on the entry', async () => {
    const session = await sessionFresh();
    const created = await incidentCreate(session, draft);
    const id = created.ok ? created.value.id : ('' as IncidentId);
    const logged = await entryLog(session, id, { kind: 'decision', text: 'Evacuate' });
    if (!logged.ok) throw new Error('log failed');
    await entryPinSet(session, logged.value.id, true);
    expect((await session.db.timeline.get(logged.value.id))!.pinned).toBe(true);
    const last = (await outboxOperations(session.db)).at(-1)!;
    expect(last).toMatchObject({
      table: 'timeline',
      kind: 'patch',
      recordId: logged.value.id,
      patch: { pinned: true },
    });
  });
});

describe('the session', () => {
  it('keeps the device id and a clock that never goes back across restarts', async () => {
    const session = await sessionFresh();
    const created = await incidentCreate(session, draft);
    expect(created.ok).toBe(true);
    const lastHlc = (await outboxOperations(session.db)).at(-1)!.hlc;
    const reopened = await sessionLoad(session.db);
    expect(reopened.deviceId).toBe(session.deviceId);
    expect(reopened.member).toEqual(session.member);
    expect(hlcCompare(reopened.clock.next(0), lastHlc)).toBe(1);
  });
});
