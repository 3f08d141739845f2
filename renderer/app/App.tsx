/** Boots the war room: opens the local database, then shows the first-run form or the war room. */
import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { CrisisRoomDb } from '../db/schema';
import { sessionLoad, type Session } from '../db/session';
import { ApprovalAttention } from '../features/drafts/ApprovalAttention';
import { ArchiveOpenListener } from '../features/backups/ArchiveImport';
import { BackupKeeper } from '../features/backups/BackupKeeper';
import { FirstRun } from '../features/profile/FirstRun';
import type { Platform } from '../platform';
import { DesktopBridge } from '../platform/desktop-bridge';
import { SyncProvider } from '../sync/SyncProvider';
import { WarRoom } from './WarRoom';
import { AppContext } from './session-context';

interface Props {
  db: CrisisRoomDb;
  i18n: I18n;
  platform: Platform;
}

export function App({ db, i18n, platform }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <Boot db={db} platform={platform} />
    </I18nextProvider>
  );
}

function Boot({ db, platform }: Omit<Props, 'i18n'>) {
  const { t } = useTranslation();
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setRevision] = useState(0);
  const refresh = useCallback(() => setRevision((r) => r + 1), []);

  useEffect(() => {
    sessionLoad(db).then(setSession, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [db]);

  const context = useMemo(
    () => (session ? { session, platform, refresh } : null),
    [session, platform, refresh],
  );

  if (error) return <p role="alert">{t('app.storageError', { detail: error })}</p>;
  if (!context) return <p className="boot">{t('app.loading')}</p>;
  return (
    <AppContext.Provider value={context}>
      {context.session.member ? (
        <SyncProvider>
          <DesktopBridge />
          {platform.kind === 'desktop' && <ApprovalAttention />}
          <BackupKeeper />
          <ArchiveOpenListener />
          <WarRoom />
        </SyncProvider>
      ) : (
        <FirstRun onDone={refresh} />
      )}
    </AppContext.Provider>
  );
}
