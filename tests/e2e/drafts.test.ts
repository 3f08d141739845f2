/**
 * Drafts end to end, in three real browsers on one hub, each person in their own role: the spokesperson
 * writes a holding statement from a template and edits it twice; legal rejects it with a comment; a new
 * version; lead and legal approve; it is published on two channels. Along the way the refusals a team
 * meets (empty text, too long for X, approving a version that is no longer the latest, publishing
 * unapproved text) are shown in words and change nothing. After a reload the statuses, the timeline and
 * the checklists are right.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserLaunch, firstRun, incidentOpen, profileDir, timeline } from './browser';
import { hubForFile } from './hub-setup';

const e2eHub = hubForFile('Acme');
const cleanups = e2eHub.cleanups;

interface Person {
  context: BrowserContext;
  page: Page;
}

const syncText = (page: Page) => page.getByRole('status', { name: 'Sync status' }).textContent();

async function personJoin(name: string, role: string): Promise<Person> {
  const profile = profileDir();
  cleanups.push(profile.remove);
  const { context, page } = await browserLaunch(profile.path);
  cleanups.push(() => context.close());
  await page.goto(e2eHub.process.url);
  await firstRun(page, name, role);
  await page.getByRole('button', { name: 'Join a team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Join a team' });
  await dialog.getByLabel('Invite code').fill(e2eHub.process.inviteCode);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect.poll(() => syncText(page)).toMatch(/^Synced/);
  return { context, page };
}

const TITLE = 'Fire at the Botlek plant';

async function draftOpen(page: Page, title: RegExp): Promise<void> {
  const link = page.getByRole('link', { name: title });
  await link.waitFor({ timeout: 20_000 });
  await link.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

const status = (page: Page) => page.locator('.draft-header .status-badge').textContent();
const body = (page: Page) => page.getByLabel('Text of the draft');

async function saveVersion(page: Page, text: string): Promise<void> {
  await body(page).fill(text);
  await body(page).press('Control+s');
  await expect.poll(() => page.getByText('Unsaved changes').count()).toBe(0);
}

async function expectVersionCount(page: Page, n: number): Promise<void> {
  await expect
    .poll(
      () =>
        page.getByRole('heading', { name: 'Versions' }).locator('..').locator('.version-list > li').count(),
      { timeout: 20_000 },
    )
    .toBe(n);
}

describe('drafts, versions, approvals and publishing', () => {
  it('template → two edits → rejected → new version → approved by lead and legal → published on two channels', async () => {
    const writer = await personJoin('Wim', 'Spokesperson');
    const legal = await personJoin('Lotte', 'Legal');
    const lead = await personJoin('Carla', 'Crisis lead');

    const w = writer.page;
    await incidentOpen(w, TITLE);
    await w.getByRole('button', { name: 'Add the standard channels' }).click();
    await w.getByRole('listitem').filter({ hasText: 'Publish the holding statement' }).first().waitFor();
    await expect.poll(() => w.getByText('No statement yet', { exact: false }).count()).toBe(1);

    // A holding statement from the template, for the website and X.
    await w.getByRole('button', { name: 'New draft' }).click();
    const form = w.getByRole('dialog', { name: 'New draft' });
    const start = form.getByLabel('Start from');
    const option = start
      .locator('option', { hasText: /holding statement/i })
      .filter({ hasText: 'English' })
      .first();
    await start.selectOption((await option.getAttribute('value'))!);
    // The template is filled in with the incident; what the organisation has not entered yet is listed.
    expect(await form.getByLabel('Text', { exact: true }).inputValue()).toContain(TITLE);
    expect(await form.getByText(/Still to fill in: .*\{organisation\}/).count()).toBe(1);
    await form.getByLabel('Title').fill('First holding statement');
    await form.getByLabel('Website / dark site').check();
    await form.getByLabel('X (corporate account)').check();
    expect(await form.getByLabel('Crisis lead').isChecked()).toBe(true);
    expect(await form.getByLabel('Legal').isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Create draft' }).click();
    await w.getByRole('heading', { level: 1, name: 'First holding statement' }).waitFor();
    expect(await status(w)).toBe('Draft');
    // The draft keeps its link to the template.
    await w.getByText(/^From template: Holding statement – \w/).waitFor();

    // Two edits: versions 2 and 3. An empty text is refused and saves nothing.
    const v1 = await body(w).inputValue();
    await saveVersion(w, `${v1}\nThe fire brigade is on site.`);
    await saveVersion(
      w,
      'A fire broke out at our Botlek plant this morning. The fire brigade is on site. Nobody is hurt as far as we know. Next update at 15:00. Information: 0800 1234.',
    );
    await expectVersionCount(w, 3);
    await body(w).fill('   ');
    await body(w).press('Control+s');
    await expect.poll(() => w.getByRole('alert').filter({ hasText: 'Write the text first' }).count()).toBe(1);
    await expectVersionCount(w, 3);
    await body(w).fill(
      'A fire broke out at our Botlek plant this morning. The fire brigade is on site. Nobody is hurt as far as we know. Next update at 15:00. Information: 0800 1234.',
    );
    await w.getByRole('button', { name: 'Request approval' }).click();
    await expect.poll(() => status(w)).toBe('In review');

    // Legal rejects with a comment.
    const l = legal.page;
    await l.getByRole('button', { name: new RegExp(TITLE) }).click();
    await draftOpen(l, /First holding statement/);
    await expect.poll(() => status(l), { timeout: 20_000 }).toBe('In review');
    await l.getByRole('button', { name: 'Reject as Legal' }).click();
    const reject = l.getByRole('dialog', { name: /Reject version 3 as Legal/ });
    await reject.getByRole('button', { name: 'Reject as Legal' }).click();
    await expect.poll(() => reject.getByRole('alert').textContent()).toContain('Say why you reject it');
    await reject
      .getByLabel('Comment (required for a rejection)')
      .fill('Do not say nobody is hurt before the brigade confirms it.');
    await reject.getByRole('button', { name: 'Reject as Legal' }).click();
    await expect.poll(() => status(l)).toBe('Rejected');
    await expect.poll(() => status(w), { timeout: 20_000 }).toBe('Rejected');

    // Too long for X: the counter warns while typing; saved (nothing lost) but X refuses it.
    const long = `${'A fire broke out at our Botlek plant this morning. '.repeat(7)}Information: 0800 1234.`;
    await body(w).fill(long);
    await expect
      .poll(() =>
        w
          .locator('.fit-meters')
          .getByText(/over the limit/i)
          .count(),
      )
      .toBeGreaterThan(0);
    await body(w).press('Control+s');
    await expectVersionCount(w, 4);
    await w.getByRole('button', { name: 'Publish on X (corporate account)' }).click();
    const tooLong = w.getByRole('dialog', { name: 'Publish on X (corporate account)' });
    await tooLong.getByRole('button', { name: 'Record publication' }).click();
    await expect
      .poll(() => tooLong.getByRole('alert').filter({ hasText: 'longer than this channel allows' }).count())
      .toBe(1);
    await tooLong.getByRole('button', { name: 'Cancel' }).click();

    // Version 5 answers legal; the review is asked again.
    const final =
      'A fire broke out at our Botlek plant this morning. The fire brigade is on site. We will share what we know at 15:00. Information: 0800 1234 and acme.example/news.';
    await saveVersion(w, final.replace('15:00', '14:30'));
    await w.getByRole('button', { name: 'Request approval' }).click();

    // Legal opens the approval of version 5 while the writer corrects the time: version 6. Approving the
    // version in the open dialog is refused, in words; the decision is made on version 6 instead.
    await expect
      .poll(() => l.getByRole('button', { name: 'Approve as Legal' }).count(), { timeout: 20_000 })
      .toBe(1);
    await expectVersionCount(l, 5);
    await l.getByRole('button', { name: 'Approve as Legal' }).click();
    const stale = l.getByRole('dialog', { name: /Approve version 5 as Legal/ });
    await saveVersion(w, final);
    await w.getByRole('button', { name: 'Request approval' }).click();
    await expectVersionCount(l, 6);
    await stale.getByRole('button', { name: 'Approve as Legal' }).click();
    await expect.poll(() => stale.getByRole('alert').textContent()).toContain('no longer the latest version');
    await stale.getByRole('button', { name: 'Cancel' }).click();
    await l.getByRole('button', { name: 'Approve as Legal' }).click();
    await l
      .getByRole('dialog', { name: /Approve version 6 as Legal/ })
      .getByRole('button', { name: 'Approve as Legal' })
      .click();

    // Not yet approved by the lead: publishing is refused for the writer.
    await expect
      .poll(() => w.locator('.role-decisions li[data-state="approved"]').count(), { timeout: 20_000 })
      .toBe(1);
    await w.getByRole('button', { name: 'Publish on Website / dark site' }).click();
    const early = w.getByRole('dialog', { name: 'Publish on Website / dark site' });
    await early.getByRole('button', { name: 'Record publication' }).click();
    await expect
      .poll(() => early.getByRole('alert').textContent())
      .toContain('not approved by every required role');
    await early.getByRole('button', { name: 'Cancel' }).click();

    // The lead approves version 6.
    const c = lead.page;
    await c.getByRole('button', { name: new RegExp(TITLE) }).click();
    await draftOpen(c, /First holding statement/);
    await expectVersionCount(c, 6);
    await c.getByRole('button', { name: 'Approve as Crisis lead' }).click();
    await c
      .getByRole('dialog', { name: /Approve version 6 as Crisis lead/ })
      .getByRole('button', { name: 'Approve as Crisis lead' })
      .click();
    await expect.poll(() => status(w), { timeout: 20_000 }).toBe('Approved');

    // Published on both channels.
    for (const [channel, reference] of [
      ['X (corporate account)', 'https://x.com/acme/status/1'],
      ['Website / dark site', 'https://acme.example/news/fire'],
    ]) {
      await w.getByRole('button', { name: `Publish on ${channel}` }).click();
      const dialog = w.getByRole('dialog', { name: `Publish on ${channel}` });
      await dialog.getByLabel('Link or reference').fill(reference!);
      await dialog.getByRole('button', { name: 'Record publication' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
    }
    await expect.poll(() => status(w)).toBe('Published');

    // After a reload, and on the lead's screen: statuses, timeline, checklists.
    await w.reload();
    for (const page of [w, c]) {
      await expect.poll(() => status(page), { timeout: 20_000 }).toBe('Published');
      await page.getByRole('link', { name: 'Back to the incident' }).click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const log = timeline(page);
      await expect
        .poll(() => log.getByText(/Legal rejected “First holding statement” version 3/).count(), {
          timeout: 20_000,
        })
        .toBe(1);
      await expect
        .poll(() => log.getByText(/Crisis lead approved “First holding statement” version 6/).count())
        .toBe(1);
      await expect
        .poll(() =>
          log.getByText(/Published “First holding statement” version 6 on X \(corporate account\)/).count(),
        )
        .toBe(1);
      await expect
        .poll(() =>
          log.getByText(/Published “First holding statement” version 6 on Website \/ dark site/).count(),
        )
        .toBe(1);
      await expect
        .poll(() => page.getByRole('button', { name: 'Reopen: Publish the holding statement' }).count())
        .toBe(1);
      await expect
        .poll(() => page.getByRole('button', { name: 'Reopen: Pin the holding statement' }).count())
        .toBe(1);
      expect(await page.getByText(/First statement at T\+/).count()).toBe(1);
    }
  });
});
