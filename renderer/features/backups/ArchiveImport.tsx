/**
 * Importing an incident archive (a `.crisisroom` file made by "Export → Incident archive" on another
 * computer): the file is checked completely first, then the team sees what it holds and confirms. Records
 * this device already has are kept as they are, so importing the same archive twice adds nothing.
 * Archives arrive from the button on the backups page, or from the desktop shell when a file is opened
 * with the app (double-click, "Open with").
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archiveParse } from '../../../shared/archive/archive';
import type { IncidentData } from '../../../shared/archive/incident-data';
import type { DomainError } from '../../../shared/domain/errors';
import { useApp } from '../../app/session-context';
import { archiveImport, type ArchiveImported } from '../../db/archive';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { dateTimeFormat } from '../../ui/format';

type Opened = { data: IncidentData } | { error: DomainError };

function opened(content: string): Opened {
  const parsed = archiveParse(content);
  return parsed.ok ? { data: parsed.value } : { error: parsed.error };
}

/** "Import an incident archive…": picks a file, checks it, and asks. */
export function ArchiveImportButton() {
  const { t } = useTranslation();
  const { platform } = useApp();
  const [file, setFile] = useState<Opened | null>(null);
  async function pick() {
    const result = await platform.fileOpen({ kind: 'archive' });
    if (!result.ok) setFile({ error: result.error });
    else if (result.value) setFile(opened(result.value.content));
  }
  return (
    <>
      <button type="button" onClick={() => void pick()}>
        {t('backups.import')}
      </button>
      {file && <ArchiveImportDialog file={file} onClose={() => setFile(null)} />}
    </>
  );
}

/** Mounted once: archives the desktop shell hands over (opened with the app) are offered for import. */
export function ArchiveOpenListener() {
  const { platform } = useApp();
  const [file, setFile] = useState<Opened | null>(null);
  useEffect(() => platform.onArchiveOpen(({ content }) => setFile(opened(content))), [platform]);
  return file && <ArchiveImportDialog file={file} onClose={() => setFile(null)} />;
}

function ArchiveImportDialog({ file, onClose }: { file: Opened; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const [error, setError] = useState<DomainError | null>('error' in file ? file.error : null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ArchiveImported | null>(null);

  if (!('data' in file))
    return (
      <Dialog title={t('backups.importRefused')} onClose={onClose}>
        <div className="stack">
          <ErrorText error={error} />
          <div className="actions">
            <button type="button" onClick={onClose} autoFocus>
              {t('backups.close')}
            </button>
          </div>
        </div>
      </Dialog>
    );

  const { data } = file;
  const { incident, timeline, drafts } = data;
  async function run() {
    setBusy(true);
    const result = await archiveImport(session, data);
    setBusy(false);
    if (result.ok) setDone(result.value);
    else setError(result.error);
  }

  return (
    <Dialog title={t('backups.importTitle', { title: incident.title })} onClose={onClose}>
      <div className="stack">
        {incident.exercise && (
          <p className="exercise-banner" role="note">
            {t('backups.importExercise')}
          </p>
        )}
        <p>
          {t('backups.importExplain', {
            title: incident.title,
            entries: timeline.length,
            drafts: drafts.length,
            opened: dateTimeFormat(incident.openedAt, i18n.language),
          })}
        </p>
        {busy && <progress aria-label={t('backups.importing')} />}
        <ErrorText error={error} />
        {done ? (
          <>
            <p role="status">{t('backups.imported', { added: done.added, skipped: done.skipped })}</p>
            <div className="actions">
              <button type="button" onClick={onClose}>
                {t('backups.close')}
              </button>
              <a className="button primary" href={`#/incident/${incident.id}`} onClick={onClose}>
                {t('backups.openIncident')}
              </a>
            </div>
          </>
        ) : (
          <div className="actions">
            <button type="button" onClick={onClose} autoFocus disabled={busy}>
              {t('backups.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void run()} disabled={busy}>
              {t('backups.importConfirm')}
            </button>
          </div>
        )}
      </div>
    </Dialog>
  );
}
