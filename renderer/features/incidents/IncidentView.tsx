import { useEffect } from 'react';
import type { IncidentId } from '../../../shared/domain/ids';
import { useApp } from '../../app/session-context';
import { useIncident } from '../../db/hooks';
import { Timeline } from '../timeline/Timeline';
import { IncidentHeader } from './IncidentHeader';

export function IncidentView({ id, onMissing }: { id: IncidentId; onMissing(): void }) {
  const { session } = useApp();
  const incident = useIncident(session.db, id);
  useEffect(() => {
    if (incident === null) onMissing();
  }, [incident, onMissing]);
  if (!incident) return null;
  return (
    <>
      <IncidentHeader incident={incident} />
      <Timeline incident={incident} />
    </>
  );
}
