import { useCallback, useSyncExternalStore } from 'react';
import type { IncidentId } from '../../shared/domain/ids';

/** The open incident lives in the URL (`#/incident/<id>`), so a reload returns to it. */
const PATTERN = /^#\/incident\/([0-9a-f-]{36})$/;

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useSelectedIncident(): [IncidentId | null, (id: IncidentId | null) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const id = (PATTERN.exec(hash)?.[1] as IncidentId | undefined) ?? null;
  const select = useCallback((next: IncidentId | null) => {
    window.location.hash = next ? `#/incident/${next}` : '';
  }, []);
  return [id, select];
}
