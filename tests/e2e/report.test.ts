/**
 * The evaluation and the record's safety, end to end in real browsers on a real hub. The scribe logs an
 * exercise incident with a correction, writes lessons learned and exports the report (HTML, CSV) and the
 * complete incident (JSON archive); on another computer, not in the team, the archive is imported, twice
 * (nothing doubles), and exported again byte for byte. Back on the first device: a backup, an entry
 * after it, and a restore of that backup; the entry returns from the hub, so a restore loses nothing the
 * team has. A truncated backup is refused in words and changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserLaunch, entryType, firstRun, incidentOpen, profileDir, timeline } from './browser';
import { hubForFile } from './hub-setup';

const e2eHub = hubForFile('Acme');
const cleanups = e2eHub.cleanups;
let files: string;

beforeAll(() => {
  files = mkdtempSync(join(tmpdir(), 'crisis-room-files-'));
  cleanups.push(() => rmSync(files, { recursive: true, force: true }));
});

const TITLE = 'Exercise: chlorine leak at the Botlek plant';

async function browser(): Promise<{ context: BrowserContext; page: Page }> {
  const profile = profileDir();
  cleanups.push(profile.remove);
  const opened = await browserLaunch(profile.path);
  cleanups.push(() => opened.context.close());
  await opened.page.goto(e2eHub.process.url);
  return opened;
}

const syncText = (page: Page) => page.getByRole('status', { name: 'Sync status' }).textContent();
const row = (page: Page, text: string) => timeline(page).getByRole('listitem').filter({ hasText: text });

/** Clicks `button` and keeps the file the browser downloads. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(files, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function exportFile(page: Page, button: string) {
  const section = page.getByRole('region', { name: 'Export' });
  const file = await download(page, () => section.getByRole('button', { name: button }).click());
  await expect.poll(() => section.getByRole('status').textContent()).toBe(`${button} downloaded.`);
  return file;
}

/** Picks `path` in the file chooser that clicking `button` opens. */
async function choose(page: Page, button: string, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles(path);
}

/** Back to the exercise from another page: exercises have their own tab in the incident list. */
async function incidentReopen(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^Exercises/ }).click();
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
}

