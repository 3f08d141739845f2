/** React hooks over the local database: the way components read data. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
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

const EMPTY: TimelineSnapshot = { entries: [], amendments: new Map(), complete: false, lookup: () => undefined };
const emptySubscribe = () => () => undefined;

export function useTimeline(db: CrisisRoomDb, incidentId: IncidentId): TimelineSnapshot {
  const [store, setStore] = useState<TimelineStore | null>(null);
  useEffect(() => {
    const next = new TimelineStore(db, incidentId);
    setStore(next);
    void next.open();
    return () => next.close();
  }, [db, incidentId]);
  const current = store?.incidentId === incidentId ? store : null;
  return useSyncExternalStore(current?.subscribe ?? emptySubscribe, current?.get ?? (() => EMPTY));
}
