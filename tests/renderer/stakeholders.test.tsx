import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { stakeholdersImport } from '../../renderer/db/stakeholders';
import { sessionLoad } from '../../renderer/db/session';
import type { StakeholderDraft } from '../../shared/domain/stakeholder';
import { csvImport, csvMappingGuess, csvPreview } from '../../shared/io/stakeholders-csv';
import { renderApp } from './render-app';

type User = ReturnType<typeof userEvent.setup>;

async function openDirectory(user: User) {
  await user.type(await screen.findByLabelText('Your name'), 'Sanne');
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(await screen.findByRole('link', { name: 'Stakeholders' }));
  await screen.findByRole('heading', { level: 1, name: 'Stakeholder directory' });
}

function draft(name: string, patch: Partial<StakeholderDraft> = {}): StakeholderDraft {
  return {
    kind: 'person',
    name,
    organisation: '',
    group: 'media',
    priority: 2,
    contacts: [],
    languages: [],
    notes: '',
    ...patch,
  };
}

function listed(): string[] {
  const list = screen.queryByRole('list', { name: 'Stakeholders' });
  return list
    ? within(list)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-label')!)
    : [];
}

describe('the stakeholder directory', () => {
  it('refuses an invalid e-mail address and saves nothing, then adds a valid stakeholder', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openDirectory(user);
    expect(await screen.findByText(/The directory is empty/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add stakeholder' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a stakeholder' });
    await user.type(within(dialog).getByLabelText('Name'), 'Jan de Vries');
    await user.type(within(dialog).getByLabelText('Organisation'), 'NOS');
    await user.selectOptions(within(dialog).getByLabelText('Group'), 'Media');
    await user.selectOptions(within(dialog).getByLabelText('Priority'), '1 · Must hear it first');
    await user.selectOptions(within(dialog).getByLabelText('Contact 1: type'), 'E-mail');
    await user.type(within(dialog).getByLabelText('Contact 1: number or address'), 'jan-at-nos');
    await user.click(within(dialog).getByRole('button', { name: 'Save stakeholder' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('That is not an e-mail address.');
    expect(await db.stakeholders.count()).toBe(0);

    const email = within(dialog).getByLabelText('Contact 1: number or address');
    await user.clear(email);
    await user.type(email, 'jan@nos.example');
    await user.click(within(dialog).getByRole('button', { name: 'Add a contact point' }));
    await user.type(within(dialog).getByLabelText('Contact 2: number or address'), '+31 6 1234 5678');
    await user.type(within(dialog).getByLabelText('Contact 2: label'), 'mobile');
    await user.type(within(dialog).getByLabelText('Languages'), 'nl, en');
    await user.click(within(dialog).getByRole('button', { name: 'Save stakeholder' }));

    await waitFor(() => expect(listed()).toEqual(['Jan de Vries']));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('1 of 1 shown')).toBeTruthy();
    const [stored] = await db.stakeholders.toArray();
    expect(stored).toMatchObject({
      name: 'Jan de Vries',
      organisation: 'NOS',
      group: 'media',
      priority: 1,
      languages: ['nl', 'en'],
      contacts: [
        { kind: 'email', label: '', value: 'jan@nos.example' },
        { kind: 'phone', label: 'mobile', value: '+31 6 1234 5678' },
      ],
    });
  });

  it('lists priority first, then name, and narrows by search, group and priority', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openDirectory(user);
    const session = await sessionLoad(db);
    await stakeholdersImport(session, [
      draft('Zoë Bakker', { priority: 1, group: 'authorities', organisation: 'Gemeente Ede' }),
      draft('Anna Jansen', { priority: 3, notes: 'Prefers e-mail' }),
      draft('Bram Smit', { priority: 1, group: 'Wijkraad Noord' }),
      draft('Carla Visser', { group: 'employees' }),
    ]);
    await waitFor(() => expect(listed()).toEqual(['Bram Smit', 'Zoë Bakker', 'Carla Visser', 'Anna Jansen']));

    const search = screen.getByRole('searchbox', { name: 'Search stakeholders' });
    await user.type(search, 'zoe ede');
    await waitFor(() => expect(listed()).toEqual(['Zoë Bakker']));
    expect(screen.getByText('1 of 4 shown')).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'employees');
    await waitFor(() => expect(listed()).toEqual(['Carla Visser']));
    await user.clear(search);
    await user.type(search, 'nobody like this');
    expect(await screen.findByText(/No stakeholders match/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(listed()).toHaveLength(4));

    await user.selectOptions(screen.getByLabelText('Filter by priority'), '1 · Must hear it first');
    await waitFor(() => expect(listed()).toEqual(['Bram Smit', 'Zoë Bakker']));
    await user.selectOptions(screen.getByLabelText('Filter by group'), 'Wijkraad Noord');
    await waitFor(() => expect(listed()).toEqual(['Bram Smit']));
    expect(screen.getByText('1 of 4 shown')).toBeTruthy();
  });

  it('edits a stakeholder and removes one after a confirmation, leaving a tombstone', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openDirectory(user);
    await stakeholdersImport(await sessionLoad(db), [draft('Anna Jansen'), draft('Bram Smit')]);
    await waitFor(() => expect(listed()).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Edit Anna Jansen' }));
    const edit = screen.getByRole('dialog', { name: 'Edit Anna Jansen' });
    await user.selectOptions(within(edit).getByLabelText('Group'), 'Other group…');
    await user.type(within(edit).getByLabelText('Custom group'), 'Suppliers');
    await user.click(within(edit).getByRole('button', { name: 'Save stakeholder' }));
    await waitFor(async () =>
      expect((await db.stakeholders.filter((s) => s.name === 'Anna Jansen').first())?.group).toBe(
        'Suppliers',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Remove Bram Smit' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove Bram Smit?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove stakeholder' }));
    await waitFor(() => expect(listed()).toEqual(['Anna Jansen']));
    const bram = await db.stakeholders.filter((s) => s.name === 'Bram Smit').first();
    expect(bram?.removedAt).not.toBeNull();
    expect(screen.getByText('1 of 1 shown')).toBeTruthy();
  });
});

