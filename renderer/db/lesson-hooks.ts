/** React hooks over the lessons learned of an incident. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IncidentId } from '../../shared/domain/ids';
import { lessonOrder, type Lesson } from '../../shared/domain/lesson';
import type { CrisisRoomDb } from './schema';

/** The incident's lessons that are not removed: by kind, then in the order they were written. */
export function useLessons(db: CrisisRoomDb, incidentId: IncidentId): Lesson[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.lessons.where('incidentId').equals(incidentId).toArray())
        .filter((l) => l.removedAt === null)
        .sort(lessonOrder),
    [db, incidentId],
  );
}
