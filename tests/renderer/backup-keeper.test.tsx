import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppContext } from '../../renderer/app/session-context';
import { lessonCreate } from '../../renderer/db/lessons';
import { DB_VERSION } from '../../renderer/db/schema';
import type { Session } from '../../renderer/db/session';
import { backupDue, BackupKeeper, type BackupTiming } from '../../renderer/features/backups/BackupKeeper';
import { browserPlatform, type Platform } from '../../renderer/platform';
import { DESKTOP_COMMAND_EVENT } from '../../renderer/platform/desktop-bridge';
import { backupParse } from '../../shared/archive/backup';
import type { BackupReason, BackupRequest } from '../../shared/ipc';
import { sessionFresh } from '../unit/db/helpers';
import { incidentOpen } from '../unit/db/people-helpers';

const INTERVAL_MS = 40;
const timing: BackupTiming = { intervalMs: INTERVAL_MS, quietMs: 30, maxWaitMs: 400, tickMs: 10 };

/** The keeper in a desktop shell whose backup channel the test holds. */
async function keeper(kind: Platform['kind'] = 'desktop') {
  const session: Session = await sessionFresh();
  let ask: (request: BackupRequest) => void = () => undefined;
  const written: { reason: BackupReason; content: string }[] = [];
  const platform: Platform = {
    ...browserPlatform,
    kind,
    backupWrite: vi.fn(async ({ reason, content }) => {
      written.push({ reason, content });
      return {
        ok: true as const,
        value: {
          name: `b${written.length}.json`,
          createdAt: new Date().toISOString(),
          size: content.length,
          reason,
        },
      };
    }),
    fileSave: vi.fn(async () => ({ ok: true as const, value: { saved: true } })),
    onBackupRequest: (listener) => {
      ask = listener;
      return () => undefined;
    },
  };
  render(
    <AppContext.Provider value={{ session, platform, refresh: () => undefined }}>
      <BackupKeeper timing={timing} />
    </AppContext.Provider>,
  );
  return { session, platform, written, ask: (request: BackupRequest) => act(() => ask(request)) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('automatic backups', () => {
  it('backs up after changes, and not again while nothing changes', async () => {
    const { session, written } = await keeper();
    await pause(INTERVAL_MS * 3);
    expect(written).toEqual([]);

    const incident = await incidentOpen(session);
    await lessonCreate(session, incident.id, {
      kind: 'wentWell',
      text: 'Backed up without asking',
      owner: '',
      dueDate: null,
      done: false,
    });
    // Two writes: a tick may fall between them, so one or two backups; the last one holds both.
    const lessons = () => {
      const parsed = backupParse(written.at(-1)?.content ?? '', { dbVersion: DB_VERSION });
      return parsed.ok ? parsed.value.tables.lessons.map((l) => l.text) : [];
    };
    await waitFor(() => expect(lessons()).toEqual(['Backed up without asking']));
    expect(written.every((w) => w.reason === 'auto')).toBe(true);
    expect(written.length).toBeLessThanOrEqual(2);

    const made = written.length;
    await pause(INTERVAL_MS * 4);
    expect(written).toHaveLength(made);
  });

  it('answers the shell’s request on quit at once, with the request’s reason', async () => {
    const { written, ask } = await keeper();
    ask({ reason: 'quit' });
    await waitFor(() => expect(written.map((w) => w.reason)).toEqual(['quit']));
    expect(backupParse(written[0]!.content, { dbVersion: DB_VERSION }).ok).toBe(true);
  });

  it('backs up by hand on the menu’s Back up now', async () => {
    const { written } = await keeper();
    act(() => {
      window.dispatchEvent(new CustomEvent(DESKTOP_COMMAND_EVENT, { detail: { command: 'back-up' } }));
    });
    await waitFor(() => expect(written.map((w) => w.reason)).toEqual(['manual']));
  });

  it('keeps no automatic backups in a browser, which can only download when a person asks', async () => {
    const { session, platform, written } = await keeper('browser');
    await incidentOpen(session);
    await pause(INTERVAL_MS * 4);
    expect(written).toEqual([]);
    expect(platform.fileSave).not.toHaveBeenCalled();
  });

  it('waits for a quiet moment, but not for ever, and never comes sooner than the interval', () => {
    const t: BackupTiming = { intervalMs: 300_000, quietMs: 20_000, maxWaitMs: 900_000, tickMs: 5_000 };
    const at = (min: number) => min * 60_000;
    // Nothing changed: nothing to back up, however long ago the last backup was.
    expect(backupDue(at(60), { lastBackup: 0, firstChange: null, lastChange: 0 }, t)).toBe(false);
    // Changes, and quiet for 20 s: due, once the interval has passed.
    const quiet = { lastBackup: 0, firstChange: at(1), lastChange: at(2) };
    expect(backupDue(at(2) + 20_000, quiet, t)).toBe(false);
    expect(backupDue(at(5), quiet, t)).toBe(true);
    // Changes without pause: not while they go on, until the oldest is 15 minutes old.
    const busy = (now: number) => ({ lastBackup: 0, firstChange: at(1), lastChange: now - 1_000 });
    expect(backupDue(at(10), busy(at(10)), t)).toBe(false);
    expect(backupDue(at(16), busy(at(16)), t)).toBe(true);
  });
});
