import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { archiveImport, incidentDataRead } from '../../../renderer/db/archive';
import { databaseHash } from '../../../renderer/db/backup';
import { operationsApply } from '../../../renderer/db/sync-apply';
import { archiveParse, archiveSerialize } from '../../../shared/archive/archive';
import { incidentDataLists, type IncidentData } from '../../../shared/archive/incident-data';
import { recordSchemas } from '../../../shared/sync/record-schemas';
import { sessionFresh } from '../db/helpers';
import { opsSince, shipped } from '../db/people-helpers';
import { must, warRoom } from './fixture';

const appVersion = '1.2.3';

async function exported() {
  const room = await warRoom();
  const data = await incidentDataRead(room.writer.db, room.incident.id);
  if (!data) throw new Error('incident not found');
  return { ...room, data, text: archiveSerialize(data, { appVersion }) };
}

const recordCount = (data: IncidentData) =>
  1 + (data.organisation ? 1 : 0) + incidentDataLists.reduce((n, list) => n + data[list].length, 0);

describe('the incident archive', () => {
  it('gathers every list of a realistic incident, with the directory records it refers to', async () => {
    const { data, lead, incident } = await exported();
    for (const list of incidentDataLists) expect(data[list].length, list).toBeGreaterThan(0);
    expect(data.organisation?.name).toBe('Acme Water');
    expect(data.timeline.some((e) => e.amends?.type === 'correction')).toBe(true);
    expect(data.members.map((m) => m.name).sort()).toEqual(['Carla Leider', 'Lotte Jurist', 'Wim Schrijver']);
    expect(data.stakeholders.map((s) => s.name).sort()).toEqual(['ANP', 'Police Amsterdam']);
    expect(data.publications.map((p) => p.kind).sort()).toEqual(['published', 'published', 'withdrawn']);
    // Both devices hold the same incident, so both write the same archive.
    const fromLead = await incidentDataRead(lead.db, incident.id);
    expect(archiveSerialize(fromLead!, { appVersion })).toBe(archiveSerialize(data, { appVersion }));
  });

  it('export → import into an empty profile → export again gives the same bytes', async () => {
    const { data, text, incident } = await exported();
    const fresh = await sessionFresh('Nina Nieuw', 'scribe');
    const parsed = archiveParse(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(archiveSerialize(parsed.value, { appVersion })).toBe(text);
    expect(must(await archiveImport(fresh, parsed.value))).toEqual({ added: recordCount(data), skipped: 0 });
    const again = await incidentDataRead(fresh.db, incident.id);
    expect(archiveSerialize(again!, { appVersion })).toBe(text);
    expect(text.startsWith('{\n  "format": "crisis-room-incident",\n  "formatVersion": 1,')).toBe(true);
  });

  it('stores each imported record with its create operation, so a teammate receives the incident', async () => {
    const { data, text, incident } = await exported();
    const fresh = await sessionFresh('Nina Nieuw', 'scribe');
    const before = await fresh.db.outbox.count();
    must(await archiveImport(fresh, must(archiveParse(text))));
    const ops = await opsSince(fresh, before);
    expect(await fresh.db.outbox.count()).toBe(before + 1);
    expect(ops).toHaveLength(recordCount(data));
    expect(ops.every((op) => op.kind === 'create' && op.device === fresh.deviceId)).toBe(true);
    for (const op of ops) expect(recordSchemas[op.table].safeParse(op.patch).success).toBe(true);
    expect(ops.filter((op) => op.table === 'timeline').map((op) => op.recordId)).toEqual(
      data.timeline.map((e) => e.id),
    );

    const teammate = await sessionFresh('Tom Team', 'scribe');
    expect((await operationsApply(teammate, await shipped(fresh))).rejected).toBe(0);
    expect(archiveSerialize((await incidentDataRead(teammate.db, incident.id))!, { appVersion })).toBe(text);
  });

  it('importing the same archive twice adds nothing and changes nothing the second time', async () => {
    const { data, text, writer } = await exported();
    const fresh = await sessionFresh('Nina Nieuw', 'scribe');
    const archive = must(archiveParse(text));
    must(await archiveImport(fresh, archive));
    const hash = await databaseHash(fresh.db);
    expect(must(await archiveImport(fresh, archive))).toEqual({ added: 0, skipped: recordCount(data) });
    expect(await databaseHash(fresh.db)).toBe(hash);
    // On the device it came from, everything is already there.
    const writerHash = await databaseHash(writer.db);
    expect(must(await archiveImport(writer, archive))).toEqual({ added: 0, skipped: recordCount(data) });
    expect(await databaseHash(writer.db)).toBe(writerHash);
  });

  it('keeps records already here as they are, and adds only the missing ones', async () => {
    const { data, text, lead } = await exported();
    const lesson = data.lessons.find((l) => l.kind === 'followUp')!;
    const edited = JSON.parse(text) as { data: IncidentData };
    edited.data.lessons = edited.data.lessons.map((l) =>
      l.id === lesson.id ? { ...l, text: 'From the file' } : l,
    );
    const [entry] = data.timeline;
    await lead.db.timeline.delete(entry!.id);
    const result = must(await archiveImport(lead, must(archiveParse(JSON.stringify(edited)))));
    expect(result).toEqual({ added: 1, skipped: recordCount(data) - 1 });
    expect((await lead.db.lessons.get(lesson.id))?.text).toBe(lesson.text);
    expect(await lead.db.timeline.get(entry!.id)).toEqual(entry);
  });
});
