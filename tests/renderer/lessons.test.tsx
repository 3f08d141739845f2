import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

type User = ReturnType<typeof userEvent.setup>;

async function openEvaluation(user: User) {
  await user.type(await screen.findByLabelText('Your name'), 'Sanne');
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(await screen.findByRole('button', { name: 'New incident' }));
  await user.type(screen.getByLabelText('Title'), 'Power outage');
  await user.click(screen.getByRole('button', { name: 'Open incident' }));
  await user.click(await screen.findByRole('link', { name: 'Report & evaluation' }));
  await screen.findByRole('heading', { level: 1, name: 'Evaluation of Power outage' });
}

const list = (name: string) => screen.getByRole('region', { name });

describe('lessons learned on the evaluation page', () => {
  it('Enter adds a lesson under its kind; a follow-up keeps its owner and due date and can be ticked done', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openEvaluation(user);
    expect(window.location.hash).toMatch(/^#\/incident\/[0-9a-f-]{36}\/report$/);
    expect(await within(list('What went well')).findByText('Nothing written yet.')).toBeTruthy();

    await user.type(
      screen.getByLabelText('Something that went well'),
      'First statement within 20 minutes{Enter}',
    );
    const well = await within(list('What went well')).findByRole('listitem');
    expect(well.textContent).toContain('First statement within 20 minutes');
    await waitFor(() =>
      expect((screen.getByLabelText('Something that went well') as HTMLTextAreaElement).value).toBe(''),
    );

    const followUps = list('Follow-ups');
    await user.type(within(followUps).getByLabelText('Owner'), 'Press officer');
    await user.type(within(followUps).getByLabelText('Due'), '2027-03-01');
    await user.type(within(followUps).getByLabelText('A follow-up'), 'Test the dark site quarterly{Enter}');
    const done = await within(followUps).findByRole('checkbox', {
      name: 'Done: Test the dark site quarterly',
    });
    const item = within(followUps).getByRole('listitem');
    expect(item.textContent).toContain('Press officer, due 1 Mar 2027 · by Sanne');
    await user.click(done);
    await waitFor(async () => expect((await db.lessons.toArray()).find((l) => l.done)).toBeTruthy());
    const stored = (await db.lessons.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(stored.map((l) => [l.kind, l.text, l.owner, l.dueDate, l.done])).toEqual([
      ['wentWell', 'First statement within 20 minutes', '', null, false],
      ['followUp', 'Test the dark site quarterly', 'Press officer', '2027-03-01', true],
    ]);
  });

  it('an empty lesson is refused with a message and nothing is written', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openEvaluation(user);
    const badly = list('What did not go well');
    await user.click(within(badly).getByRole('button', { name: 'Add' }));
    expect(within(badly).getByRole('alert').textContent).toBe('Write the lesson first.');
    expect(await db.lessons.count()).toBe(0);
  });

  it('edits a lesson in place and removes one after confirmation, leaving a tombstone', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openEvaluation(user);
    const badly = list('What did not go well');
    await user.type(
      within(badly).getByLabelText('Something that did not go well'),
      'Legal reachable late{Enter}',
    );
    await user.click(await within(badly).findByRole('button', { name: 'Edit “Legal reachable late”' }));
    const box = within(badly).getByLabelText('Edit “Legal reachable late”');
    await user.clear(box);
    await user.type(box, 'Legal was reachable only after 90 minutes{Enter}');
    await within(badly).findByRole('button', { name: 'Edit “Legal was reachable only after 90 minutes”' });

    const remove = { name: 'Remove “Legal was reachable only after 90 minutes”' };
    await user.click(await within(badly).findByRole('button', remove));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Remove this lesson?' })).getByRole('button', {
        name: 'Cancel',
      }),
    );
    expect(within(badly).getByText('Legal was reachable only after 90 minutes')).toBeTruthy();
    await user.click(within(badly).getByRole('button', remove));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Remove this lesson?' })).getByRole('button', {
        name: 'Remove lesson',
      }),
    );
    await within(badly).findByText('Nothing written yet.');
    const [stored] = await db.lessons.toArray();
    expect(stored).toMatchObject({ text: 'Legal was reachable only after 90 minutes' });
    expect(stored!.removedAt).not.toBeNull();
  });
});
