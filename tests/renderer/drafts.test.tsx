import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { versionSave } from '../../renderer/db/drafts';
import { sessionLoad } from '../../renderer/db/session';
import { renderApp } from './render-app';

type User = ReturnType<typeof userEvent.setup>;

async function incidentWithDraft(user: User) {
  await user.type(await screen.findByLabelText('Your name'), 'Sanne');
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(await screen.findByRole('button', { name: 'New incident' }));
  await user.type(screen.getByLabelText('Title'), 'Power outage');
  await user.click(screen.getByRole('button', { name: 'Open incident' }));
  await screen.findByRole('heading', { level: 1, name: 'Power outage' });
  expect(await screen.findByText(/No statement yet/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'New draft' }));
  const dialog = screen.getByRole('dialog', { name: 'New draft' });
  await user.type(within(dialog).getByLabelText('Title'), 'Holding statement');
  await user.type(within(dialog).getByLabelText('Text'), 'We are aware of a power outage.');
  await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
  await screen.findByRole('heading', { level: 1, name: 'Holding statement' });
}

const versionItems = () => document.querySelectorAll('.version-list > li');

describe('draft page', () => {
  it('a new draft needs approvers and a title; the error is shown and nothing is created', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await user.type(await screen.findByLabelText('Your name'), 'Sanne');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'New incident' }));
    await user.type(screen.getByLabelText('Title'), 'Power outage');
    await user.click(screen.getByRole('button', { name: 'Open incident' }));
    await user.click(await screen.findByRole('button', { name: 'New draft' }));
    const dialog = screen.getByRole('dialog', { name: 'New draft' });
    await user.type(within(dialog).getByLabelText('Text'), 'Body');
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Give the draft a title.');
    await user.type(within(dialog).getByLabelText('Title'), 'Statement');
    await user.click(within(dialog).getByLabelText('Crisis lead'));
    await user.click(within(dialog).getByLabelText('Legal'));
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('at least one role');
    expect(await db.drafts.count()).toBe(0);
    expect(await db.draftVersions.count()).toBe(0);
  });

  it('saves versions with Ctrl+S, shows sibling versions written from the same text, and picks one', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await incidentWithDraft(user);
    const body = screen.getByLabelText('Text of the draft');
    await user.type(body, ' We are investigating.');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(versionItems()).toHaveLength(2));

    // Someone else saves from version 2 too, as a device that had not seen this one would.
    const [draft] = await db.drafts.toArray();
    const v2 = (await db.draftVersions.toArray()).find((v) => v.body.endsWith('investigating.'))!;
    await user.type(body, ' Next update at 15:00.');
    const other = await versionSave(await sessionLoad(db), draft!.id, `${v2.body} Call 0800 1234.`, [v2.id]);
    expect(other.ok).toBe(true);
    expect(
      (await screen.findByText(/Someone saved version 3 while you were editing/)).textContent,
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));

    // Both kept, side by side; nothing overwritten.
    expect((await screen.findAllByText('Sibling versions')).length).toBeGreaterThan(0);
    expect(versionItems()).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Request approval' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continue with version 3' }));
    await waitFor(() => expect(versionItems()).toHaveLength(5));
    expect(screen.queryAllByText('Sibling versions')).toHaveLength(0);
    const latest = (await db.draftVersions.toArray())
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
      .at(-1)!;
    expect(latest.parentIds).toHaveLength(2);
    expect(latest.body).toBe(`${v2.body} Call 0800 1234.`);
    expect(screen.getByRole('button', { name: 'Request approval' })).toBeTruthy();
  });
});
