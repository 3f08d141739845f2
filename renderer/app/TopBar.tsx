import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/ipc';
import { useRoleLabel } from '../features/profile/RoleSelect';
import { SyncStatusBar } from '../features/sync/SyncStatusBar';
import { LanguageSwitch } from './LanguageSwitch';
import { useApp } from './session-context';
import type { Route } from './use-hash-route';
import { useOnline } from './use-online';

export function TopBar({ route }: { route: Route }) {
  const { t } = useTranslation();
  const { session, platform } = useApp();
  const online = useOnline();
  const roleLabel = useRoleLabel();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform.appInfo().then((result) => result.ok && setInfo(result.value));
  }, [platform]);
  const member = session.member!;

  return (
    <header className="top-bar">
      <span className="brand">{t('app.name')}</span>
      <span
        className={`badge ${online ? 'badge-online' : 'badge-offline'}`}
        role="status"
        aria-label={t('status.networkLabel')}
      >
        {online ? t('status.online') : t('status.offline')}
      </span>
      <SyncStatusBar />
      <nav className="top-nav" aria-label={t('nav.label')}>
        <a href="#/stakeholders" aria-current={route.page === 'stakeholders' ? 'page' : undefined}>
          {t('nav.stakeholders')}
        </a>
        <a href="#/channels" aria-current={route.page === 'channels' ? 'page' : undefined}>
          {t('nav.channels')}
        </a>
        <a href="#/templates" aria-current={route.page === 'templates' ? 'page' : undefined}>
          {t('messageTemplates.nav')}
        </a>
        <a href="#/backups" aria-current={route.page === 'backups' ? 'page' : undefined}>
          {t('backups.nav')}
        </a>
        <a href="#/settings" aria-current={route.page === 'settings' ? 'page' : undefined}>
          {t('settings.nav')}
        </a>
      </nav>
      <span className="spacer" />
      <span className="who">
        {t('profile.label', { name: member.name })}
        {member.role && ` · ${roleLabel(member.role)}`}
      </span>
      <LanguageSwitch />
      {info && (
        <span
          className="about"
          title={info.dataFolder ? t('about.dataFolder', { folder: info.dataFolder }) : undefined}
        >
          {t('about.version', { version: info.version })}
        </span>
      )}
    </header>
  );
}
