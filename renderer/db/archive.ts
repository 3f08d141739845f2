/**
 * An incident's data in and out of the local database: gathering IncidentData (for the report and the
 * JSON archive, shared/archive) and importing a parsed archive. An import writes like any mutation: each
 * new record with its create operation, so it reaches the team; records already here stay as they are,
 * so importing the same archive again adds nothing.
 */
import { Dexie, type Table } from 'dexie';
import {
  incidentDataLists,
  incidentOwnLists,
  type IncidentData,
  type IncidentOwnList,
} from '../../shared/archive/incident-data';
import { byId } from '../../shared/archive/canonical';
import type { Result } from '../../shared/domain/errors';
import type { IncidentId } from '../../shared/domain/ids';
import { ORGANISATION_ID } from '../../shared/domain/organisation';
import type { SyncedTable } from '../../shared/sync/operation';
import type { Change } from './changes';
import type { CrisisRoomDb } from './schema';
import type { Session } from './session';
import { mutate, recordGroupsCreate, type RecordGroup } from './write';

/** The incident's own lists but the timeline, which is read through its index by incident and time. */
type ByIncident = Exclude<IncidentOwnList, 'timeline'>;
const byIncident = incidentOwnLists.filter((list): list is ByIncident => list !== 'timeline');

function tableOf(db: CrisisRoomDb, table: SyncedTable): Table<{ id: string }, string> {
  return db[table] as unknown as Table<{ id: string }, string>;
}

/** The records of `table` with these ids that exist, in id order. */
async function existing<T extends { id: string }>(
  table: { bulkGet(keys: never[]): PromiseLike<(T | undefined)[]> },
  ids: Iterable<string | null>,
): Promise<T[]> {
  const wanted = [...new Set(ids)].filter((id): id is string => id !== null);
  const found = await table.bulkGet(wanted as never[]);
  return byId(found.filter((r): r is T => r !== undefined));
}

/**
 * Everything recorded about one incident, or null when there is no such incident here: its own records
 * and the organisation-wide ones it refers to (the stakeholders on its board; the channels of its
 * checklists, drafts and publications; the members who opened it, wrote, decided or hold a role; the
 * organisation's details). Read in one transaction, so it is one consistent moment; lists in id order.
 */
export async function incidentDataRead(
  db: CrisisRoomDb,
  incidentId: IncidentId,
): Promise<IncidentData | null> {
  const tables = [...incidentDataLists.map((list) => db[list]), db.incidents, db.organisation];
  return db.transaction('r', tables, async () => {
    const incident = await db.incidents.get(incidentId);
    if (!incident) return null;
    const [timeline, organisation, ...lists] = await Promise.all([
      db.timeline
        .where('[incidentId+occurredAt]')
        .between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey])
        .toArray(),
      db.organisation.get(ORGANISATION_ID),
      ...byIncident.map((t) => tableOf(db, t).where('incidentId').equals(incidentId).toArray()),
    ]);
    const own = Object.fromEntries(byIncident.map((t, i) => [t, byId(lists[i]!)])) as Pick<
      IncidentData,
      ByIncident
    >;
    const { roleAssignments, notifications, checklistItems, drafts, draftVersions, approvals } = own;
    const { publications, lessons } = own;
    const [stakeholders, channels, members] = await Promise.all([
      existing(
        db.stakeholders,
        notifications.map((n) => n.stakeholderId),
      ),
      existing(db.channels, [
        ...checklistItems.map((i) => i.channelId),
        ...drafts.flatMap((d) => d.channelIds),
        ...publications.map((p) => p.channelId),
      ]),
      existing(db.members, [
        incident.openedBy,
        ...timeline.map((e) => e.authorId),
        ...roleAssignments.map((r) => r.memberId),
        ...notifications.flatMap((n) => [n.assigneeId, n.informedBy]),
        ...checklistItems.map((i) => i.closedBy),
        ...drafts.map((d) => d.createdBy),
        ...draftVersions.map((v) => v.authorId),
        ...approvals.map((a) => a.memberId),
        ...publications.map((p) => p.memberId),
        ...lessons.map((l) => l.createdBy),
      ]),
    ]);
    return {
      incident,
      organisation: organisation ?? null,
      timeline: byId(timeline),
      members,
      stakeholders,
      channels,
      ...own,
    };
  });
}

export interface ArchiveImported {
  /** Records stored, each with its create operation. */
  added: number;
  /** Records that were already here, left as they are. */
  skipped: number;
}

/**
 * Stores a parsed archive (shared/archive/archive.ts `archiveParse`) in one transaction: every record not
 * yet here, with its create operation (one outbox batch), so the team receives it like any
 * write; records already here are kept unchanged, never overwritten by the file. All or nothing.
 */
export async function archiveImport(session: Session, data: IncidentData): Promise<Result<ArchiveImported>> {
  const { db } = session;
  const groups: RecordGroup[] = [
    { table: 'incidents', records: [data.incident] },
    { table: 'organisation', records: data.organisation ? [data.organisation] : [] },
    ...incidentDataLists.map((list) => ({ table: list, records: data[list] })),
  ];
  return mutate(session, [...new Set(groups.map(({ table }) => db[table]))], async (s) => {
    const present = await Promise.all(
      groups.map(({ table, records }) => tableOf(db, table).bulkGet(records.map((r) => r.id))),
    );
    const fresh = groups.map(({ table, records }, i) => ({
      table,
      records: records.filter((_, n) => present[i]![n] === undefined),
    }));
    const added = fresh.reduce((sum, group) => sum + group.records.length, 0);
    const total = groups.reduce((sum, group) => sum + group.records.length, 0);
    await recordGroupsCreate(s, fresh);
    const changes: Change[] = fresh.filter((g) => g.records.length > 0);
    return { value: { added, skipped: total - added }, changes };
  });
}
