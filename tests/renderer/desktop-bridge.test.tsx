import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/app/App';
import { dbOpen } from '../../renderer/db/schema';
import { i18nInit } from '../../renderer/i18n';
import { browserPlatform, type Platform } from '../../renderer/platform';
import { DESKTOP_COMMAND_EVENT, type DesktopCommandDetail } from '../../renderer/platform/desktop-bridge';

/** The app as in the desktop shell, with the menu's command channel in the test's hands. */
function renderDesktop() {
  let send: (command: unknown) => void = () => undefined;
  const platform: Platform = {
    ...browserPlatform,
    kind: 'desktop',
    attentionReport: vi.fn(async () => ({ ok: true as const, value: { badge: 0 } })),
    languageSet: vi.fn(async (language) => ({ ok: true as const, value: { language } })),
    onCommand: (listener) => {
      send = listener;
      return () => {
        send = () => undefined;
      };
    },
  };
  render(<App db={dbOpen(`desktop-bridge-${Date.now()}`)} i18n={i18nInit('en')} platform={platform} />);
  return { platform, command: (value: unknown) => act(() => send(value)) };
}

async function startWithIncident(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Your name'), 'Sanne');
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(await screen.findByRole('button', { name: 'New incident' }));
  await user.type(screen.getByLabelText('Title'), 'Power outage');
  await user.click(screen.getByRole('button', { name: 'Open incident' }));
  await screen.findByRole('heading', { level: 1, name: 'Power outage' });
}

describe('desktop bridge', () => {
  it('focuses the entry box, the search and the incident list on the menu commands', async () => {
    const user = userEvent.setup();
    const { command } = renderDesktop();
    await startWithIncident(user);
    await user.click(document.body);

    command('new-entry');
    expect(document.activeElement).toBe(screen.getByLabelText('New timeline entry'));
    command('search');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search the timeline' }));
    command('switch-incident');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Power outage/ }));
  });

  it('passes the commands later features handle on as crisisroom:command events, and drops unknown ones', async () => {
    const user = userEvent.setup();
    const { command } = renderDesktop();
    await startWithIncident(user);
    const seen: string[] = [];
    const listener = (event: Event) => seen.push((event as CustomEvent<DesktopCommandDetail>).detail.command);
    window.addEventListener(DESKTOP_COMMAND_EVENT, listener);
    command('export');
    command('back-up');
    command('new-draft');
    command('format-disk');
    command({ command: 'export' });
    window.removeEventListener(DESKTOP_COMMAND_EVENT, listener);
    expect(seen).toEqual(['export', 'back-up', 'new-draft']);
  });

  it('tells the shell the app language and that nothing waits to sync outside a team', async () => {
    const user = userEvent.setup();
    const { platform } = renderDesktop();
    await startWithIncident(user);
    expect(platform.languageSet).toHaveBeenCalledWith('en');
    expect(platform.attentionReport).toHaveBeenCalledWith({ unsyncedChanges: 0, conflicts: 0 });
  });

  it('opens a new draft on the menu command, on the incident and on a draft, and counts open approval requests for the badge', async () => {
    const user = userEvent.setup();
    const { platform, command } = renderDesktop();
    await startWithIncident(user);
    const approvalsReported = () =>
      vi
        .mocked(platform.attentionReport)
        .mock.calls.map(([report]) => report.openApprovals)
        .filter((n) => n !== undefined);
    await waitFor(() => expect(approvalsReported()).toEqual([0]));

    command('new-draft');
    const dialog = screen.getByRole('dialog', { name: 'New draft' });
    await user.type(within(dialog).getByLabelText('Title'), 'Holding statement');
    await user.type(within(dialog).getByLabelText('Text'), 'We are aware of a power outage.');
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    await screen.findByRole('heading', { level: 1, name: 'Holding statement' });
    command('new-draft');
    const another = screen.getByRole('dialog', { name: 'New draft' });
    await user.click(within(another).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Request approval' }));
    await waitFor(() => expect(approvalsReported().at(-1)).toBe(1));
    // A new version leaves the request behind: nothing waits for a decision any more.
    await user.type(screen.getByLabelText('Text of the draft'), ' We are investigating.');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(approvalsReported().at(-1)).toBe(0));
    expect(approvalsReported()).toEqual([0, 1, 0]);
  });

  it('Export opens the open incident’s exports and then goes to the first export button; without an incident, the backups page', async () => {
    const user = userEvent.setup();
    const { command } = renderDesktop();
    await user.type(await screen.findByLabelText('Your name'), 'Sanne');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('button', { name: 'New incident' });
    command('export');
    await screen.findByRole('heading', { level: 1, name: 'Backups and import' });

    await user.click(screen.getByRole('button', { name: 'New incident' }));
    await user.type(screen.getByLabelText('Title'), 'Power outage');
    await user.click(screen.getByRole('button', { name: 'Open incident' }));
    await screen.findByRole('heading', { level: 1, name: 'Power outage' });
    command('export');
    await screen.findByRole('heading', { level: 1, name: 'Evaluation of Power outage' });
    const first = await screen.findByRole('button', { name: 'Report (PDF)' });
    command('export');
    expect(document.activeElement).toBe(first);
  });
});
