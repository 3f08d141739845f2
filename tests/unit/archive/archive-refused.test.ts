/**
 * Bad archives are refused whole, each with the reason code and the place the user needs to find it, and
 * the database is left exactly as it was (its hash before and after).
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveImport, incidentDataRead } from '../../../renderer/db/archive';
import { backupCreate, databaseHash } from '../../../renderer/db/backup';
import type { Session } from '../../../renderer/db/session';
import { ARCHIVE_MAX_CHARS, archiveParse, archiveSerialize } from '../../../shared/archive/archive';
import type { IncidentData } from '../../../shared/archive/incident-data';
import type { DomainError } from '../../../shared/domain/errors';
import { sessionFresh } from '../db/helpers';
import { warRoom } from './fixture';
import { jsonNoise, randomText } from './junk';

interface ArchiveJson {
  format: string;
  formatVersion: unknown;
  appVersion: string;
  incidentId: string;
  data: IncidentData & Record<string, unknown>;
}

let text = '';
let target: Session;
let writer: Session;

beforeAll(async () => {
  const room = await warRoom();
  writer = room.writer;
  text = archiveSerialize((await incidentDataRead(writer.db, room.incident.id))!, { appVersion: '1.2.3' });
  target = await sessionFresh('Nina Nieuw', 'scribe');
});

function edited(change: (archive: ArchiveJson) => void): string {
  const archive = JSON.parse(text) as ArchiveJson;
  change(archive);
  return JSON.stringify(archive);
}

/** Parses and (only if that passed) imports, as the app does; expects the refusal and no change. */
async function expectRefused(file: string, error: Partial<DomainError>, session = target): Promise<void> {
  const before = await databaseHash(session.db);
  const parsed = archiveParse(file);
  if (parsed.ok) await archiveImport(session, parsed.value);
  expect(parsed).toEqual({ ok: false, error: expect.objectContaining(error) });
  expect(await databaseHash(session.db)).toBe(before);
}

const OTHER_ID = '01900000-0000-7000-8000-000000000000';

describe('an archive that is not one, or not whole', () => {
  it('refuses a truncated file, an empty one, and one larger than the limit before parsing', async () => {
    await expectRefused(text.slice(0, Math.floor(text.length * 0.6)), { code: 'archive.notJson' });
    await expectRefused(text.slice(0, -2), { code: 'archive.notJson' }, writer);
    await expectRefused('', { code: 'archive.notJson' });
    await expectRefused('x'.repeat(ARCHIVE_MAX_CHARS + 1), { code: 'archive.tooLarge' });
  });

  it('refuses 50 MB of random bytes, and 50 MB of JSON noise, and changes nothing', async () => {
    await expectRefused(randomText(), { code: 'archive.notJson' });
    const noise = jsonNoise();
    await expectRefused(noise, { code: 'archive.notArchive' });
    const inside = `{"format":"crisis-room-incident","formatVersion":1,"appVersion":"1","incidentId":"x","data":{"incident":${noise}}}`;
    await expectRefused(inside, {
      code: 'archive.invalidRecord',
      file: { list: 'incident', problem: 'type' },
    });
  }, 60_000);

  it('tells a backup and random JSON apart from an archive', async () => {
    await expectRefused(await backupCreate(writer.db, { appVersion: '1.2.3' }), { code: 'archive.isBackup' });
    await expectRefused('{"hello":"world"}', { code: 'archive.notArchive' });
    await expectRefused('[1,2,3]', { code: 'archive.notArchive' });
  });

  it('refuses an archive from a newer format, naming the app version that made it', async () => {
    const newer = edited((a) => {
      a.formatVersion = 2;
      a.appVersion = '2.0.0';
    });
    await expectRefused(newer, { code: 'archive.newerVersion', file: { version: '2.0.0' } });
    await expectRefused(
      edited((a) => (a.formatVersion = 'one')),
      { code: 'archive.invalidRecord', file: { field: 'formatVersion', problem: 'invalid' } },
    );
  });
});

