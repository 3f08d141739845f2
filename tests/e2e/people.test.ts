/**
 * People and channels, end to end in real Chromium: import the stakeholder directory from a CSV and a
 * vCard file, inform a whole group, mark stakeholders informed and acknowledged, work through channel
 * checklists; the board, the progress and the timeline agree, survive a reload, and work offline.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { browserLaunch, firstRun, incidentOpen, profileDir, timeline } from './browser';

const baseURL = inject('baseURL');
const CSV = fileURLToPath(new URL('../fixtures/stakeholders-200.csv', import.meta.url));
const VCARD = fileURLToPath(new URL('../fixtures/contacts.vcf', import.meta.url));

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** "12 of 203 shown" → [12, 203]. */
async function shownCount(page: Page): Promise<[number, number]> {
  const text = await page.getByText(/^[\d,.]+ of [\d,.]+ shown$/).textContent();
  const [shown, total] = (text ?? '').match(/[\d,.]+/g)!.map((n) => Number(n.replace(/[,.]/g, '')));
  return [shown!, total!];
}

function board(page: Page) {
  return page.getByRole('list', { name: 'Stakeholders to inform' });
}

function entry(page: Page, text: string | RegExp) {
  return timeline(page).getByRole('article').filter({ hasText: text });
}

async function progressText(page: Page, channel: string): Promise<string | null> {
  return page.getByRole('progressbar', { name: `Progress of ${channel}` }).getAttribute('aria-valuetext');
}

