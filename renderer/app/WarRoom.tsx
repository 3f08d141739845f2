/** The war room: incident lists on the side, the open incident with its timeline in the middle. */
import { useTranslation } from 'react-i18next';
import { IncidentList } from '../features/incidents/IncidentList';
import { IncidentView } from '../features/incidents/IncidentView';
import { TopBar } from './TopBar';
import { useSelectedIncident } from './use-hash-route';

export function WarRoom() {
  const { t } = useTranslation();
  const [selected, select] = useSelectedIncident();
  return (
    <div className="war-room">
      <TopBar />
      <div className="war-room-body">
        <IncidentList selected={selected} onSelect={select} />
        <main className="incident-main">
          {selected ? (
            <IncidentView key={selected} id={selected} onMissing={() => select(null)} />
          ) : (
            <p className="empty-state">{t('incidents.noneSelected')}</p>
          )}
        </main>
      </div>
    </div>
  );
}
