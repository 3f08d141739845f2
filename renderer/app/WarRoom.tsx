/**
 * The war room: incident lists on the side and the open incident in the middle; the organisation-wide
 * stakeholder directory and channels are pages of their own, reached from the top bar.
 */
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { templatesSeed } from '../db/checklists';
import { messageTemplatesSeed } from '../db/message-templates';
import { BackupsPage } from '../features/backups/BackupsPage';
import { ChannelsPage } from '../features/channels/ChannelsPage';
import { DraftPage } from '../features/drafts/DraftPage';
import { IncidentList } from '../features/incidents/IncidentList';
import { IncidentView } from '../features/incidents/IncidentView';
import { ReportPage } from '../features/report/ReportPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StakeholderDirectory } from '../features/stakeholders/StakeholderDirectory';
import { TemplatesPage } from '../features/templates/TemplatesPage';
import { useDesktopCommand } from '../platform/desktop-bridge';
import { useApp } from './session-context';
import { TopBar } from './TopBar';
import { useRoute } from './use-hash-route';

export function WarRoom() {
  const { t } = useTranslation();
  const [route, go] = useRoute();
  const { session } = useApp();
  useEffect(() => {
    // Sequential: both write the outbox; the message templates are needed by the first new draft.
    void templatesSeed(session).then(() => messageTemplatesSeed(session));
  }, [session]);
  const selected =
    route.page === 'incident' || route.page === 'draft' || route.page === 'report' ? route.id : null;
  // The desktop menu's Export (Ctrl+E): the open incident's exports; without one, the backups page,
  // where the whole database is exported.
  useDesktopCommand(
    'export',
    useCallback(() => go(selected ? { page: 'report', id: selected } : { page: 'backups' }), [go, selected]),
  );
  return (
    <div className="war-room">
      <TopBar route={route} />
      <div className="war-room-body">
        <IncidentList selected={selected} onSelect={(id) => go({ page: 'incident', id })} />
        <main className="incident-main">
          {route.page === 'incident' && (
            <IncidentView key={route.id} id={route.id} onMissing={() => go({ page: 'home' })} />
          )}
          {route.page === 'draft' && (
            <DraftPage
              key={route.draftId}
              incidentId={route.id}
              draftId={route.draftId}
              onBack={() => go({ page: 'incident', id: route.id })}
            />
          )}
          {route.page === 'report' && <ReportPage key={route.id} incidentId={route.id} />}
          {route.page === 'stakeholders' && <StakeholderDirectory />}
          {route.page === 'channels' && <ChannelsPage />}
          {route.page === 'templates' && <TemplatesPage />}
          {route.page === 'backups' && <BackupsPage />}
          {route.page === 'settings' && <SettingsPage />}
          {route.page === 'home' && <p className="empty-state">{t('incidents.noneSelected')}</p>}
        </main>
      </div>
    </div>
  );
}
