/**
 * The whole-database backup: every table of the local database, rows as stored, with the app and schema
 * versions that wrote them. Restoring replaces the database (renderer/db/backup-restore.ts), so reading
 * one checks everything first: size, JSON, marker, versions (a backup from a newer app is refused: its
 * tables may hold what this app cannot read), every synced record against its sync schema and the sync
 * bookkeeping (outbox, history, field registers, conflicts, meta) structurally.
 */
import { z } from 'zod';
import type { Result } from '../domain/errors';
import { instantSchema } from '../domain/time';
import { hlcSchema, operationSchema, syncedTables, type SyncedTable } from '../sync/operation';
import { FILE_MAX_BYTES } from '../ipc';
import { recordSchemas } from '../sync/record-schemas';
import {
  fileFail,
  fileObject,
  fileOpen,
  listsCheckAll,
  recordsCheck,
  versionOf,
  type FileCodes,
  type FileKind,
  type RecordsCheckOptions,
} from './file-check';

export const BACKUP_FORMAT = 'crisis-room-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Backups began with schema version 5: an older number is not a backup this app wrote. */
export const BACKUP_MIN_DB_VERSION = 5;
/**
 * A 100,000-record database is ~125 MB of JSON. The limit is the one every file and IPC message of the
 * desktop app has (FILE_MAX_BYTES), so a backup the app can make is one it can also read back.
 */
export const BACKUP_MAX_CHARS = FILE_MAX_BYTES;

const ARCHIVE_FORMAT = 'crisis-room-incident';

export const bookkeepingTables = ['outbox', 'oplog', 'fields', 'conflicts', 'meta'] as const;
/** Every table of the local database (renderer/db/schema.ts); a test keeps the two lists equal. */
export const backupTables = [...syncedTables, ...bookkeepingTables] as const;
export type BackupTable = (typeof backupTables)[number];

/**
 * The schema version that added a table, when later than BACKUP_MIN_DB_VERSION: a backup from before it
 * has no such table, restored as empty. (A version that changes the shape of rows must convert them.)
 */
const tableSince: Partial<Record<BackupTable, number>> = {};

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** The local database's schema version (DB_VERSION) when it was made. */
  dbVersion: number;
  createdAt: string;
  /** Rows as the database stores them; checked by backupParse, typed by renderer/db. */
  tables: Record<BackupTable, Record<string, unknown>[]>;
}

const backupCodes: FileCodes = {
  tooLarge: 'backup.tooLarge',
  notJson: 'backup.notJson',
  wrongKind: 'backup.notBackup',
  otherKind: 'backup.isArchive',
  newerVersion: 'backup.newerVersion',
  invalidRecord: 'backup.invalidRecord',
  duplicateRecord: 'backup.duplicateRecord',
};

const backupKind: FileKind = {
  format: BACKUP_FORMAT,
  otherFormat: ARCHIVE_FORMAT,
  formatVersion: BACKUP_FORMAT_VERSION,
  maxChars: BACKUP_MAX_CHARS,
  codes: backupCodes,
};

const fieldWriteSchema = z.object({
  op: z.uuid(),
  hlc: hlcSchema,
  value: z.unknown(),
  supersedes: z.array(z.uuid()),
  author: z.uuid(),
  device: z.uuid(),
});

const outboxBatchSchema = z
  .object({ id: z.uuid(), operations: z.array(operationSchema).min(1), opIds: z.array(z.uuid()) })
  .refine((b) => b.id === b.operations[0]!.id && b.opIds.join() === b.operations.map((o) => o.id).join(), {
    message: 'the batch does not name its operations',
    path: ['opIds'],
  });

const metaValues: Record<string, z.ZodType> = {
  deviceId: z.uuid(),
  hlc: hlcSchema,
  cursor: z.number().int().nonnegative(),
  profile: z.uuid(),
};

const metaRowSchema = z
  .object({ key: z.string().min(1).max(200), value: z.unknown() })
  .refine((row) => metaValues[row.key]?.safeParse(row.value).success ?? true, {
    message: 'not a valid value for this key',
    path: ['value'],
  });

type Row = Record<string, unknown>;
const keyed = (...fields: string[]): RecordsCheckOptions<Row> => ({
  raw: true,
  keyOf: (row) => fields.map((f) => String(row[f])).join('/'),
});

const bookkeeping: Record<(typeof bookkeepingTables)[number], [z.ZodType, RecordsCheckOptions<Row>]> = {
  outbox: [outboxBatchSchema, keyed('id')],
  oplog: [
    operationSchema.extend({
      seq: z.number().int().nonnegative().optional(),
      skewed: z.boolean().optional(),
      rejected: z.string().optional(),
    }),
    keyed('id'),
  ],
  fields: [
    z.object({
      table: z.enum(syncedTables),
      recordId: z.uuid(),
      writes: z.record(z.string(), z.array(fieldWriteSchema)),
    }),
    keyed('table', 'recordId'),
  ],
  conflicts: [
    z.object({
      table: z.enum(syncedTables),
      recordId: z.uuid(),
      field: z.string(),
      heads: z.array(fieldWriteSchema),
    }),
    keyed('table', 'recordId', 'field'),
  ],
  meta: [metaRowSchema, keyed('key')],
};

function tableCheck(table: BackupTable, rows: unknown) {
  const [schema, options] =
    table in bookkeeping
      ? bookkeeping[table as keyof typeof bookkeeping]
      : [recordSchemas[table as SyncedTable], keyed('id')];
  return recordsCheck<Row>(rows, table, schema as z.ZodType<Row>, backupCodes, options);
}

/**
 * Reads a backup completely, writing nothing. `dbVersion` is this app's schema version: a backup from a
 * newer one (or in a newer format) is refused with backup.newerVersion, naming the app that made it.
 */
export function backupParse(text: string, options: { dbVersion: number }): Result<Backup> {
  const file = fileOpen(text, backupKind);
  if (!file.ok) return file;
  const backup = file.value;
  const { dbVersion, createdAt } = backup;
  if (typeof dbVersion !== 'number' || !Number.isInteger(dbVersion) || dbVersion < BACKUP_MIN_DB_VERSION)
    return fileFail('backup.invalidRecord', { field: 'dbVersion', problem: 'invalid' });
  if (dbVersion > options.dbVersion) return fileFail('backup.newerVersion', versionOf(backup));
  if (!instantSchema.safeParse(createdAt).success)
    return fileFail('backup.invalidRecord', { field: 'createdAt', problem: 'time' });
  const tablesFound = fileObject(backup, 'tables', backupCodes);
  if (!tablesFound.ok) return tablesFound;
  const tables = tablesFound.value;
  const checked = listsCheckAll(backupTables, (table) => {
    const absent = tables[table] === undefined && (tableSince[table] ?? 0) > dbVersion;
    return tableCheck(table, absent ? [] : tables[table]);
  });
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: {
      format: BACKUP_FORMAT,
      formatVersion: backup.formatVersion as number,
      appVersion: backup.appVersion as string,
      dbVersion,
      createdAt: createdAt as string,
      tables: checked.value,
    },
  };
}
