/**
 * Making a backup of this device's whole database and handing it to the desktop shell (or, in a browser,
 * downloading it), one at a time: a backup asked for while another is being written waits for it. The
 * outcome of the last one is kept in a small store, so the top bar and the backups page can show it.
 */
import type { DomainError, Result } from '../../../shared/domain/errors';
import type { BackupInfo, BackupReason } from '../../../shared/ipc';
import { BACKUP_MAX_CHARS } from '../../../shared/archive/backup';
import { backupCreate } from '../../db/backup';
import type { Session } from '../../db/session';
import { APP_VERSION, type Platform } from '../../platform';

export type BackupOutcome =
  | { state: 'idle' }
  | { state: 'working'; reason: BackupReason }
  | { state: 'saved'; info: BackupInfo | null; at: string }
  | { state: 'failed'; error: DomainError };

let outcome: BackupOutcome = { state: 'idle' };
const listeners = new Set<() => void>();
let queue: Promise<unknown> = Promise.resolve();

function publish(next: BackupOutcome): void {
  outcome = next;
  for (const listener of listeners) listener();
}

export function backupOutcome(): BackupOutcome {
  return outcome;
}

export function backupOutcomeSubscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A file name for a backup the browser downloads: the date and time it was made, sortable. */
export function backupFileName(at: Date): string {
  const stamp = at.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `crisis-room-backup-${stamp}.json`;
}

/**
 * Backs up the whole database now. The desktop app writes it to its backups folder (rotated there); a
 * browser downloads it, which only a person's click may do, so automatic reasons are desktop-only.
 * Returns what was saved (null for a download).
 */
export function backupRun(
  session: Session,
  platform: Platform,
  reason: BackupReason,
): Promise<Result<BackupInfo | null>> {
  const run = queue.then(async (): Promise<Result<BackupInfo | null>> => {
    publish({ state: 'working', reason });
    let result: Result<BackupInfo | null>;
    try {
      const content = await backupCreate(session.db, { appVersion: APP_VERSION });
      // Larger than any file the app reads back (or IPC carries): refused here, with a clear reason.
      if (content.length > BACKUP_MAX_CHARS) result = { ok: false, error: { code: 'file.tooLarge' } };
      else if (platform.kind === 'desktop') result = await platform.backupWrite({ content, reason });
      else {
        const saved = await platform.fileSave({
          suggestedName: backupFileName(new Date()),
          kind: 'backup',
          content,
        });
        result = saved.ok ? { ok: true, value: null } : saved;
      }
    } catch (error) {
      result = { ok: false, error: { code: 'storage.failed', detail: String(error) } };
    }
    publish(
      result.ok
        ? { state: 'saved', info: result.value, at: new Date().toISOString() }
        : { state: 'failed', error: result.error },
    );
    return result;
  });
  queue = run;
  return run;
}
