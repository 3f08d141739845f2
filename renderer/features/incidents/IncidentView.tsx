/**
 * One incident: the header, then the timeline beside the panels the team works through (roles, who to
 * inform, drafts, channel checklists). The panel column can be resized and each panel collapsed, so at 1920×1080
 * everything is visible together and at 1366×768 the timeline keeps room to type.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentId } from '../../../shared/domain/ids';
import { useApp } from '../../app/session-context';
import { useIncident } from '../../db/hooks';
import { Splitter, useStoredWidth } from '../../ui/Splitter';
import { ChecklistPanel } from '../checklists/ChecklistPanel';
import { DraftsPanel } from '../drafts/DraftsPanel';
import { InformBoard } from '../inform/InformBoard';
import { RolesPanel } from '../team/RolesPanel';
import { Timeline } from '../timeline/Timeline';
import { IncidentHeader } from './IncidentHeader';

const MIN = 320;
const MAX = 1400;

export function IncidentView({ id, onMissing }: { id: IncidentId; onMissing(): void }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const incident = useIncident(session.db, id);
  const [width, setWidth] = useStoredWidth(
    'crisis-room:panels-width',
    Math.round((globalThis.innerWidth || 1920) * 0.45),
    MIN,
    MAX,
  );
  useEffect(() => {
    if (incident === null) onMissing();
  }, [incident, onMissing]);
  if (!incident) return null;
  return (
    <>
      <IncidentHeader incident={incident} />
      <div
        className="incident-workspace"
        style={{ gridTemplateColumns: `minmax(26em, 1fr) auto minmax(18em, ${width}px)` }}
      >
        <Timeline incident={incident} />
        <Splitter label={t('panels.resize')} width={width} min={MIN} max={MAX} onResize={setWidth} />
        <div className="incident-panels" aria-label={t('panels.label')} role="region">
          <div className="panel-column">
            <RolesPanel incident={incident} />
            <InformBoard incident={incident} />
          </div>
          <div className="panel-column">
            <DraftsPanel incident={incident} />
            <ChecklistPanel incident={incident} />
          </div>
        </div>
      </div>
    </>
  );
}
