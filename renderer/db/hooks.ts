/** React hooks over the local database: the way components read data. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type {
  ChannelId,
  ChecklistItemId,
  ChecklistTemplateItemId,
  EntryId,
  IncidentId,
  NotificationId,
  RoleAssignmentId,
  StakeholderId,
} from '../../shared/domain/ids';
import type { Incident } from '../../shared/domain/incident';
import type { ConflictRow, CrisisRoomDb } from './schema';
import { TimelineStore, type TimelineSnapshot } from './timeline-store';

export function useIncidents(db: CrisisRoomDb): Incident[] | undefined {
  return useLiveQuery(() => db.incidents.orderBy('openedAt').reverse().toArray(), [db]);
}

/** `null` once it is known that no such incident exists; `undefined` while reading. */
export function useIncident(db: CrisisRoomDb, id: IncidentId | null): Incident | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.incidents.get(id)) ?? null) : null), [db, id]);
}

export function useTimeline(db: CrisisRoomDb, incidentId: IncidentId): TimelineSnapshot {
  const store = useMemo(() => new TimelineStore(db, incidentId), [db, incidentId]);
  useEffect(() => {
    void store.open();
    return () => store.close();
  }, [store]);
  return useSyncExternalStore(store.subscribe, store.get);
}

export interface ConflictView {
  conflict: ConflictRow;
  /** What the conflicting record is called: an incident's title, an entry's text, a member's name. */
  label: string;
  authorNames: ReadonlyMap<string, string>;
}

export function useConflicts(db: CrisisRoomDb): ConflictView[] | undefined {
  return useLiveQuery(async () => {
    const conflicts = await db.conflicts.toArray();
    const members = new Map((await db.members.toArray()).map((m) => [m.id as string, m.name]));
    const views: ConflictView[] = [];
    for (const conflict of conflicts) {
      let label = conflict.recordId;
      if (conflict.table === 'incidents')
        label = (await db.incidents.get(conflict.recordId as IncidentId))?.title ?? label;
      if (conflict.table === 'timeline')
        label = (await db.timeline.get(conflict.recordId as EntryId))?.text.slice(0, 80) ?? label;
      if (conflict.table === 'members') label = members.get(conflict.recordId) ?? label;
      label = (await peopleLabel(db, conflict)) ?? label;
      views.push({ conflict, label, authorNames: members });
    }
    return views;
  }, [db]);
}

/** What a conflicting record of the team, stakeholder and channel tables is called. */
async function peopleLabel(db: CrisisRoomDb, conflict: ConflictRow): Promise<string | undefined> {
  switch (conflict.table) {
    case 'stakeholders':
      return (await db.stakeholders.get(conflict.recordId as StakeholderId))?.name;
    case 'channels':
      return (await db.channels.get(conflict.recordId as ChannelId))?.name;
    case 'checklistTemplates':
      return (await db.checklistTemplates.get(conflict.recordId as ChecklistTemplateItemId))?.text.en;
    case 'checklistItems':
      return (await db.checklistItems.get(conflict.recordId as ChecklistItemId))?.text;
    case 'roleAssignments':
      return (await db.roleAssignments.get(conflict.recordId as RoleAssignmentId))?.role;
    case 'notifications': {
      const notification = await db.notifications.get(conflict.recordId as NotificationId);
      return notification && (await db.stakeholders.get(notification.stakeholderId))?.name;
    }
    default:
      return undefined;
  }
}
