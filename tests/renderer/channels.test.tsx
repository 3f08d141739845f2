import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { byOrder } from '../../shared/domain/checklist';
import { renderApp } from './render-app';

type User = ReturnType<typeof userEvent.setup>;

async function openChannels(user: User) {
  await user.type(await screen.findByLabelText('Your name'), 'Sanne');
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(await screen.findByRole('link', { name: 'Channels & checklists' }));
  await screen.findByRole('heading', { level: 1, name: 'Channels' });
}

function websiteSteps(): string[] {
  const list = screen.getByRole('list', { name: 'Steps for Website / dark site' });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.template-text')!.textContent!);
}

describe('channels', () => {
  it('adds the standard channels, takes one out of use, edits and removes one', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openChannels(user);
    await user.click(await screen.findByRole('button', { name: 'Add the standard channels' }));
    const table = await screen.findByRole('table', { name: 'The organisation’s channels' });
    expect(within(table).getByRole('rowheader', { name: 'Press list' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: 'Press officer' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add the standard channels' })).toBeNull();

    const inUse = screen.getByRole('checkbox', { name: 'In use: Switchboard' });
    expect(inUse).toHaveProperty('checked', true);
    await user.click(inUse);
    await waitFor(async () =>
      expect((await db.channels.filter((c) => c.name === 'Switchboard').first())?.active).toBe(false),
    );
    expect(screen.getByRole('checkbox', { name: 'In use: Switchboard' })).toHaveProperty('checked', false);

    await user.click(screen.getByRole('button', { name: 'Edit LinkedIn' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit LinkedIn' });
    const name = within(dialog).getByLabelText('Name or handle');
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Save channel' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Give the channel a name or handle.');
    await user.type(name, 'LinkedIn (Acme)');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Media' }));
    await user.selectOptions(within(dialog).getByLabelText('Owner role'), 'Spokesperson');
    await user.click(within(dialog).getByRole('button', { name: 'Save channel' }));
    await screen.findByRole('rowheader', { name: 'LinkedIn (Acme)' });
    const linkedin = await db.channels.filter((c) => c.name === 'LinkedIn (Acme)').first();
    expect(linkedin).toMatchObject({
      ownerRole: 'spokesperson',
      audiences: ['employees', 'partners', 'shareholders', 'media'],
    });

    await user.click(screen.getByRole('button', { name: 'Remove Intranet' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove the channel Intranet?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove channel' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Intranet' })).toBeNull());
    expect((await db.channels.filter((c) => c.name === 'Intranet').first())?.removedAt).not.toBeNull();
  });

  it('adds a channel of its own', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openChannels(user);
    await user.click(screen.getByRole('button', { name: 'Add channel' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a channel' });
    await user.selectOptions(within(dialog).getByLabelText('Channel kind'), 'WhatsApp');
    await user.type(within(dialog).getByLabelText('Name or handle'), 'Residents app group');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Residents' }));
    await user.type(within(dialog).getByLabelText('Other audiences'), 'Neighbours, Schools');
    await user.click(within(dialog).getByRole('button', { name: 'Save channel' }));
    await screen.findByRole('rowheader', { name: 'Residents app group' });
    expect(screen.getByRole('cell', { name: 'Residents, Neighbours, Schools' })).toBeTruthy();
    expect(await db.channels.toArray()).toMatchObject([
      { kind: 'whatsapp', audiences: ['residents', 'Neighbours', 'Schools'], ownerRole: '', active: true },
    ]);
  });
});

describe('checklist templates', () => {
  it('edits the Dutch text of a step and shows it in the Dutch screen', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openChannels(user);
    await screen.findByRole('list', { name: 'Steps for Website / dark site' });
    await user.click(screen.getByRole('button', { name: 'Edit step: Switch the website to the dark site' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit a checklist step' });
    const dutch = within(dialog).getByLabelText('Step in Dutch');
    expect((dutch as HTMLInputElement).value).toBe('Zet de website om naar de dark site');
    await user.clear(dutch);
    await user.type(dutch, 'Activeer de dark site');
    await user.click(within(dialog).getByRole('button', { name: 'Save step' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const step = await db.checklistTemplates
      .filter((s) => s.text.en === 'Switch the website to the dark site')
      .first();
    expect(step?.text.nl).toBe('Activeer de dark site');

    await user.selectOptions(screen.getByLabelText('Language'), 'Nederlands');
    const list = await screen.findByRole('list', { name: 'Stappen voor Website / dark site' });
    expect(within(list).getByText('Activeer de dark site')).toBeTruthy();
  });

  it('moves a step down and up, keeping the others in order', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openChannels(user);
    await screen.findByRole('list', { name: 'Steps for Website / dark site' });
    const before = websiteSteps();
    expect(screen.getByRole('button', { name: `Move up: ${before[0]}` }).getAttribute('aria-disabled')).toBe(
      'true',
    );

    await user.click(screen.getByRole('button', { name: `Move down: ${before[0]}` }));
    await waitFor(() => expect(websiteSteps()).toEqual([before[1], before[0], ...before.slice(2)]));
    const stored = (await db.checklistTemplates.where('channelKind').equals('website').toArray())
      .filter((s) => s.removedAt === null)
      .sort(byOrder)
      .map((s) => s.text.en);
    expect(stored).toEqual(websiteSteps());

    const last = before.at(-1)!;
    await user.click(screen.getByRole('button', { name: `Move up: ${last}` }));
    await waitFor(() => expect(websiteSteps().at(-2)).toBe(last));
  });

  it('adds a step for one crisis type, removes a step and brings the default back', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openChannels(user);
    await screen.findByRole('list', { name: 'Steps for Website / dark site' });

    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a checklist step' });
    await user.selectOptions(within(dialog).getByLabelText('Channel kind'), 'Website / dark site');
    await user.selectOptions(within(dialog).getByLabelText('Crisis type'), 'Data breach');
    await user.type(
      within(dialog).getByLabelText('Step in English'),
      'Put the breach notice on the homepage',
    );
    await user.type(
      within(dialog).getByLabelText('Step in Dutch'),
      'Zet de melding van het datalek op de homepage',
    );
    await user.selectOptions(within(dialog).getByLabelText('Assignee role'), 'Legal');
    await user.click(within(dialog).getByRole('button', { name: 'Save step' }));
    await waitFor(() => expect(websiteSteps().at(-1)).toBe('Put the breach notice on the homepage'));
    const added = within(screen.getByRole('list', { name: 'Steps for Website / dark site' }))
      .getAllByRole('listitem')
      .at(-1)!;
    expect(added.textContent).toMatch(/Only for: Data breach/);
    expect(added.textContent).toMatch(/for Legal/);

    const first = websiteSteps()[0]!;
    await user.click(screen.getByRole('button', { name: `Remove step: ${first}` }));
    await user.click(screen.getByRole('button', { name: 'Remove step' }));
    await waitFor(() => expect(websiteSteps()).not.toContain(first));
    expect(
      (await db.checklistTemplates.filter((s) => s.text.en === first).first())?.removedAt,
    ).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Add the default steps' }));
    await waitFor(() => expect(websiteSteps()[0]).toBe(first));
    expect(screen.getByText('1 default step added.')).toBeTruthy();
  });
});
