/** Real Chromium (Debian's) driven by playwright-core, with a profile folder that outlives a restart. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function profileDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'crisis-room-e2e-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

function chromiumCheck(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium).`,
    );
  }
}

/** A headless Chromium without a profile, for rendering pages such as the report's PDF. */
export async function chromiumLaunch(): Promise<Browser> {
  chromiumCheck();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export async function browserLaunch(profile: string): Promise<{ context: BrowserContext; page: Page }> {
  chromiumCheck();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

export async function firstRun(page: Page, name: string, role = 'Scribe'): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your role').selectOption({ label: role });
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'New incident' }).waitFor();
}

export async function incidentOpen(
  page: Page,
  title: string,
  options: { exercise?: boolean } = {},
): Promise<void> {
  await page.getByRole('button', { name: 'New incident' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Crisis type').selectOption({ label: 'Fire' });
  if (options.exercise) await page.getByLabel('This is an exercise').check();
  await page.getByRole('button', { name: 'Open incident' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Types an entry into the quick entry and presses Enter, as the scribe does. */
export async function entryType(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('New timeline entry');
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

export function timeline(page: Page) {
  return page.getByRole('list', { name: 'Timeline entries' });
}
