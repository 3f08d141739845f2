/** The incident lists: open, closed and exercises, kept apart so an exercise is never taken for real. */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentId } from '../../../shared/domain/ids';
import { incidentMatchesFilter, type IncidentListFilter } from '../../../shared/domain/incident';
import { useApp } from '../../app/session-context';
import { useIncidents } from '../../db/hooks';
import { useDesktopCommand } from '../../platform/desktop-bridge';
import { NewIncidentDialog } from './NewIncidentDialog';

const filters: IncidentListFilter[] = ['open', 'closed', 'exercise'];
const emptyText = {
  open: 'incidents.emptyOpen',
  closed: 'incidents.emptyClosed',
  exercise: 'incidents.emptyExercise',
} as const;

interface Props {
  selected: IncidentId | null;
  onSelect(id: IncidentId): void;
}

export function IncidentList({ selected, onSelect }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const incidents = useIncidents(session.db);
  const [filter, setFilter] = useState<IncidentListFilter>('open');
  const [creating, setCreating] = useState(false);
  // The open incident is always in the list shown: opening an exercise (from a link, an import, a
  // reload) switches to the exercises, once per incident, so a person can still switch back by hand.
  const current = incidents?.find((i) => i.id === selected);
  const [followed, setFollowed] = useState<IncidentId | null>(null);
  if (current && followed !== current.id) {
    setFollowed(current.id);
    const home = filters.find((f) => incidentMatchesFilter(current, f));
    if (home && home !== filter) setFilter(home);
  }
  const shown = incidents?.filter((i) => incidentMatchesFilter(i, filter)) ?? [];
  const listRef = useRef<HTMLUListElement>(null);
  // The desktop menu's "Switch incident" (Ctrl+K): to the list, on the open incident or the first one.
  useDesktopCommand(
    'switch-incident',
    useCallback(() => {
      const list = listRef.current;
      const target =
        list?.querySelector<HTMLButtonElement>('button[aria-current="page"]') ??
        list?.querySelector<HTMLButtonElement>('button');
      target?.focus();
    }, []),
  );

  return (
    <nav className="incident-list" aria-label={t('incidents.heading')}>
      <button type="button" className="primary" onClick={() => setCreating(true)}>
        {t('incidents.new')}
      </button>
      <div role="tablist" aria-label={t('incidents.listLabel')} className="tabs">
        {filters.map((f) => (
          <button key={f} type="button" role="tab" aria-selected={filter === f} onClick={() => setFilter(f)}>
            {t(`incidents.${f}`)} ({incidents?.filter((i) => incidentMatchesFilter(i, f)).length ?? 0})
          </button>
        ))}
      </div>
      {incidents && shown.length === 0 && <p className="empty-state">{t(emptyText[filter])}</p>}
      <ul ref={listRef} role="tabpanel" aria-label={t(`incidents.${filter}`)}>
        {shown.map((incident) => (
          <li key={incident.id}>
            <button
              type="button"
              aria-current={incident.id === selected ? 'page' : undefined}
              onClick={() => onSelect(incident.id)}
              className={`incident-link severity-${incident.severity}`}
            >
              {incident.exercise && (
                <span className="badge badge-exercise">{t('incidents.exerciseBadge')}</span>
              )}
              <span className="incident-link-title">{incident.title}</span>
              <span className="incident-link-meta">
                {t(`phases.${incident.phase}`)} · {t(`severity.${incident.severity}`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {creating && (
        <NewIncidentDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setFilter((f) => (f === 'closed' ? 'open' : f));
            onSelect(id);
          }}
        />
      )}
    </nav>
  );
}
