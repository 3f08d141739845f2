/**
 * The local database: the only module that opens IndexedDB. Every past `version(n)` stays here, so an old
 * installation upgrades step by step. Transactions are strict-durable: a committed entry is on disk.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Approval } from '../../shared/domain/approval';
import type { Channel } from '../../shared/domain/channel';
import type { ChecklistItem, ChecklistTemplateItem } from '../../shared/domain/checklist';
import type { Draft } from '../../shared/domain/draft';
import type { DraftVersion } from '../../shared/domain/draft-version';
import type { Incident } from '../../shared/domain/incident';
import type { RoleAssignment } from '../../shared/domain/incident-role';
import type { Lesson } from '../../shared/domain/lesson';
import type { MessageTemplate } from '../../shared/domain/message-template';
import type { Notification } from '../../shared/domain/notification';
import type { Organisation } from '../../shared/domain/organisation';
import type { Publication } from '../../shared/domain/publication';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { Member } from '../../shared/domain/member';
import type { TimelineEntry } from '../../shared/domain/timeline-entry';
import type { Operation, SyncedTable } from '../../shared/sync/operation';
import { PUSH_MAX_OPERATIONS } from '../../shared/sync/protocol';
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

/**
 * The operations a write appended, waiting for the hub: one outbox row per append (most transactions
 * append once), so that logging 5,000 entries writes 5,001 records, not 10,000 (IndexedDB's cost is per
 * record). Immutable: it leaves the outbox whole, once the hub has acknowledged all of its operations.
 */
export interface OutboxBatch {
  /** The id of its first operation: batches sort in the order they were written, like their operations. */
  id: string;
  operations: Operation[];
  /** The ids of `operations`, indexed one by one (multiEntry): finding and counting pending operations. */
  opIds: string[];
}

export function outboxBatchOf(operations: Operation[]): OutboxBatch {
  return { id: operations[0]!.id, operations, opIds: operations.map((o) => o.id) };
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
  drafts: EntityTable<Draft, 'id'>;
  draftVersions: EntityTable<DraftVersion, 'id'>;
  approvals: EntityTable<Approval, 'id'>;
  publications: EntityTable<Publication, 'id'>;
  messageTemplates: EntityTable<MessageTemplate, 'id'>;
  organisation: EntityTable<Organisation, 'id'>;
  lessons: EntityTable<Lesson, 'id'>;
  /** Operations written locally and not yet acknowledged by the hub, in batches (one per write). */
  outbox: EntityTable<OutboxBatch, 'id'>;
  fields: Table<RecordFields, [SyncedTable, string]>;
  conflicts: Table<ConflictRow, [SyncedTable, string, string]>;
  oplog: EntityTable<LoggedOperation, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DB_NAME = 'crisis-room';

/** The newest schema version; backups record it, and a backup from a newer one is refused. */
export const DB_VERSION = 5;

/** `through` is for tests of upgrades: an installation still at an older version. */
export function dbOpen(name = DB_NAME, through = DB_VERSION): CrisisRoomDb {
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
  if (through < 3) return db;
  // One outbox row per write instead of one per operation. Operations still waiting from
  // version 2 become batches in their order, at most one push each; nothing is dropped.
  db.version(3)
    .stores({ outbox: 'id, *opIds' })
    .upgrade(async (tx) => {
      const outbox = tx.table<Operation | OutboxBatch, string>('outbox');
      const rows = await outbox.orderBy('id').toArray();
      const single = rows.filter((row): row is Operation => !('operations' in row));
      if (single.length === 0) return;
      const batches: OutboxBatch[] = [];
      for (let i = 0; i < single.length; i += PUSH_MAX_OPERATIONS)
        batches.push(outboxBatchOf(single.slice(i, i + PUSH_MAX_OPERATIONS)));
      await outbox.bulkDelete(single.map((op) => op.id));
      await outbox.bulkAdd(batches);
    });
  if (through < 4) return db;
  // Issue 4: drafts, their versions, approvals and publications; message templates; the organisation's
  // details. New tables only.
  db.version(4).stores({
    drafts: 'id, incidentId',
    draftVersions: 'id, draftId, incidentId',
    approvals: 'id, draftId, incidentId',
    publications: 'id, draftId, incidentId',
    messageTemplates: 'id',
    organisation: 'id',
  });
  if (through < 5) return db;
  // Issue 6: lessons learned for the post-incident report. A new table only.
  db.version(5).stores({ lessons: 'id, incidentId' });
  return db;
}
