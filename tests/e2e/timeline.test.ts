/**
 * The foundation, end to end: the real browser build in real Chromium, driven by role and label the way
 * a scribe works. Everything logged survives reloads, browser restarts and going offline.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { browserLaunch, entryType, firstRun, incidentOpen, profileDir, timeline } from './browser';

const baseURL = inject('baseURL');
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function launch(profile: string): Promise<{ context: BrowserContext; page: Page }> {
  const launched = await browserLaunch(profile);
  cleanups.push(() => launched.context.close());
  return launched;
}

function newProfile(): string {
  const profile = profileDir();
  cleanups.push(profile.remove);
  return profile.path;
}

const row = (page: Page, text: string) => timeline(page).getByRole('article').filter({ hasText: text });

describe('logging a crisis timeline', () => {
  it('logs by keyboard, corrects and retracts, and keeps everything across reload, restart and offline', async () => {
    const profile = newProfile();
    let { context, page } = await launch(profile);
    await page.goto(baseURL);
    await firstRun(page, 'Anna de Vries');
    await incidentOpen(page, 'Fire at the Rotterdam warehouse');

    await entryType(page, 'Smoke seen above hall 3');
    await entryType(page, 'd: Evacuate halls 3 and 4 #evacuation');
    await page.getByLabel('New timeline entry').press('Alt+Digit3');
    await entryType(page, 'Fire brigade called');
    await entryType(page, 'c: Holding statement posted on the website');
    await entryType(page, 'v: NOS belt over slachtoffers');

    await expect.poll(() => row(page, 'Smoke seen above hall 3').textContent()).toContain('Observation');
    expect(await row(page, 'Evacuate halls 3 and 4').textContent()).toContain('Decision');
    expect(await row(page, 'Evacuate halls 3 and 4').textContent()).toContain('#evacuation');
    expect(await row(page, 'Fire brigade called').textContent()).toContain('Action');
    expect(await row(page, 'Holding statement posted').textContent()).toContain('Communication');
    expect(await row(page, 'NOS belt over slachtoffers').textContent()).toContain('Inquiry');
    expect(await row(page, 'Smoke seen above hall 3').textContent()).toContain('Anna de Vries (Scribe)');

    await row(page, 'Smoke seen above hall 3').getByRole('button', { name: 'Correct' }).click();
    const correct = page.getByRole('dialog', { name: 'Correct an entry' });
    await correct.getByLabel('Corrected text').fill('Smoke seen above halls 3 and 4');
    await correct.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => correct.isVisible()).toBe(false);

    await row(page, 'Fire brigade called').getByRole('button', { name: 'Retract' }).click();
    const retract = page.getByRole('dialog', { name: 'Retract an entry' });
    await retract.getByLabel('Reason for retracting').fill('Logged in the wrong incident');
    await retract.getByRole('button', { name: 'Retract entry' }).click();

    await row(page, 'Evacuate halls 3 and 4').first().getByRole('button', { name: 'Pin entry' }).click();

    async function expectRecord(p: Page) {
      const status = p.getByRole('status').filter({ hasText: 'entries' });
      await expect.poll(() => status.textContent()).toBe('8 entries');
      const original = row(p, 'Smoke seen above hall 3').filter({ hasNotText: 'Correction of' });
      expect(await original.textContent()).toContain('Corrected');
      expect(await original.textContent()).toContain('Corrected by Anna de Vries');
      const correction = row(p, 'Correction of the entry of');
      expect(await correction.textContent()).toContain('Smoke seen above halls 3 and 4');
      const retracted = row(p, 'Fire brigade called').filter({ hasNotText: 'Retraction of' });
      expect(await retracted.textContent()).toContain('Retracted by Anna de Vries');
      expect(await row(p, 'Retraction of the entry of').textContent()).toContain(
        'Reason: Logged in the wrong incident',
      );
      const pinned = row(p, 'Evacuate halls 3 and 4').getByRole('button', { name: 'Unpin entry' });
      expect(await pinned.getAttribute('aria-pressed')).toBe('true');
      expect(await row(p, 'Incident opened: Fire at the Rotterdam warehouse').count()).toBe(1);
    }
    await expectRecord(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Fire at the Rotterdam warehouse' }).waitFor();
    await expectRecord(page);

    await context.close();
    ({ context, page } = await launch(profile));
    await page.goto(baseURL);
    await page.getByRole('button', { name: /Fire at the Rotterdam warehouse/ }).click();
    await expectRecord(page);

    await context.setOffline(true);
    const network = page.getByRole('status', { name: 'Network status' });
    await expect.poll(() => network.textContent()).toBe('Offline');
    await entryType(page, 'a: Generator started in hall 5');
    await expect.poll(() => row(page, 'Generator started in hall 5').count()).toBe(1);
    await page.getByLabel('Phase').selectOption({ label: 'Responding' });
    await expect.poll(() => row(page, 'Phase changed from Detected to Responding').count()).toBe(1);
    await context.setOffline(false);
    await expect.poll(() => network.textContent()).toBe('Online');
    await page.reload();
    await expect.poll(() => row(page, 'Generator started in hall 5').count()).toBe(1);
    expect(await page.getByLabel('Phase').inputValue()).toBe('responding');
  });

  it('filters by kind, searches all entries and separates days', async () => {
    const { page } = await launch(newProfile());
    await page.goto(baseURL);
    await firstRun(page, 'Joost');
    await incidentOpen(page, 'Cyber attack on payroll', { exercise: true });
    expect(await page.getByRole('note').textContent()).toBe('EXERCISE');

    const yesterday = new Date(Date.now() - 24 * 3_600_000);
    const pad = (n: number) => n.toString().padStart(2, '0');
    const when = `${pad(yesterday.getDate())}-${pad(yesterday.getMonth() + 1)}-${yesterday.getFullYear()} 09:15`;
    await page.getByLabel('New timeline entry').fill('First phishing mail reported by HR');
    await page.getByRole('button', { name: /Set time/ }).click();
    await page.getByLabel('When it happened').fill(when);
    await page.getByLabel('New timeline entry').press('Enter');
    await entryType(page, 'd: Payroll servers isolated');
    await entryType(page, 'c: Café staff informed by e-mail');
    await entryType(page, 'Backups verified clean');

    const days = timeline(page).getByRole('heading', { level: 3 });
    await expect.poll(() => days.count()).toBe(2);
    expect(await row(page, 'First phishing mail').textContent()).toContain('09:15');

    await page.getByRole('group', { name: 'Show kinds' }).getByRole('button', { name: 'Decision' }).click();
    await expect.poll(() => timeline(page).getByRole('article').count()).toBe(1);
    expect(await timeline(page).getByRole('article').textContent()).toContain('Payroll servers isolated');
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.keyboard.press('Escape');
    await page.locator('body').press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Search the timeline',
    );
    await page.keyboard.type('cafe informed');
    await expect.poll(() => timeline(page).getByRole('article').count()).toBe(1);
    expect(await timeline(page).getByRole('article').textContent()).toContain('Café staff informed');
    expect(await page.getByText('1 of 5 shown').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => timeline(page).getByRole('article').count()).toBe(5);
  });
});

describe('bad input', () => {
  it('an empty entry, an over-long one and an invalid date get a clear message; nothing is saved or lost', async () => {
    const { page } = await launch(newProfile());
    await page.goto(baseURL);
    await firstRun(page, 'Fatima');
    await incidentOpen(page, 'Product recall');
    await entryType(page, 'Batch 42 withdrawn from shops');
    const status = page.getByRole('status').filter({ hasText: 'entries' });
    await expect.poll(() => status.textContent()).toBe('2 entries');
    const box = page.getByLabel('New timeline entry');

    await box.press('Enter');
    expect(await page.getByRole('alert').textContent()).toBe(
      'Write something first: an empty entry is not logged.',
    );

    const long = 'A'.repeat(5001);
    await box.fill(long);
    await box.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('too long');
    expect(await box.inputValue()).toBe(long);

    await box.fill('Retailer calls about refunds');
    await page.getByRole('button', { name: /Set time/ }).click();
    await page.getByLabel('When it happened').fill('30-02-2026 25:61');
    await box.press('Enter');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('That date or time is not valid. Use a real date and time.');
    expect(await box.inputValue()).toBe('Retailer calls about refunds');

    await page.reload();
    await expect.poll(() => status.textContent()).toBe('2 entries');
    expect(await row(page, 'Batch 42 withdrawn from shops').count()).toBe(1);
  });
});

describe('language', () => {
  it('switches the screen to Dutch and remembers it', async () => {
    const { page } = await launch(newProfile());
    await page.goto(baseURL);
    await firstRun(page, 'Pieter');
    await incidentOpen(page, 'Storing telefooncentrale');
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('button', { name: 'Nieuw incident' }).waitFor();
    for (const text of ['Tijdlijn', 'Fase', 'Ernst', 'Vastleggen', 'Oefeningen']) {
      expect(await page.getByText(text, { exact: false }).count(), text).toBeGreaterThan(0);
    }
    expect(await page.getByLabel('Nieuwe regel in de tijdlijn').count()).toBe(1);
    const dutchList = page.getByRole('list', { name: 'Regels in de tijdlijn' });
    await expect
      .poll(() => dutchList.getByText('Incident geopend: Storing telefooncentrale').count())
      .toBe(1);
    await page.reload();
    await page.getByRole('button', { name: 'Nieuw incident' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });
});