describe('stakeholders, who was informed, and channel checklists', () => {
  it('imports the directory, informs a group, works the checklists, and keeps it all across reload and offline', async () => {
    const profile = profileDir();
    cleanups.push(profile.remove);
    const { context, page } = await browserLaunch(profile.path);
    cleanups.push(() => context.close());
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(baseURL);
    await firstRun(page, 'Sanne Bakker', 'Crisis lead');

    // The directory: a CSV of 200 stakeholders (Dutch Excel: semicolons, BOM), then a vCard file.
    await page.getByRole('link', { name: 'Stakeholders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stakeholder directory' }).waitFor();
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const csvDialog = page.getByRole('dialog', { name: 'Import stakeholders from CSV' });
    await csvDialog.getByLabel('CSV file').setInputFiles(CSV);
    // Until the file is parsed the button reads "Import 0 stakeholders" (disabled): wait for the count.
    const importCsv = csvDialog.getByRole('button', { name: /^Import [1-9][\d,]* stakeholders$/ });
    await importCsv.waitFor();
    const fromCsv = Number((await importCsv.textContent())!.match(/\d+/)![0]);
    expect(fromCsv).toBeGreaterThan(190);
    await importCsv.click();
    await expect.poll(() => csvDialog.isVisible()).toBe(false);
    await expect.poll(() => shownCount(page)).toEqual([fromCsv, fromCsv]);

    await page.getByRole('button', { name: 'Import vCard…' }).click();
    const vcardDialog = page.getByRole('dialog', { name: 'Import stakeholders from vCard' });
    await vcardDialog.getByLabel('vCard file').setInputFiles(VCARD);
    await vcardDialog.getByLabel('Group for these contacts').selectOption({ label: 'Media' });
    await vcardDialog.getByRole('button', { name: 'Import 3 stakeholders' }).click();
    await expect.poll(() => vcardDialog.isVisible()).toBe(false);
    const total = fromCsv + 3;
    await expect.poll(() => shownCount(page)).toEqual([total, total]);
    expect(await page.getByRole('list', { name: 'Stakeholders' }).getByText('Liesbeth Koster').count()).toBe(
      1,
    );

    // How many media contacts there are, and how many of them must hear it first.
    await page.getByLabel('Filter by group').selectOption({ label: 'Media' });
    const [media] = await shownCount(page);
    await page.getByLabel('Filter by priority').selectOption({ index: 1 });
    const [mediaFirst] = await shownCount(page);
    expect(media).toBeGreaterThan(10);
    expect(mediaFirst).toBeGreaterThan(1);

    // An incident; its checklists come from the channels in use.
    await incidentOpen(page, 'Gas leak in Lombok');
    await page.getByRole('button', { name: 'Add the standard channels' }).click();
    await expect
      .poll(() => progressText(page, 'Website / dark site'))
      .toBe('Website / dark site: 0 of 3 done');

    // Inform the whole media group, assigned to the press desk (this member).
    await page.getByRole('button', { name: 'Inform stakeholders…' }).click();
    const inform = page.getByRole('dialog', { name: 'Inform stakeholders' });
    await inform.getByRole('combobox', { name: /^Group/ }).selectOption({ label: 'Media' });
    await inform.getByRole('button', { name: `Add the whole group (${media})` }).click();
    await expect.poll(() => board(page).getByRole('listitem').count()).toBe(media);
    await expect.poll(() => page.getByText(`0 of ${media} informed`).count()).toBe(1);
    expect(await page.getByText(`${mediaFirst} priority-1 stakeholders not yet informed`).count()).toBe(1);
    // Priority 1, not yet informed, comes first and says so.
    const first = board(page).getByRole('listitem').first();
    expect(await first.textContent()).toContain('Priority 1: not yet informed');
    const urgentName = (await first.locator('strong').first().textContent())!;
    await expect.poll(() => entry(page, `To inform (${media})`).count()).toBe(1);

    // Informed by phone, then acknowledged: the board and the timeline follow.
    await page.getByRole('button', { name: `Mark ${urgentName} informed` }).click();
    const informed = page.getByRole('dialog', { name: `${urgentName} informed` });
    await informed.getByLabel('Channel').fill('Phone');
    await informed.getByLabel('Note').fill('Spoke to the news desk');
    await informed.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText(`1 of ${media} informed`).count()).toBe(1);
    await expect
      .poll(() => entry(page, `${urgentName} informed via Phone: Spoke to the news desk`).count())
      .toBe(1);
    await page.getByRole('button', { name: `Mark ${urgentName} acknowledged` }).click();
    await page
      .getByRole('dialog', { name: `${urgentName} acknowledged` })
      .getByRole('button', { name: 'Save' })
      .click();
    await expect.poll(() => entry(page, `${urgentName} acknowledged receipt`).count()).toBe(1);
    expect(await page.getByText(`${mediaFirst - 1} priority-1 stakeholder`).count()).toBe(1);
    const acknowledgedRow = board(page).getByRole('listitem').filter({ hasText: urgentName });
    expect(await acknowledgedRow.textContent()).toContain('Acknowledged');
    expect(await acknowledgedRow.textContent()).not.toContain('Priority 1: not yet informed');

    // Checklists: one step done, one not applicable with its reason.
    await page.getByRole('button', { name: 'Mark done: Switch the website to the dark site' }).click();
    await page.getByRole('button', { name: 'Not applicable: Stop banners and campaigns' }).click();
    const skip = page.getByRole('dialog', { name: 'Not applicable' });
    await skip.getByRole('button', { name: 'Save' }).click();
    expect(await skip.getByRole('alert').textContent()).toBe('Give a reason why this step does not apply.');
    await skip.getByLabel('Why does this step not apply?').fill('No campaigns running');
    await skip.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => progressText(page, 'Website / dark site'))
      .toBe('Website / dark site: 2 of 3 done');
    await expect
      .poll(() => entry(page, 'Website / dark site: done: Switch the website to the dark site').count())
      .toBe(1);
    await expect
      .poll(() =>
        entry(
          page,
          'Website / dark site: not applicable: Stop banners and campaigns (No campaigns running)',
        ).count(),
      )
      .toBe(1);

    // A reload keeps the board, the progress and the entries.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Gas leak in Lombok' }).waitFor();
    await expect.poll(() => page.getByText(`1 of ${media} informed`).count()).toBe(1);
    await expect
      .poll(() => progressText(page, 'Website / dark site'))
      .toBe('Website / dark site: 2 of 3 done');
    expect(await entry(page, `${urgentName} acknowledged receipt`).count()).toBe(1);

    // Offline, including a reload served by the service worker: the work goes on.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Gas leak in Lombok' }).waitFor();
    const next = board(page).getByRole('listitem').first();
    const nextName = (await next.locator('strong').first().textContent())!;
    expect(nextName).not.toBe(urgentName);
    await page.getByRole('button', { name: `Mark ${nextName} informed` }).click();
    const offlineInformed = page.getByRole('dialog', { name: `${nextName} informed` });
    await offlineInformed.getByLabel('Channel').fill('E-mail');
    await offlineInformed.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText(`2 of ${media} informed`).count()).toBe(1);
    await page.getByRole('button', { name: 'Mark done: Publish the holding statement' }).first().click();
    await expect
      .poll(() => progressText(page, 'Website / dark site'))
      .toBe('Website / dark site: 3 of 3 done');
    await expect.poll(() => entry(page, `${nextName} informed via E-mail`).count()).toBe(1);
    expect(await page.getByRole('status', { name: 'Network status' }).textContent()).toBe('Offline');
  });

  it('refuses a broken CSV and a file that is not a vCard, naming the line, and imports nothing', async () => {
    const profile = profileDir();
    cleanups.push(profile.remove);
    const { context, page } = await browserLaunch(profile.path);
    cleanups.push(() => context.close());
    await page.goto(baseURL);
    await firstRun(page, 'Sanne Bakker');
    await page.getByRole('link', { name: 'Stakeholders' }).click();

    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const csvDialog = page.getByRole('dialog', { name: 'Import stakeholders from CSV' });
    const broken =
      'Name;Group;E-mail\nAnna;Media;anna@example.nl\nBen;"Media;ben@example.nl\nCor;Media;cor@example.nl\n';
    await csvDialog
      .getByLabel('CSV file')
      .setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await expect.poll(() => csvDialog.getByRole('alert').first().textContent()).toMatch(/[Ll]ine 3/);
    // The import button stays unavailable while the file has an error.
    expect(await csvDialog.getByRole('button', { name: /^Import \d+ stakeholders$/ }).isDisabled()).toBe(
      true,
    );
    await csvDialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Import vCard…' }).click();
    const vcardDialog = page.getByRole('dialog', { name: 'Import stakeholders from vCard' });
    await vcardDialog.getByLabel('vCard file').setInputFiles({
      name: 'notes.vcf',
      mimeType: 'text/vcard',
      buffer: Buffer.from('Meeting notes\nnot a card\n'),
    });
    await vcardDialog.getByLabel('Group for these contacts').selectOption({ label: 'Media' });
    await expect.poll(() => vcardDialog.getByRole('alert').first().textContent()).toMatch(/not a vCard file/);
    await vcardDialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('list', { name: 'Stakeholders' }).getByRole('article').count()).toBe(0);
  });
});
