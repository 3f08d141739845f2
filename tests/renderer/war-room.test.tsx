import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

async function startAs(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.type(await screen.findByLabelText('Your name'), name);
  await user.selectOptions(screen.getByLabelText('Your role'), 'Crisis lead');
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await screen.findByText('No open incidents. That is good news.');
}

async function openIncident(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(screen.getByRole('button', { name: 'New incident' }));
  await user.type(screen.getByLabelText('Title'), title);
  await user.click(screen.getByRole('button', { name: 'Open incident' }));
  await screen.findByRole('heading', { level: 1, name: title });
}

describe('first run', () => {
  it('asks for a name, refuses an empty one, and then opens the war room', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(screen.getByRole('alert')).toHaveProperty('textContent', 'Enter your name.');
    expect(await db.members.count()).toBe(0);
    await startAs(user, 'Sanne Bakker');
    expect(screen.getByText(/Signed in as Sanne Bakker/)).toBeTruthy();
    expect((await db.members.toArray())[0]).toMatchObject({ name: 'Sanne Bakker', role: 'crisisLead' });
  });
});

describe('the war room', () => {
  it('opens an incident and logs entries from the keyboard, with a prefix choosing the kind', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await startAs(user, 'Sanne');
    await openIncident(user, 'Gas leak Kerkstraat');
    const box = screen.getByLabelText('New timeline entry');
    await user.type(box, 'd: Evacuate the school{Enter}');
    const list = screen.getByRole('list', { name: 'Timeline entries' });
    await within(list).findByText('Evacuate the school');
    expect(within(list).getAllByText('Decision').length).toBeGreaterThan(0);
    expect((box as HTMLTextAreaElement).value).toBe('');
    const stored = await db.timeline.filter((e) => e.text === 'Evacuate the school').first();
    expect(stored).toMatchObject({ kind: 'decision', authorName: 'Sanne', authorRole: 'crisisLead' });
    expect(screen.getByLabelText('Time since opening').textContent).toMatch(/T\+00:0\d/);
  });

  it('shows the list the open incident is in: a new exercise switches to the exercises, once', async () => {
    const user = userEvent.setup();
    renderApp();
    await startAs(user, 'Sanne');
    await openIncident(user, 'Gas leak Kerkstraat');
    await user.click(screen.getByRole('button', { name: 'New incident' }));
    await user.type(screen.getByLabelText('Title'), 'Drill: flooding');
    await user.click(screen.getByLabelText('This is an exercise'));
    await user.click(screen.getByRole('button', { name: 'Open incident' }));
    await screen.findByRole('heading', { level: 1, name: 'Drill: flooding' });
    const exercises = screen.getByRole('tab', { name: /^Exercises/ });
    await waitFor(() => expect(exercises.getAttribute('aria-selected')).toBe('true'));
    expect(
      within(screen.getByRole('tabpanel')).getByRole('button', { name: /Drill: flooding/ }),
    ).toBeTruthy();
    // Switching back by hand stays: the list follows a newly opened incident, not every render.
    await user.click(screen.getByRole('tab', { name: /^Open/ }));
    expect(
      within(screen.getByRole('tabpanel')).getByRole('button', { name: /Gas leak Kerkstraat/ }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Drill: flooding' })).toBeTruthy();
  });

  it('refuses an empty entry, an over-long one and an impossible time, keeping what was typed', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await startAs(user, 'Sanne');
    await openIncident(user, 'Data breach');
    const before = await db.timeline.count();
    const box = screen.getByLabelText('New timeline entry');
    await user.type(box, '{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/empty entry is not logged/);

    const long = 'x'.repeat(5001);
    await user.click(box);
    await user.paste(long);
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/too long/);
    expect((box as HTMLTextAreaElement).value).toBe(long);

    await user.clear(box);
    await user.type(box, 'Press call from NOS');
    await user.click(screen.getByRole('button', { name: /Set time/ }));
    const when = screen.getByLabelText('When it happened');
    await user.clear(when);
    await user.type(when, '31-02-2026 10:00');
    await user.click(screen.getByRole('button', { name: 'Log entry' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not valid/);
    expect((box as HTMLTextAreaElement).value).toBe('Press call from NOS');
    expect(await db.timeline.count()).toBe(before);
  });

  it('switches the whole screen to Dutch', async () => {
    const user = userEvent.setup();
    renderApp();
    await startAs(user, 'Sanne');
    await user.selectOptions(screen.getByLabelText('Language'), 'nl');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Nieuw incident' })).toBeTruthy());
    expect(screen.getByText('Geen open incidenten. Dat is goed nieuws.')).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem('crisis-room:language')).toBe('nl');
  });
});