describe('records of the wrong shape', () => {
  it('names the list, the record and the field, and what is wrong with it', async () => {
    const cases: [(a: ArchiveJson) => void, DomainError['file']][] = [
      [
        (a) => (a.data.timeline[2]!.occurredAt = 'yesterday at noon'),
        { list: 'timeline', record: 3, field: 'occurredAt', problem: 'time' },
      ],
      [
        (a) => ((a.data.incident as unknown as Record<string, unknown>).severity = 'high'),
        { list: 'incident', field: 'severity', problem: 'choice' },
      ],
      [
        (a) => ((a.data.members[0] as unknown as Record<string, unknown>).name = 42),
        { list: 'members', record: 1, field: 'name', problem: 'type' },
      ],
      [
        (a) => delete (a.data.stakeholders[1] as unknown as Record<string, unknown>).group,
        { list: 'stakeholders', record: 2, field: 'group', problem: 'missing' },
      ],
      [
        (a) => (a.data.lessons.find((l) => l.dueDate)!.dueDate = '2027-02-30'),
        { list: 'lessons', field: 'dueDate', problem: 'date' },
      ],
      [
        (a) => (a.data.draftVersions[0]!.body += ' (altered)'),
        { list: 'draftVersions', record: 1, field: 'hash', problem: 'mismatch' },
      ],
      [
        (a) => (a.data.channels[0]!.name = 'x'.repeat(500)),
        { list: 'channels', record: 1, field: 'name', problem: 'tooLong' },
      ],
      [
        (a) => ((a.data as Record<string, unknown>).timeline = 'none'),
        { field: 'timeline', problem: 'type' },
      ],
      [
        (a) => delete (a.data as Record<string, unknown>).approvals,
        { field: 'approvals', problem: 'missing' },
      ],
      [(a) => (a.incidentId = OTHER_ID), { field: 'incidentId', problem: 'mismatch' }],
    ];
    for (const [change, file] of cases)
      await expectRefused(edited(change), {
        code: 'archive.invalidRecord',
        file: expect.objectContaining(file),
      });
  });

  it('reports the first wrong record and how many more there are, and refuses a repeated id', async () => {
    const twice = edited((a) => {
      a.data.timeline[0]!.kind = 'rumour' as never;
      a.data.timeline[1]!.kind = 'rumour' as never;
      a.data.lessons[0]!.text = '';
    });
    await expectRefused(twice, {
      code: 'archive.invalidRecord',
      file: expect.objectContaining({ list: 'timeline', record: 1, more: 2 }),
    });
    const repeated = edited((a) => a.data.timeline.push(a.data.timeline[0]!));
    const n = (JSON.parse(text) as ArchiveJson).data.timeline.length;
    await expectRefused(repeated, {
      code: 'archive.duplicateRecord',
      file: { list: 'timeline', record: n + 1 },
    });
  });
});

describe('references that lead nowhere', () => {
  it('refuses a record pointing at one the archive does not hold', async () => {
    const cases: [(a: ArchiveJson) => void, DomainError['file']][] = [
      [
        (a) => (a.data.timeline.find((e) => e.amends)!.amends!.entryId = OTHER_ID as never),
        { list: 'timeline', field: 'amends.entryId', target: 'timeline' },
      ],
      [
        (a) => (a.data.stakeholders = a.data.stakeholders.filter((s) => s.name !== 'ANP')),
        { list: 'notifications', field: 'stakeholderId', target: 'stakeholders' },
      ],
      [
        (a) => (a.data.channels = []),
        { list: 'checklistItems', record: 1, field: 'channelId', target: 'channels' },
      ],
      [(a) => (a.data.drafts = []), { list: 'draftVersions', record: 1, field: 'draftId', target: 'drafts' }],
      [
        (a) => (a.data.draftVersions.find((v) => v.parentIds.length > 0)!.parentIds = [OTHER_ID as never]),
        { list: 'draftVersions', field: 'parentIds.0', target: 'draftVersions' },
      ],
      [
        (a) => (a.data.approvals[0]!.versionId = OTHER_ID as never),
        { list: 'approvals', record: 1, field: 'versionId', target: 'draftVersions' },
      ],
      [
        (a) => (a.data.publications.find((p) => p.kind === 'withdrawn')!.publicationId = OTHER_ID as never),
        { list: 'publications', field: 'publicationId', target: 'publications' },
      ],
    ];
    for (const [change, file] of cases)
      await expectRefused(edited(change), {
        code: 'archive.danglingReference',
        file: expect.objectContaining(file),
      });
  });

  it('refuses a record of another incident, and an approval of other text than its version', async () => {
    await expectRefused(
      edited((a) => (a.data.lessons[0]!.incidentId = OTHER_ID as never)),
      {
        code: 'archive.otherIncident',
        file: { list: 'lessons', record: 1, field: 'incidentId' },
      },
    );
    await expectRefused(
      edited((a) => (a.data.approvals[0]!.hash = 'a'.repeat(64))),
      {
        code: 'archive.hashMismatch',
        file: { list: 'approvals', record: 1, field: 'hash' },
      },
    );
  });
});
