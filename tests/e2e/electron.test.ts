/**
 * Smoke test of the real desktop app: Electron starts the built app (out/, from `electron-vite build`),
 * and a person creates an incident and logs an entry in its window. The Electron binary cannot be
 * downloaded on every machine (CI has no access to it): there the test is skipped, and says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { entryType, firstRun, incidentOpen, timeline } from './browser';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The Electron executable, read the way the electron package finds it, without requiring that package:
 * its index.js starts a download when the binary is missing.
 */
function electronBinary(): string | undefined {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  return existsSync(pathFile) || override ? (existsSync(binary) ? binary : undefined) : undefined;
}

function skipReason(binary: string | undefined): string | undefined {
  if (binary === undefined) {
    return 'the Electron binary is not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download is blocked)';
  }
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return 'no display to open a window on (run it under xvfb-run)';
  }
  return undefined;
}

const binary = electronBinary();
const skipped = skipReason(binary);
if (skipped !== undefined) {
  // Printed as well as reported as skipped, so that nobody reads a green run as "the desktop app works".
  console.warn(`SKIPPED: Electron smoke test: ${skipped}.`);
}

describe('the desktop app', () => {
  let app: ElectronApplication | undefined;
  const home = mkdtempSync(path.join(tmpdir(), 'crisis-room-electron-'));

  afterAll(async () => {
    await app?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('starts, opens an incident and logs an entry', async (context) => {
    if (skipped !== undefined) {
      context.skip(`Electron smoke test skipped: ${skipped}`);
      return;
    }
    const build = spawnSync(path.join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);

    app = await _electron.launch({
      executablePath: binary!,
      args: [root, '--lang=en-US'],
      // A fresh data folder: Linux puts userData under XDG_CONFIG_HOME, the others under HOME.
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, APPDATA: home, LANG: 'en_US.UTF-8' },
    });
    const page = await app.firstWindow();
    expect(page.url()).toBe('app://crisis-room/');

    await firstRun(page, 'Anna de Vries');
    await incidentOpen(page, 'Fire at the Rotterdam warehouse');
    await entryType(page, 'Smoke seen above hall 3');
    await expect
      .poll(() => timeline(page).getByRole('article').filter({ hasText: 'Smoke seen above hall 3' }).count())
      .toBe(1);

    // The window is sandboxed: the page has no Node, only the preload's named functions.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(
      await page.evaluate(() => Object.keys((window as { crisisRoom?: object }).crisisRoom ?? {}).length),
    ).toBeGreaterThan(0);
  }, 120_000);
});
