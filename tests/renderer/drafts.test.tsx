import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { versionSave } from '../../renderer/db/drafts';
import { sessionLoad } from '../../renderer/db/session';
import { messageTemplateId } from '../../shared/domain/message-template-defaults';
import { renderApp } from './render-app';

type User = ReturnType<typeof userEvent.setup>;

/** A first run as Sanne (in `role`, if given), then the incident "Power outage"; returns its header. */
async function incidentOpen(user: User, role?: string): Promise<HTMLElement> {
  await user.type(await screen.findByLabelText('Your name'), 'Sanne');
  if (role) await user.selectOptions(screen.getByLabelText('Your role'), role);
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(await screen.findByRole('button', { name: 'New incident' }));
  await user.type(screen.getByLabelText('Title'), 'Power outage');
  await user.click(screen.getByRole('button', { name: 'Open incident' }));
  return (await screen.findByRole('heading', { level: 1, name: 'Power outage' })).closest('section')!;
}

async function incidentWithDraft(user: User) {
  await incidentOpen(user);
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
    await incidentOpen(user);
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

  it('from a template: keeps and shows the link; the only holder approves their own text with a warning; a new version voids it visibly', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    const header = await incidentOpen(user, 'Crisis lead');
    // The header shows the time without a statement, whether or not the drafts panel is open.
    expect(await within(header).findByText(/^No statement yet: T\+00:00/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'New draft' }));
    const dialog = screen.getByRole('dialog', { name: 'New draft' });
    const general = await within(dialog).findByRole('option', {
      name: /^Holding statement – general \(English/,
    });
    await user.selectOptions(within(dialog).getByLabelText('Start from'), general);
    expect((within(dialog).getByLabelText('Text') as HTMLTextAreaElement).value).toContain(
      'Subject: Power outage',
    );
    await user.click(within(dialog).getByLabelText('Legal'));
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    await screen.findByRole('heading', { level: 1, name: /Power outage/ });
    const [draft] = await db.drafts.toArray();
    expect(draft!.templateId).toBe(messageTemplateId('holding.general', 'en'));
    const origin = await screen.findByRole('link', { name: 'Holding statement – general' });
    expect(origin.getAttribute('href')).toBe('#/templates');
    expect(origin.parentElement!.textContent).toBe(
      'From template: Holding statement – general (pre-approved)',
    );

    await user.click(screen.getByRole('button', { name: 'Request approval' }));
    const status = () => document.querySelector('.draft-header .status-badge')?.textContent;
    await waitFor(() => expect(status()).toBe('In review'));
    await user.click(screen.getByRole('button', { name: 'Approve as Crisis lead' }));
    const approve = screen.getByRole('dialog', { name: 'Approve version 1 as Crisis lead' });
    expect(within(approve).getByRole('note').textContent).toContain('You wrote this version');
    await user.click(within(approve).getByRole('button', { name: 'Approve as Crisis lead' }));
    await waitFor(() => expect(status()).toBe('Approved'));
    expect(screen.getByText('own version')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Voided by a newer version' })).toBeNull();

    // A new version: the approval no longer counts, and the approval section says so.
    await user.type(screen.getByLabelText('Text of the draft'), ' Update follows at 15:00.');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(status()).toBe('Draft'));
    const voided = screen.getByRole('list', { name: 'Voided by a newer version' });
    expect(
      within(voided)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Crisis lead approved version 1 (Sanne) — voided']);
    const section = screen.getByRole('region', { name: 'Approval' });
    expect(within(section).getByText(/pending/)).toBeTruthy();
    expect(await db.approvals.count()).toBe(2);
  });

  it('a template chosen over written text replaces it only when asked; setting a draft aside asks and keeps it', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await incidentOpen(user);
    await user.click(await screen.findByRole('button', { name: 'New draft' }));
    const dialog = screen.getByRole('dialog', { name: 'New draft' });
    const text = within(dialog).getByLabelText('Text') as HTMLTextAreaElement;
    await user.type(text, 'My own words.');
    const general = await within(dialog).findByRole('option', {
      name: /^Holding statement – general \(English/,
    });
    await user.selectOptions(within(dialog).getByLabelText('Start from'), general);
    const ask = within(dialog).getByRole('group', { name: 'Replace your text?' });
    expect(text.value).toBe('My own words.');
    await user.click(within(ask).getByRole('button', { name: 'Keep my text' }));
    expect(text.value).toBe('My own words.');
    expect((within(dialog).getByLabelText('Start from') as HTMLSelectElement).value).toBe('');
    await user.selectOptions(within(dialog).getByLabelText('Start from'), general);
    await user.click(within(dialog).getByRole('button', { name: 'Replace with the template' }));
    expect(text.value).toContain('Subject: Power outage');
    // A template over a template's text (nothing written by hand) replaces it without asking.
    const accident = within(dialog).getByRole('option', { name: /^Holding statement – accident.*\(English/ });
    await user.selectOptions(within(dialog).getByLabelText('Start from'), accident);
    expect(within(dialog).queryByRole('group', { name: 'Replace your text?' })).toBeNull();
    expect(text.value).toContain('an accident happened');
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    const heading = await screen.findByRole('heading', { level: 1, name: /accident/ });

    await user.click(screen.getByRole('button', { name: 'Set draft aside' }));
    const confirm = screen.getByRole('dialog', { name: `Set “${heading.textContent}” aside?` });
    await user.click(within(confirm).getByRole('button', { name: 'Set draft aside' }));
    expect(await screen.findByText(/No drafts yet/)).toBeTruthy();
    const [draft] = await db.drafts.toArray();
    expect(draft!.removedAt).not.toBeNull();
    expect(await db.draftVersions.count()).toBe(1);
  });
});
