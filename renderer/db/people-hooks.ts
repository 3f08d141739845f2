/** React hooks over the team, stakeholder and channel tables: the way the war room panels read them. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Channel } from '../../shared/domain/channel';
import type { ChecklistItem, ChecklistTemplateItem } from '../../shared/domain/checklist';
import type { IncidentId } from '../../shared/domain/ids';
import type { RoleAssignment } from '../../shared/domain/incident-role';
import type { Member } from '../../shared/domain/member';
import type { Notification } from '../../shared/domain/notification';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { CrisisRoomDb } from './schema';

/** Every stakeholder, removed ones included (a board still names who was informed). */
export function useStakeholders(db: CrisisRoomDb): Stakeholder[] | undefined {
  return useLiveQuery(() => db.stakeholders.toArray(), [db]);
}

export function useNotifications(db: CrisisRoomDb, incidentId: IncidentId): Notification[] | undefined {
  return useLiveQuery(
    () => db.notifications.where('incidentId').equals(incidentId).toArray(),
    [db, incidentId],
  );
}

export function useChannels(db: CrisisRoomDb): Channel[] | undefined {
  return useLiveQuery(async () => (await db.channels.toArray()).filter((c) => c.removedAt === null), [db]);
}

export function useTemplates(db: CrisisRoomDb): ChecklistTemplateItem[] | undefined {
  return useLiveQuery(() => db.checklistTemplates.toArray(), [db]);
}

export function useChecklistItems(db: CrisisRoomDb, incidentId: IncidentId): ChecklistItem[] | undefined {
  return useLiveQuery(
    () => db.checklistItems.where('incidentId').equals(incidentId).toArray(),
    [db, incidentId],
  );
}

export function useRoleAssignments(db: CrisisRoomDb, incidentId: IncidentId): RoleAssignment[] | undefined {
  return useLiveQuery(
    () => db.roleAssignments.where('incidentId').equals(incidentId).toArray(),
    [db, incidentId],
  );
}

export function useMembers(db: CrisisRoomDb): Member[] | undefined {
  return useLiveQuery(
    async () => (await db.members.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    [db],
  );
}
