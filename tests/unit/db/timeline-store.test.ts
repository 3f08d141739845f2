import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { incidentCreate } from '../../../renderer/db/incidents';
import { entriesLog, entryLog, entryPinSet, entryRetract } from '../../../renderer/db/timeline';
import { changesAnnounce } from '../../../renderer/db/changes';
import { TimelineStore } from '../../../renderer/db/timeline-store';
import { sessionFresh } from './helpers';

async function incidentWithEntries() {
  const session = await sessionFresh();
  const created = await incidentCreate(session, {
    title: 'Outage',
    crisisType: 'outage',
    severity: 3,
    exercise: false,
  });
  if (!created.ok) throw new Error(created.error.code);
  const inputs = Array.from({ length: 150 }, (_, i) => ({
    kind: 'observation' as const,
    text: `Report ${i}`,
    occurredAt: new Date(Date.UTC(2026, 10, 20, 8, i)).toISOString(),
  }));
  const logged = await entriesLog(session, created.value.id, inputs);
  if (!logged.ok) throw new Error(logged.error.code);
  return { session, incidentId: created.value.id };
}

describe('the in-memory timeline', () => {
  it('loads every entry of the incident, newest first', async () => {
    const { session, incidentId } = await incidentWithEntries();
    const store = new TimelineStore(session.db, incidentId);
    await store.open();
    const { entries, complete } = store.get();
    expect(complete).toBe(true);
    expect(entries).toHaveLength(151);
    expect(entries[0]!.kind).toBe('system');
    expect(entries[1]!.text).toBe('Report 149');
    expect(entries.at(-1)!.text).toBe('Report 0');
    store.close();
  });

  it('follows committed changes without re-reading: new entries in order, pins, retractions', async () => {
    const { session, incidentId } = await incidentWithEntries();
    const store = new TimelineStore(session.db, incidentId);
    await store.open();
    let notified = 0;
    store.subscribe(() => notified++);
    const late = await entryLog(session, incidentId, {
      kind: 'decision',
      text: 'Backfilled decision',
      occurredAt: new Date(Date.UTC(2026, 10, 20, 8, 30, 30)).toISOString(),
    });
    if (!late.ok) throw new Error(late.error.code);
    const texts = store.get().entries.map((e) => e.text);
    expect(texts.indexOf('Backfilled decision')).toBe(texts.indexOf('Report 30') - 1);
    await entryPinSet(session, late.value.id, true);
    expect(store.get().entries.find((e) => e.id === late.value.id)!.pinned).toBe(true);
    expect(store.get().entries).toHaveLength(152);
    await entryRetract(session, late.value.id, 'Not decided after all');
    expect(store.get().amendments.get(late.value.id)?.retraction?.text).toBe('Not decided after all');
    expect(notified).toBe(3);
    store.close();
    await entryLog(session, incidentId, { kind: 'action', text: 'after close' });
    expect(notified).toBe(3);
  });

  it('keeps the row key of each entry through new entries and pins, aligned with the entries', async () => {
    const { session, incidentId } = await incidentWithEntries();
    const store = new TimelineStore(session.db, incidentId);
    await store.open();
    const keyOf = () => {
      const { entries, keys } = store.get();
      expect(keys).toHaveLength(entries.length);
      return new Map(entries.map((e, i) => [e.id, keys[i]!]));
    };
    const before = keyOf();
    expect(new Set(before.values()).size).toBe(before.size);
    const logged = await entryLog(session, incidentId, { kind: 'action', text: 'Newest' });
    if (!logged.ok) throw new Error(logged.error.code);
    const oldest = store.get().entries.at(-1)!;
    await entryPinSet(session, oldest.id, true);
    const after = keyOf();
    for (const [id, key] of before) expect(after.get(id)).toBe(key);
    expect([...before.values()]).not.toContain(after.get(logged.value.id));
    expect(store.get().entries.at(-1)!.pinned).toBe(true);
    store.close();
  });

  it('takes a large batch in one merge, in the order a fresh read gives', async () => {
    const { session, incidentId } = await incidentWithEntries();
    const store = new TimelineStore(session.db, incidentId);
    await store.open();
    const keysBefore = new Map(store.get().entries.map((e, i) => [e.id, store.get().keys[i]!]));
    const inputs = Array.from({ length: 200 }, (_, i) => ({
      kind: 'action' as const,
      text: `Batch ${i}`,
      occurredAt: new Date(Date.UTC(2026, 10, 20, 7, 30 + i)).toISOString(),
    }));
    const logged = await entriesLog(session, incidentId, inputs);
    if (!logged.ok) throw new Error(logged.error.code);
    const fresh = new TimelineStore(session.db, incidentId);
    await fresh.open();
    expect(store.get().entries.map((e) => e.id)).toEqual(fresh.get().entries.map((e) => e.id));
    const { entries, keys } = store.get();
    expect(keys).toHaveLength(entries.length);
    for (const [i, e] of entries.entries())
      if (keysBefore.has(e.id)) expect(keys[i]).toBe(keysBefore.get(e.id));
    expect(new Set(keys).size).toBe(keys.length);

    // A pulled batch that changes entries already shown: each is replaced in place, keeping its key.
    const pinned = entries.slice(10, 110).map((e) => ({ ...e, pinned: true }));
    changesAnnounce({ table: 'timeline', records: pinned, origin: 'remote' });
    const after = store.get();
    expect(after.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(after.keys).toEqual(keys);
    expect(after.entries.filter((e) => e.pinned)).toEqual(pinned);
    store.close();
    fresh.close();
  });

  it('ignores entries of other incidents', async () => {
    const { session, incidentId } = await incidentWithEntries();
    const other = await incidentCreate(session, {
      title: 'Other',
      crisisType: 'other',
      severity: 1,
      exercise: true,
    });
    const store = new TimelineStore(session.db, incidentId);
    await store.open();
    if (other.ok) await entryLog(session, other.value.id, { kind: 'action', text: 'elsewhere' });
    expect(store.get().entries.some((e) => e.text === 'elsewhere')).toBe(false);
    store.close();
  });
});