function csvFile(text: string, name = 'people.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}

describe('importing stakeholders', () => {
  it('imports a CSV after the mapping step, skipping a duplicate row and naming its line', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openDirectory(user);
    await user.click(screen.getByRole('button', { name: 'Import CSV…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import stakeholders from CSV' });
    const csv = [
      'Kolom A;Organisatie;Groep;Prioriteit;E-mail',
      'Jan de Vries;NOS;Media;1;jan@nos.example',
      'Eva Smit;Gemeente Ede;Overheid;2;eva@ede.example',
      'jan de vries;nos;Media;1;jan@nos.example',
    ].join('\n');
    await user.upload(within(dialog).getByLabelText('CSV file'), csvFile(csv));

    // "Kolom A" is no header the guess knows: nothing fills the name yet.
    const nameColumn = await within(dialog).findByLabelText('Field for column “Kolom A”');
    expect((nameColumn as HTMLSelectElement).value).toBe('');
    expect((within(dialog).getByLabelText('Field for column “E-mail”') as HTMLSelectElement).value).toBe(
      'email',
    );
    expect(within(dialog).getByRole('alert').textContent).toMatch(/No column is set to fill “Name”/);
    expect(within(dialog).getByRole('button', { name: 'Import 0 stakeholders' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(within(dialog).getByRole('table').textContent).toContain('Eva Smit');

    await user.selectOptions(nameColumn, 'Name');
    expect(await within(dialog).findByText('2 stakeholders to import')).toBeTruthy();
    expect(within(dialog).getByText(/repeated in the file/).textContent).toBe(
      '1 skipped, repeated in the file: line 4 (= 2)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 stakeholders' }));

    await waitFor(() => expect(listed()).toEqual(['Jan de Vries', 'Eva Smit']));
    expect(screen.getByText('2 stakeholders imported.')).toBeTruthy();
    const eva = await db.stakeholders.filter((s) => s.name === 'Eva Smit').first();
    expect(eva).toMatchObject({ group: 'authorities', priority: 2, organisation: 'Gemeente Ede' });
  });

  it('refuses a CSV with one wrong row: the message names the line and nothing is imported', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openDirectory(user);
    await user.click(screen.getByRole('button', { name: 'Import CSV…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import stakeholders from CSV' });
    const csv =
      'Name,Group,E-mail\nJan,Media,jan@nos.example\nEva,Media,eva-at-ede\nPiet,Media,piet@x.example\n';
    await user.upload(within(dialog).getByLabelText('CSV file'), csvFile(csv));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(
      /^Line 3, column “E-mail”: That is not an e-mail address\. \(“eva-at-ede”\)/,
    );
    expect(alert.textContent).toMatch(/Nothing has been imported/);
    expect(within(dialog).getByRole('button', { name: 'Import 0 stakeholders' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(await db.stakeholders.count()).toBe(0);
  });

  it('says which line has broken quoting', async () => {
    const user = userEvent.setup();
    renderApp();
    await openDirectory(user);
    await user.click(screen.getByRole('button', { name: 'Import CSV…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import stakeholders from CSV' });
    await user.upload(
      within(dialog).getByLabelText('CSV file'),
      csvFile('Name,Group\nJan,Media\n"Eva,Media\nPiet,Media\n'),
    );
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/^Line 3: a quotation mark/);
    expect(within(dialog).queryByRole('table')).toBeNull();
  });

  it('imports a vCard file into the chosen group, and refuses a file that is not a vCard', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openDirectory(user);
    await user.click(screen.getByRole('button', { name: 'Import vCard…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import stakeholders from vCard' });
    const input = within(dialog).getByLabelText('vCard file');

    await user.upload(input, new File(['Name,Group\nJan,Media\n'], 'people.vcf'));
    await user.selectOptions(within(dialog).getByLabelText('Group for these contacts'), 'Partners');
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/This is not a vCard file/);

    const vcf = readFileSync(join(process.cwd(), 'tests/fixtures/contacts.vcf'));
    await user.upload(input, new File([vcf], 'contacts.vcf', { type: 'text/vcard' }));
    const submit = await within(dialog).findByRole('button', { name: /^Import \d+ stakeholders$/ });
    const count = Number(/\d+/.exec(submit.textContent!)![0]);
    expect(count).toBeGreaterThan(1);
    await user.click(submit);
    await waitFor(() => expect(listed()).toHaveLength(count));
    expect(listed()).toContain('Liesbeth Koster');
    const stored = await db.stakeholders.toArray();
    expect(stored.every((s) => s.group === 'partners')).toBe(true);
  });
});

describe('a large directory and its export', () => {
  it('renders only the rows on screen for a long list, and search still finds anyone', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openDirectory(user);
    const drafts = Array.from({ length: 1200 }, (_, i) => draft(`Person ${String(i).padStart(4, '0')}`));
    await stakeholdersImport(await sessionLoad(db), drafts);
    expect(await screen.findByText('1,200 of 1,200 shown')).toBeTruthy();
    expect(screen.queryAllByRole('article').length).toBeLessThan(100);
    await user.type(screen.getByRole('searchbox', { name: 'Search stakeholders' }), 'person 0917');
    await waitFor(() => expect(listed()).toEqual(['Person 0917']));
  });

  it('exports the directory as stakeholders.csv that the import reads back', async () => {
    const user = userEvent.setup();
    const { db } = renderApp();
    await openDirectory(user);
    await stakeholdersImport(await sessionLoad(db), [
      draft('Jan de Vries', {
        organisation: 'NOS',
        contacts: [{ kind: 'email', label: '', value: 'jan@nos.example' }],
      }),
      draft('Eva Smit', { group: 'Wijkraad', priority: 1 }),
    ]);
    await waitFor(() => expect(listed()).toHaveLength(2));
    let blob: Blob | null = null;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:stakeholders';
    });
    let downloaded = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloaded = this.download;
    });
    try {
      await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
    expect(downloaded).toBe('stakeholders.csv');
    const preview = csvPreview(await blob!.text());
    if (!preview.ok) throw new Error(preview.error.code);
    const back = csvImport(preview.value, csvMappingGuess(preview.value.headers), []);
    expect(back.ok && back.value.drafts.map((d) => [d.name, d.group, d.priority])).toEqual([
      ['Eva Smit', 'Wijkraad', 1],
      ['Jan de Vries', 'media', 2],
    ]);
  });
});
