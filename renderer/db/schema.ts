/**
 * The local database: the only module that opens IndexedDB. Every past `version(n)` stays here, so an old
 * installation upgrades step by step. Transactions are strict-durable: a committed entry is on disk.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Incident } from '../../shared/domain/incident';
import type { Member } from '../../shared/domain/member';
import type { TimelineEntry } from '../../shared/domain/timeline-entry';
import type { Operation, SyncedTable } from '../../shared/sync/operation';

/** Per record, the HLC of the last write to each field: the basis of per-field last-writer-wins. */
export interface FieldClocks {
  table: SyncedTable;
  recordId: string;
  clocks: Record<string, string>;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type CrisisRoomDb = Dexie & {
  incidents: EntityTable<Incident, 'id'>;
  timeline: EntityTable<TimelineEntry, 'id'>;
  members: EntityTable<Member, 'id'>;
  /** Operations written locally and not yet acknowledged by the hub. */
  outbox: EntityTable<Operation, 'id'>;
  clocks: Table<FieldClocks, [SyncedTable, string]>;
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
    clocks: '[table+recordId]',
    meta: 'key',
  });
  return db;
}
