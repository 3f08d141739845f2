/**
 * Team sync end to end: three browsers join one team on a real hub (`electron/hub/cli.ts`, which also
 * serves the browser build), go offline, each log entries and change the same incident field and the same
 * stakeholder, then come back one by one. Every browser must end with every entry, the same field values
 * and the same conflicts.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserLaunch, entryType, firstRun, incidentOpen, profileDir, timeline } from './browser';
import { hubForFile } from './hub-setup';

const e2eHub = hubForFile('Port of Rotterdam');
const cleanups = e2eHub.cleanups;

interface Member {
  name: string;
  context: BrowserContext;
  page: Page;
}

async function memberJoin(name: string): Promise<Member> {
  const profile = profileDir();
  cleanups.push(profile.remove);
  const { context, page } = await browserLaunch(profile.path);
  cleanups.push(() => context.close());
  await page.goto(e2eHub.process.url);
  await firstRun(page, name);
  await page.getByRole('button', { name: 'Join a team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Join a team' });
  expect(await dialog.getByLabel('Hub address').inputValue()).toBe(e2eHub.process.url);
  await dialog.getByLabel('Invite code').fill(e2eHub.process.inviteCode);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect.poll(() => syncText(page)).toMatch(/^Synced/);
  return { name, context, page };
}

const syncText = (page: Page) => page.getByRole('status', { name: 'Sync status' }).textContent();

const STAKEHOLDER = 'Havenbedrijf Rotterdam';

async function incidentShow(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function stakeholderDialog(page: Page) {
  await page.getByRole('link', { name: 'Stakeholders' }).click();
  await page.getByRole('button', { name: `Edit ${STAKEHOLDER}` }).click();
  return page.getByRole('dialog', { name: `Edit ${STAKEHOLDER}` });
}

describe('team sync through a hub', () => {
  it('three browsers offline converge on every entry, the same field value and a visible conflict', async () => {
    const anna = await memberJoin('Anna');
    const ben = await memberJoin('Ben');
    const carla = await memberJoin('Carla');
    const team = [anna, ben, carla];

    await incidentOpen(anna.page, 'Chemical leak at pier 7');
    for (const m of [ben, carla]) {
      const link = m.page.getByRole('button', { name: /Chemical leak at pier 7/ });
      await link.waitFor({ timeout: 10_000 });
      await link.click();
      await m.page.getByRole('heading', { level: 1, name: 'Chemical leak at pier 7' }).waitFor();
    }

    // Anna adds a stakeholder; everyone has it before the network goes.
    await anna.page.getByRole('link', { name: 'Stakeholders' }).click();
    await anna.page.getByRole('button', { name: 'Add stakeholder' }).click();
    const add = anna.page.getByRole('dialog', { name: 'Add a stakeholder' });
    await add.getByRole('textbox', { name: 'Name', exact: true }).fill(STAKEHOLDER);
    await add.getByRole('combobox', { name: /^Group/ }).selectOption({ label: 'Authorities' });
    await add.getByRole('button', { name: 'Save stakeholder' }).click();
    for (const m of [ben, carla]) {
      await m.page.getByRole('link', { name: 'Stakeholders' }).click();
      await expect
        .poll(() => m.page.getByRole('button', { name: `Edit ${STAKEHOLDER}` }).count(), { timeout: 20_000 })
        .toBe(1);
    }

    for (const m of team) await m.context.setOffline(true);
    for (const m of team) await expect.poll(() => syncText(m.page)).toMatch(/not reachable|Syncing/);
    const phases = { Anna: 'Assessing', Ben: 'Responding', Carla: 'Recovering' } as const;
    for (const m of team) {
      const edit = await stakeholderDialog(m.page);
      await edit.getByLabel('Notes').fill(`${m.name}: call the harbour master`);
      await edit.getByRole('button', { name: 'Save stakeholder' }).click();
      await expect.poll(() => edit.isVisible()).toBe(false);
      await incidentShow(m.page, 'Chemical leak at pier 7');
      await entryType(m.page, `${m.name}: first report while offline`);
      await entryType(m.page, `d: ${m.name} decides while offline`);
      await m.page.getByLabel('Phase').selectOption({ label: phases[m.name as keyof typeof phases] });
      await expect.poll(() => syncText(m.page)).toMatch(/changes waiting/);
    }

    // A browser that reloads while offline still opens the app, with its unsynced work.
    await ben.page.reload();
    await ben.page.getByRole('heading', { level: 1, name: 'Chemical leak at pier 7' }).waitFor();
    await expect.poll(() => timeline(ben.page).getByText('Ben decides while offline').count()).toBe(1);

    for (const m of team) {
      await m.context.setOffline(false);
      await expect.poll(() => syncText(m.page), { timeout: 20_000 }).toMatch(/^Synced/);
    }

    const expected = team.flatMap((m) => [
      `${m.name}: first report while offline`,
      `${m.name} decides while offline`,
    ]);
    for (const m of team) {
      for (const text of expected) {
        await expect.poll(() => timeline(m.page).getByText(text).count(), { timeout: 20_000 }).toBe(1);
      }
      await expect
        .poll(() => m.page.getByRole('button', { name: '2 conflicts' }).count(), { timeout: 20_000 })
        .toBe(1);
    }
    const shown = await Promise.all(team.map((m) => m.page.getByLabel('Phase').inputValue()));
    expect(new Set(shown).size).toBe(1);
    const notes: string[] = [];
    for (const m of team) {
      const edit = await stakeholderDialog(m.page);
      notes.push(await edit.getByLabel('Notes').inputValue());
      await edit.getByRole('button', { name: 'Cancel' }).click();
      await incidentShow(m.page, 'Chemical leak at pier 7');
    }
    expect(new Set(notes).size).toBe(1);
    expect(notes[0]).toMatch(/: call the harbour master$/);

    // Carla settles it: one value for everyone, and the conflict is gone on every screen.
    await carla.page.getByRole('button', { name: '2 conflicts' }).click();
    const conflicts = carla.page.getByRole('dialog', { name: 'Conflicting edits' });
    // Each conflict lists the three values, one per member.
    await expect.poll(() => conflicts.getByRole('button', { name: /^Keep this value/ }).count()).toBe(6);
    await expect.poll(() => conflicts.getByText(`Stakeholder ${STAKEHOLDER}: Notes`).count()).toBe(1);
    await conflicts.getByRole('button', { name: 'Keep this value: Responding' }).click();
    await conflicts.getByRole('button', { name: 'Keep this value: Ben: call the harbour master' }).click();
    await expect.poll(() => conflicts.getByText('No conflicts. Every device agrees.').count()).toBe(1);
    await conflicts.getByRole('button', { name: 'Close' }).click();
    for (const m of team) {
      await expect
        .poll(() => m.page.getByLabel('Phase').inputValue(), { timeout: 20_000 })
        .toBe('responding');
      await expect
        .poll(() => m.page.getByRole('button', { name: /conflict/ }).count(), { timeout: 20_000 })
        .toBe(0);
      const edit = await stakeholderDialog(m.page);
      expect(await edit.getByLabel('Notes').inputValue()).toBe('Ben: call the harbour master');
      await edit.getByRole('button', { name: 'Cancel' }).click();
      await incidentShow(m.page, 'Chemical leak at pier 7');
      await expect
        .poll(() => m.page.getByRole('button', { name: /conflict/ }).count(), { timeout: 20_000 })
        .toBe(0);
    }
  });
});
