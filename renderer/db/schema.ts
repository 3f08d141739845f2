/**
 * The local database: the only module that opens IndexedDB. Every past `version(n)` stays here, so an old
 * installation upgrades step by step. Transactions are strict-durable: a committed entry is on disk.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Channel } from '../../shared/domain/channel';
import type { ChecklistItem, ChecklistTemplateItem } from '../../shared/domain/checklist';
import type { Incident } from '../../shared/domain/incident';
import type { RoleAssignment } from '../../shared/domain/incident-role';
import type { Notification } from '../../shared/domain/notification';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { Member } from '../../shared/domain/member';
import type { TimelineEntry } from '../../shared/domain/timeline-entry';
import type { Operation, SyncedTable } from '../../shared/sync/operation';
import type { FieldWrite } from '../../shared/sync/register';

/**
 * Per patched record, every write of each editable field (shared/sync/register.ts): what the merge needs
 * to apply remote edits in any order and to tell a deliberate overwrite from a concurrent edit.
 */
export interface RecordFields {
  table: SyncedTable;
  recordId: string;
  writes: Record<string, FieldWrite[]>;
}

/** An open conflict: a field whose concurrent edits disagree. Derived from `fields`, kept for listing. */
export interface ConflictRow {
  table: SyncedTable;
  recordId: string;
  field: string;
  heads: FieldWrite[];
}

/** Every operation this device has applied and the hub has acknowledged or sent: the local history. */
export interface LoggedOperation extends Operation {
  /** The hub's sequence number, once known. */
  seq?: number;
  /** Its timestamp was far ahead of this device's clock when it arrived (kept, flagged). */
  skewed?: boolean;
  /** It would have made the record invalid, so it was kept here but not applied. */
  rejected?: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type CrisisRoomDb = Dexie & {
  incidents: EntityTable<Incident, 'id'>;
  timeline: EntityTable<TimelineEntry, 'id'>;
  members: EntityTable<Member, 'id'>;
  stakeholders: EntityTable<Stakeholder, 'id'>;
  notifications: EntityTable<Notification, 'id'>;
  channels: EntityTable<Channel, 'id'>;
  checklistTemplates: EntityTable<ChecklistTemplateItem, 'id'>;
  checklistItems: EntityTable<ChecklistItem, 'id'>;
  roleAssignments: EntityTable<RoleAssignment, 'id'>;
  /** Operations written locally and not yet acknowledged by the hub. */
  outbox: EntityTable<Operation, 'id'>;
  fields: Table<RecordFields, [SyncedTable, string]>;
  conflicts: Table<ConflictRow, [SyncedTable, string, string]>;
  oplog: EntityTable<LoggedOperation, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DB_NAME = 'crisis-room';

export function dbOpen(name = DB_NAME): CrisisRoomDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as CrisisRoomDb;
  db.version(1).stores({
    incidents: 'id, openedAt',
    timeline: 'id, [incidentId+occurredAt], amends.entryId',
    members: 'id',
    outbox: 'id',
    fields: '[table+recordId]',
    conflicts: '[table+recordId+field]',
    oplog: 'id, [table+recordId]',
    meta: 'key',
  });
  // Issue 3: the people and the channels. New tables only; nothing to migrate.
  db.version(2).stores({
    stakeholders: 'id, group, priority',
    notifications: 'id, incidentId, stakeholderId',
    channels: 'id',
    checklistTemplates: 'id, channelKind',
    checklistItems: 'id, incidentId',
    roleAssignments: 'id, incidentId',
  });
  return db;
}