describe('evaluation, export, import and backups', () => {
  it('exports the report and the archive; another computer imports it once; a restore loses nothing the hub has', async () => {
    // The scribe, in the team.
    const { page } = await browser();
    await firstRun(page, 'Anna de Vries');
    await page.getByRole('button', { name: 'Join a team' }).click();
    const joinDialog = page.getByRole('dialog', { name: 'Join a team' });
    await joinDialog.getByLabel('Invite code').fill(e2eHub.process.inviteCode);
    await joinDialog.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => syncText(page)).toMatch(/^Synced/);

    await incidentOpen(page, TITLE, { exercise: true });
    await entryType(page, 'Chlorine smell reported at gate 2');
    await entryType(page, 'd: Evacuate the tank park #evacuation');
    await row(page, 'Chlorine smell reported at gate 2').getByRole('button', { name: 'Correct' }).click();
    const correct = page.getByRole('dialog', { name: 'Correct an entry' });
    await correct.getByLabel('Corrected text').fill('Chlorine smell reported at gates 2 and 3');
    await correct.getByRole('button', { name: 'Save correction' }).click();
    await row(page, 'Evacuate the tank park').getByRole('button', { name: 'Pin entry' }).click();

    // Lessons learned on the evaluation page.
    await page.getByRole('link', { name: 'Report & evaluation' }).click();
    await page.getByRole('heading', { level: 1, name: `Evaluation of ${TITLE}` }).waitFor();
    expect(await page.getByRole('note').filter({ hasText: 'Exercise' }).count()).toBeGreaterThan(0);
    await page.getByLabel('Something that went well').fill('Evacuation decided within 10 minutes');
    await page.getByLabel('Something that went well').press('Enter');
    const followUps = page.getByRole('region', { name: 'Follow-ups' });
    await followUps.getByLabel('Owner').fill('Safety officer');
    await followUps.getByLabel('A follow-up').fill('Move the wind sock to gate 2');
    await followUps.getByLabel('A follow-up').press('Enter');
    await followUps.getByRole('checkbox', { name: 'Done: Move the wind sock to gate 2' }).waitFor();
    const glance = page.getByRole('region', { name: 'At a glance' });
    await expect.poll(() => glance.textContent()).toContain('No statement published');

    // The report and the archive, as files.
    const html = await exportFile(page, 'Report (HTML)');
    expect(html.name).toMatch(/^Exercise- chlorine leak at the Botlek plant – report \d{4}-\d\d-\d\d\.html$/);
    for (const text of [
      'Chlorine smell reported at gate 2',
      'Chlorine smell reported at gates 2 and 3',
      'Evacuate the tank park',
      'Evacuation decided within 10 minutes',
      'Move the wind sock to gate 2',
      'Safety officer',
    ])
      expect(html.text).toContain(text);
    expect(html.text).toMatch(/exercise/i);
    expect(html.text).not.toContain('<script');
    const csv = await exportFile(page, 'Timeline (CSV)');
    expect(csv.text.split('\r\n').filter((line) => line.includes('Chlorine smell'))).toHaveLength(2);
    const archive = await exportFile(page, 'Incident archive (JSON)');
    expect(archive.name).toMatch(/\.crisisroom$/);
    const archivePath = join(files, archive.name);

    // Another computer, not in the team, imports the archive: once, then again (nothing doubles).
    const other = await browser();
    const o = other.page;
    await firstRun(o, 'Evaluator');
    await o.getByRole('link', { name: 'Backups' }).click();
    for (const [expected, then] of [
      [/^Imported: \d+ records added, 0 already here\.$/, 'Close'],
      [/^Imported: 0 records added, \d+ already here\.$/, 'Open the incident'],
    ] as const) {
      await choose(o, 'Import an incident archive…', archivePath);
      const dialog = o.getByRole('dialog', { name: `Import “${TITLE}”?` });
      await dialog.getByText('This is an exercise.').waitFor();
      await dialog.getByRole('button', { name: 'Import' }).click();
      await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(expected);
      await dialog.getByRole(then === 'Close' ? 'button' : 'link', { name: then }).click();
    }
    await o.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect.poll(() => row(o, 'Chlorine smell reported at gates 2 and 3').count()).toBe(1);
    expect(await row(o, 'Evacuate the tank park').count()).toBe(1);
    await o.getByRole('link', { name: 'Report & evaluation' }).click();
    const again = await exportFile(o, 'Incident archive (JSON)');
    expect(again.text).toBe(archive.text);

    // A backup on the first device; an entry after it; the backup restored: the entry returns from the hub.
    await page.getByRole('link', { name: 'Backups' }).click();
    const backup = await download(page, () => page.getByRole('button', { name: 'Back up now' }).click());
    await page.getByRole('status').filter({ hasText: 'Backup downloaded.' }).waitFor();
    await incidentReopen(page);
    await entryType(page, 'Wind turned north-east, after the backup');
    await expect.poll(() => syncText(page)).toMatch(/^Synced/);

    // A truncated backup first: refused in words, nothing changes.
    const truncated = join(files, 'truncated.json');
    writeFileSync(truncated, backup.text.slice(0, Math.floor(backup.text.length / 2)));
    await page.getByRole('link', { name: 'Backups' }).click();
    await choose(page, 'Restore from file…', truncated);
    await page
      .getByRole('alert')
      .filter({ hasText: /not a complete backup/ })
      .waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    await choose(page, 'Restore from file…', join(files, backup.name));
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    // The current state is downloaded first, then the restore runs and the app reloads.
    const safety = await download(page, () => confirm.getByRole('button', { name: 'Restore' }).click());
    expect(safety.text).toContain('Wind turned north-east, after the backup');
    await page
      .getByRole('status')
      .filter({ hasText: /^Backup restored: \d+ records\.$/ })
      .waitFor();
    await incidentReopen(page);
    await expect
      .poll(() => row(page, 'Wind turned north-east, after the backup').count(), { timeout: 20_000 })
      .toBe(1);
    expect(await row(page, 'Evacuate the tank park').count()).toBe(1);
  });
});
