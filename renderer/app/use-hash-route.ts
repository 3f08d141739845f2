import { useCallback, useSyncExternalStore } from 'react';
import type { DraftId, IncidentId } from '../../shared/domain/ids';

/**
 * Where the user is lives in the URL, so a reload returns there: `#/incident/<id>`,
 * `#/incident/<id>/draft/<draftId>`, `#/incident/<id>/report`, `#/stakeholders`, `#/channels`,
 * `#/templates`, `#/backups`, `#/settings`, or nothing (the incident list).
 */
const INCIDENT = /^#\/incident\/([0-9a-f-]{36})$/;
const DRAFT = /^#\/incident\/([0-9a-f-]{36})\/draft\/([0-9a-f-]{36})$/;
const REPORT = /^#\/incident\/([0-9a-f-]{36})\/report$/;

export type Route =
  | { page: 'incident'; id: IncidentId }
  | { page: 'draft'; id: IncidentId; draftId: DraftId }
  | { page: 'report'; id: IncidentId }
  | { page: 'stakeholders' }
  | { page: 'channels' }
  | { page: 'templates' }
  | { page: 'backups' }
  | { page: 'settings' }
  | { page: 'home' };

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function routeParse(hash: string): Route {
  const incident = INCIDENT.exec(hash)?.[1];
  if (incident) return { page: 'incident', id: incident as IncidentId };
  const draft = DRAFT.exec(hash);
  if (draft) return { page: 'draft', id: draft[1] as IncidentId, draftId: draft[2] as DraftId };
  const report = REPORT.exec(hash)?.[1];
  if (report) return { page: 'report', id: report as IncidentId };
  if (hash === '#/stakeholders') return { page: 'stakeholders' };
  if (hash === '#/channels') return { page: 'channels' };
  if (hash === '#/templates') return { page: 'templates' };
  if (hash === '#/backups') return { page: 'backups' };
  if (hash === '#/settings') return { page: 'settings' };
  return { page: 'home' };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'incident':
      return `#/incident/${route.id}`;
    case 'draft':
      return `#/incident/${route.id}/draft/${route.draftId}`;
    case 'stakeholders':
      return '#/stakeholders';
    case 'channels':
      return '#/channels';
    case 'report':
      return `#/incident/${route.id}/report`;
    case 'templates':
      return '#/templates';
    case 'backups':
      return '#/backups';
    case 'settings':
      return '#/settings';
    case 'home':
      return '';
  }
}

export function useRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const go = useCallback((route: Route) => {
    window.location.hash = routeHash(route);
  }, []);
  return [routeParse(hash), go];
}

export function useSelectedIncident(): [IncidentId | null, (id: IncidentId | null) => void] {
  const [route, go] = useRoute();
  const select = useCallback(
    (next: IncidentId | null) => go(next ? { page: 'incident', id: next } : { page: 'home' }),
    [go],
  );
  return [route.page === 'incident' ? route.id : null, select];
}
