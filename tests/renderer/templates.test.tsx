import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_ID } from '../../shared/domain/organisation';
import { renderApp } from './render-app';

type User = ReturnType<typeof userEvent.setup>;

async function openTemplates(user: User) {
  await user.type(await screen.findByLabelText('Your name'), 'Sanne');
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(await screen.findByRole('link', { name: 'Message templates' }));
  await screen.findByRole('heading', { level: 1, name: 'Message templates' });
}

const table = (language: string) => screen.findByRole('table', { name: `Templates in ${language}` });

describe('message templates page', () => {
  it('shows the seeded templates per language, pre-approved holding statements marked, and filters', async () => {
    const user = userEvent.setup();
    renderApp();
    await openTemplates(user);
    const english = await table('English');
    const holding = within(english).getByRole('rowheader', { name: /^Holding statement – general/ });
    expect(within(holding).getByText('Pre-approved')).toBeTruthy();
    expect(
      within(english).getByRole('rowheader', { name: 'Social post – short (fits X)' }).textContent,
    ).not.toContain('Pre-approved');
    expect(within(await table('Dutch')).getAllByRole('row')).toHaveLength(10);
    expect(window.location.hash).toBe('#/templates');
    expect(screen.getByRole('link', { name: 'Message templates' }).getAttribute('aria-current')).toBe('page');

    await user.selectOptions(screen.getByLabelText('Show'), 'Dutch');
    await table('Dutch');
    expect(screen.queryByRole('table', { name: 'Templates in English' })).toBeNull();
  });

  it('saves the organisation details', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openTemplates(user);
    await user.type(await screen.findByLabelText('Organisation name'), 'Havenbedrijf Noordzee');
    await user.type(screen.getByLabelText('Public phone line'), '0800 123 4567');
    await user.type(screen.getByLabelText('Website or dark site'), 'www.havenbedrijf-noordzee.nl');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    const details = screen.getByRole('region', { name: 'Organisation details' });
    await waitFor(() => expect(within(details).getByRole('status').textContent).toBe('Details saved.'));
    expect(await db.organisation.get(ORGANISATION_ID)).toMatchObject({
      name: 'Havenbedrijf Noordzee',
      phoneLine: '0800 123 4567',
      website: 'www.havenbedrijf-noordzee.nl',
    });
  });

  it('refuses a blank name, then adds, edits and removes a template', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openTemplates(user);
    await table('English');
    const before = await db.messageTemplates.count();

    await user.click(screen.getByRole('button', { name: 'Add template' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a message template' });
    const body = within(dialog).getByLabelText('Text');
    await user.type(body, 'Power is out at ');
    await user.click(within(dialog).getByRole('button', { name: 'Insert {website}: website' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Give the template a name.');
    expect(await db.messageTemplates.count()).toBe(before);

    await user.type(within(dialog).getByLabelText('Name'), 'Outage update');
    await user.selectOptions(within(dialog).getByLabelText('Kind of message'), 'Website update');
    await user.selectOptions(within(dialog).getByLabelText('Language'), 'English');
    await user.click(within(dialog).getByRole('checkbox', { name: /Pre-approved/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await screen.findByRole('rowheader', { name: /^Outage update/ });
    const added = await db.messageTemplates.filter((t) => t.name === 'Outage update').first();
    expect(added).toMatchObject({
      kind: 'websiteUpdate',
      language: 'en',
      body: 'Power is out at {website}',
      preApproved: true,
      removedAt: null,
    });

    await user.click(screen.getByRole('button', { name: 'Edit Outage update' }));
    const edit = screen.getByRole('dialog', { name: 'Edit Outage update' });
    const name = within(edit).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Power outage update');
    await user.click(within(edit).getByRole('button', { name: 'Save template' }));
    await screen.findByRole('rowheader', { name: /^Power outage update/ });
    expect((await db.messageTemplates.get(added!.id))?.name).toBe('Power outage update');

    await user.click(screen.getByRole('button', { name: 'Remove Power outage update' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove the template “Power outage update”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove template' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /Power outage update/ })).toBeNull());
    expect((await db.messageTemplates.get(added!.id))?.removedAt).not.toBeNull();
  });

  it('is in Dutch on a Dutch screen', async () => {
    const user = userEvent.setup();
    renderApp('nl');
    await user.type(await screen.findByLabelText('Je naam'), 'Sanne');
    await user.click(screen.getByRole('button', { name: 'Beginnen' }));
    await user.click(await screen.findByRole('link', { name: 'Berichtsjablonen' }));
    const dutch = await screen.findByRole('table', { name: 'Sjablonen in het Nederlands' });
    expect(within(dutch).getByRole('rowheader', { name: /^Holding statement – datalek/ })).toBeTruthy();
    expect(within(dutch).getAllByText('Vooraf goedgekeurd')).toHaveLength(3);
  });
});
