/** The browser build keeps working without a network, including a reload: a service worker serves it. */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { browserLaunch, entryType, firstRun, incidentOpen, profileDir, timeline } from './browser';

const baseURL = inject('baseURL');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('offline in a browser', () => {
  it('reloads while offline and keeps logging', async () => {
    const profile = profileDir();
    cleanups.push(profile.remove);
    const { context, page } = await browserLaunch(profile.path);
    cleanups.push(() => context.close());
    await page.goto(baseURL);
    await firstRun(page, 'Eva');
    await incidentOpen(page, 'Power cut in the data centre');
    await entryType(page, 'UPS running, 40 minutes left');
    // The service worker takes control once it has cached the app.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Power cut in the data centre' }).waitFor();
    await expect.poll(() => timeline(page).getByText('UPS running, 40 minutes left').count()).toBe(1);
    await entryType(page, 'Generator failed to start');
    await expect.poll(() => timeline(page).getByText('Generator failed to start').count()).toBe(1);
    expect(await page.getByRole('status', { name: 'Network status' }).textContent()).toBe('Offline');
  });
});
