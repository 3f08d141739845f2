/**
 * This device's settings: desktop notifications (the same switch as the desktop menu's) and where the
 * app keeps its data. The language is switched in the top bar. Nothing here travels to teammates.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainError } from '../../../shared/domain/errors';
import type { AppInfo } from '../../../shared/ipc';
import { useApp } from '../../app/session-context';
import { ErrorText } from '../../ui/ErrorText';

export function SettingsPage() {
  const { t } = useTranslation();
  const { platform } = useApp();
  const desktop = platform.kind === 'desktop';
  const [notifications, setNotifications] = useState<boolean | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<DomainError | null>(null);

  useEffect(() => {
    void platform.appInfo().then((result) => result.ok && setInfo(result.value));
    if (desktop)
      void platform
        .notificationsSetting()
        .then((result) => result.ok && setNotifications(result.value.enabled));
  }, [platform, desktop]);

  async function switchNotifications(enabled: boolean) {
    const result = await platform.notificationsSetting(enabled);
    if (result.ok) setNotifications(result.value.enabled);
    setError(result.ok ? null : result.error);
  }

  return (
    <article className="settings-page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <section aria-labelledby="settings-notifications">
        <h2 id="settings-notifications">{t('settings.notifications')}</h2>
        {desktop ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={notifications ?? false}
              disabled={notifications === null}
              onChange={(e) => void switchNotifications(e.target.checked)}
            />
            {t('settings.notificationsLabel')}
          </label>
        ) : (
          <p className="hint">{t('settings.notificationsBrowser')}</p>
        )}
        <p className="hint">{t('settings.notificationsExplain')}</p>
        <ErrorText error={error} />
      </section>
      {info && (
        <section aria-labelledby="settings-about">
          <h2 id="settings-about">{t('settings.about')}</h2>
          <p>{t('about.version', { version: info.version })}</p>
          {info.dataFolder && <p>{t('about.dataFolder', { folder: info.dataFolder })}</p>}
        </section>
      )}
    </article>
  );
}
