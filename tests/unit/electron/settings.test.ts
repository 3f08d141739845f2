import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_FILE, SettingsStore, settingsParse } from '../../../electron/main/settings';

describe('settingsParse', () => {
  it('starts with notifications on and nothing remembered', () => {
    expect(settingsParse(undefined)).toEqual({ notifications: true });
  });

  it('keeps the good fields of a damaged file and drops the bad ones', () => {
    const text = JSON.stringify({ notifications: false, language: 'fr', window: { x: 'left' } });
    expect(settingsParse(text)).toEqual({ notifications: false });
  });

  it('falls back to the defaults for a file that is not JSON or not an object', () => {
    expect(settingsParse('{"notifications": fa')).toEqual({ notifications: true });
    expect(settingsParse('[1,2]')).toEqual({ notifications: true });
    expect(settingsParse('null')).toEqual({ notifications: true });
  });
});

describe('SettingsStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'crisis-room-settings-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('writes each change to <userData>/settings.json, and a new store reads it back', () => {
    const store = new SettingsStore(dir);
    store.update({ notifications: false, language: 'nl' });
    store.update({ window: { x: 1, y: 2, width: 1200, height: 800, maximized: true } });
    expect(JSON.parse(readFileSync(path.join(dir, SETTINGS_FILE), 'utf8'))).toMatchObject({
      notifications: false,
      language: 'nl',
    });
    expect(new SettingsStore(dir).get()).toEqual({
      notifications: false,
      language: 'nl',
      window: { x: 1, y: 2, width: 1200, height: 800, maximized: true },
    });
  });

  it('starts from a corrupt file with defaults instead of failing', () => {
    writeFileSync(path.join(dir, SETTINGS_FILE), '\u0000\u0000garbage');
    expect(new SettingsStore(dir).get()).toEqual({ notifications: true });
  });

  it('keeps working in memory when the folder cannot be written', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const store = new SettingsStore(file);
    expect(store.update({ notifications: false }).notifications).toBe(false);
    expect(error).toHaveBeenCalled();
  });
});
