/** React hooks over the local database: the way components read data. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { IncidentId } from '../../shared/domain/ids';
import type { Incident } from '../../shared/domain/incident';
import type { CrisisRoomDb } from './schema';
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
