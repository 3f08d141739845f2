/**
 * Bad backups are refused whole before the database is touched, each with its reason (and where), and the
 * database keeps exactly what it had (its hash before and after).
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentDataRead } from '../../../renderer/db/archive';
import { backupCreate, databaseHash } from '../../../renderer/db/backup';
import { backupRestore } from '../../../renderer/db/backup-restore';
import { DB_VERSION } from '../../../renderer/db/schema';
import type { Session } from '../../../renderer/db/session';
import { archiveSerialize } from '../../../shared/archive/archive';
import { BACKUP_MAX_CHARS, backupParse } from '../../../shared/archive/backup';
import type { DomainError } from '../../../shared/domain/errors';
import { warRoom } from './fixture';
import { jsonNoise, randomText } from './junk';

type BackupJson = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };

let text = '';
let archive = '';
let session: Session;

beforeAll(async () => {
  const room = await warRoom();
  session = room.writer;
  text = await backupCreate(session.db, { appVersion: '1.2.3' });
  archive = archiveSerialize((await incidentDataRead(session.db, room.incident.id))!, {
    appVersion: '1.2.3',
  });
});

function edited(change: (backup: BackupJson) => void): string {
  const backup = JSON.parse(text) as BackupJson;
  change(backup);
  return JSON.stringify(backup);
}

/** Parses and (only if that passed) restores, as the app does; expects the refusal and no change. */
async function expectRefused(file: string, error: Partial<DomainError>): Promise<void> {
  const before = await databaseHash(session.db);
  const parsed = backupParse(file, { dbVersion: DB_VERSION });
  if (parsed.ok) await backupRestore(session, parsed.value);
  expect(parsed).toEqual({ ok: false, error: expect.objectContaining(error) });
  expect(await databaseHash(session.db)).toBe(before);
}

describe('a backup that is not one, not whole, or too new', () => {
  it('refuses a truncated file and one larger than the limit', async () => {
    await expectRefused(text.slice(0, Math.floor(text.length / 2)), { code: 'backup.notJson' });
    await expectRefused(text.slice(0, -1), { code: 'backup.notJson' });
    await expectRefused(' '.repeat(BACKUP_MAX_CHARS + 1), { code: 'backup.tooLarge' });
  });

  it('refuses 50 MB of random bytes and 50 MB of JSON noise', async () => {
    await expectRefused(randomText(), { code: 'backup.notJson' });
    await expectRefused(jsonNoise(), { code: 'backup.notBackup' });
  }, 60_000);

  it('tells an incident archive and random JSON apart from a backup', async () => {
    await expectRefused(archive, { code: 'backup.isArchive' });
    await expectRefused('{"format":"crisis-room"}', { code: 'backup.notBackup' });
  });

  it('refuses a backup from a newer app (newer database or format), naming its version', async () => {
    const newerDb = edited((b) => {
      b.appVersion = '9.0.0';
      b.dbVersion = DB_VERSION + 1;
    });
    await expectRefused(newerDb, { code: 'backup.newerVersion', file: { version: '9.0.0' } });
    const newerFormat = edited((b) => {
      b.appVersion = '9.1.0';
      b.formatVersion = 2;
    });
    await expectRefused(newerFormat, { code: 'backup.newerVersion', file: { version: '9.1.0' } });
    await expectRefused(
      edited((b) => (b.dbVersion = 2)),
      { code: 'backup.invalidRecord', file: { field: 'dbVersion', problem: 'invalid' } },
    );
  });
});

describe('tables of the wrong shape', () => {
  it('checks synced records against their schemas and the sync bookkeeping by its structure', async () => {
    const cases: [(b: BackupJson) => void, DomainError['file']][] = [
      [
        (b) => (b.tables.timeline![0]!.occurredAt = 'noon'),
        { list: 'timeline', record: 1, field: 'occurredAt', problem: 'time' },
      ],
      [(b) => delete b.tables.lessons, { field: 'lessons', problem: 'missing' }],
      [(b) => delete b.tables.oplog![0]!.hlc, { list: 'oplog', record: 1, field: 'hlc', problem: 'missing' }],
      [
        (b) => (b.tables.oplog![0]!.table = 'secrets'),
        { list: 'oplog', record: 1, field: 'table', problem: 'choice' },
      ],
      [
        (b) => ((b.tables.fields![0]!.writes as Record<string, unknown>).x = 'y'),
        { list: 'fields', record: 1, field: 'writes.x', problem: 'type' },
      ],
      [
        (b) => (b.tables.meta!.find((r) => r.key === 'hlc')!.value = 'tomorrow'),
        { list: 'meta', field: 'value', problem: 'mismatch' },
      ],
      [(b) => (b.createdAt = 'today'), { field: 'createdAt', problem: 'time' }],
    ];
    for (const [change, file] of cases)
      await expectRefused(edited(change), {
        code: 'backup.invalidRecord',
        file: expect.objectContaining(file),
      });
  });

  it('refuses an outbox batch that does not name its operations, and a repeated key', async () => {
    const batch = edited((b) => {
      const op = b.tables.oplog![0]!;
      b.tables.outbox = [{ id: op.id, operations: [op], opIds: [] }];
    });
    await expectRefused(batch, {
      code: 'backup.invalidRecord',
      file: { list: 'outbox', record: 1, field: 'opIds', problem: 'mismatch' },
    });
    const repeated = edited((b) => b.tables.meta!.push({ key: 'profile', value: b.tables.members![0]!.id }));
    await expectRefused(repeated, {
      code: 'backup.duplicateRecord',
      file: expect.objectContaining({ list: 'meta' }),
    });
  });
});
