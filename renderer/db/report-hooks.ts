/** React hooks for the evaluation page: an incident's records as its report and archive take them. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IncidentData } from '../../shared/archive/incident-data';
import type { IncidentId } from '../../shared/domain/ids';
import { incidentDataRead } from './archive';
import type { CrisisRoomDb } from './schema';

/** Everything recorded about the incident, read again when any of it changes; null when it is gone. */
export function useIncidentData(db: CrisisRoomDb, incidentId: IncidentId): IncidentData | null | undefined {
  return useLiveQuery(() => incidentDataRead(db, incidentId), [db, incidentId]);
}
