/**
 * The desktop shell's own settings, kept by main in `<userData>/settings.json`: the window's last place,
 * the language of menus and notifications, and whether desktop notifications are on. Crisis data never
 * goes here; it lives in the renderer's database. A damaged or foreign file falls back to defaults field
 * by field, so a bad value can never stop the app from starting.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { appLanguageSchema } from '../../shared/ipc';

export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const desktopSettingsSchema = z.object({
  notifications: z.boolean().catch(true),
  language: appLanguageSchema.optional().catch(undefined),
  window: windowStateSchema.optional().catch(undefined),
});
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;

export const SETTINGS_FILE = 'settings.json';

export function settingsParse(text: string | undefined): DesktopSettings {
  let raw: unknown = {};
  try {
    raw = text === undefined ? {} : JSON.parse(text);
  } catch {
    raw = {};
  }
  const parsed = desktopSettingsSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : { notifications: true };
}

export class SettingsStore {
  private settings: DesktopSettings;
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = path.join(dir, SETTINGS_FILE);
    let text: string | undefined;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      text = undefined;
    }
    this.settings = settingsParse(text);
  }

  get(): DesktopSettings {
    return this.settings;
  }

  /** Changes some settings and writes the file at once (small, and rarely written). */
  update(patch: Partial<DesktopSettings>): DesktopSettings {
    this.settings = { ...this.settings, ...patch };
    try {
      mkdirSync(this.dir, { recursive: true });
      // Written beside and renamed over, so a crash mid-write leaves the old file, not half a file.
      const temporary = `${this.file}.tmp`;
      writeFileSync(temporary, JSON.stringify(this.settings, null, 2));
      renameSync(temporary, this.file);
    } catch (error) {
      console.error('Could not save the desktop settings', error);
    }
    return this.settings;
  }
}
