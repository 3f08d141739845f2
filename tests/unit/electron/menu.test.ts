import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() } }));

import { desktopCommands } from '../../../shared/ipc';
import {
  commandAccelerators,
  menuTemplate,
  type MenuActions,
  type MenuState,
} from '../../../electron/main/menu';

function actions() {
  return {
    command: vi.fn<MenuActions['command']>(),
    openDataFolder: vi.fn<MenuActions['openDataFolder']>(),
    about: vi.fn<MenuActions['about']>(),
    notificationsSet: vi.fn<MenuActions['notificationsSet']>(),
  } satisfies MenuActions;
}

const linux: MenuState = { language: 'en', platform: 'linux', isPackaged: true, notifications: true };

/** Every item of the menu bar, submenus flattened. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.id === id);
  if (found === undefined) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions, checked = false): void {
  (item.click as (item: { checked: boolean }) => void)({ checked });
}

describe('menuTemplate', () => {
  it('offers every command with its shortcut, each sending that command to the page', () => {
    const act = actions();
    const template = menuTemplate(linux, act);
    for (const command of desktopCommands) {
      const item = byId(template, `command:${command}`);
      expect(item.accelerator).toBe(commandAccelerators[command]);
      click(item);
      expect(act.command).toHaveBeenLastCalledWith(command);
    }
    expect(act.command).toHaveBeenCalledTimes(desktopCommands.length);
  });

  it('gives every command its own shortcut', () => {
    const shortcuts = Object.values(commandAccelerators);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('speaks Dutch or English', () => {
    const en = menuTemplate(linux, actions());
    const nl = menuTemplate({ ...linux, language: 'nl' }, actions());
    expect(en.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(nl.map((menu) => menu.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(byId(nl, 'command:new-entry').label).toBe('Nieuwe tijdlijnregel');
    expect(byId(en, 'command:back-up').label).toBe('Back up now');
  });

  it('opens the data folder and the about box', () => {
    const act = actions();
    const template = menuTemplate(linux, act);
    click(byId(template, 'open-data-folder'));
    click(byId(template, 'about'));
    expect(act.openDataFolder).toHaveBeenCalledTimes(1);
    expect(act.about).toHaveBeenCalledTimes(1);
  });

  it('has a notifications checkbox that shows and changes the setting', () => {
    const act = actions();
    const item = byId(menuTemplate({ ...linux, notifications: false }, act), 'notifications');
    expect(item).toMatchObject({ type: 'checkbox', checked: false });
    click(item, true);
    expect(act.notificationsSet).toHaveBeenCalledWith(true);
  });

  it('leaves reload and DevTools out of a packaged app', () => {
    const roles = (state: MenuState) => items(menuTemplate(state, actions())).map((item) => item.role);
    expect(roles(linux)).not.toContain('toggleDevTools');
    expect(roles(linux)).not.toContain('reload');
    expect(roles({ ...linux, isPackaged: false })).toContain('toggleDevTools');
  });

  it('puts about and the notifications switch in the app menu on macOS', () => {
    const template = menuTemplate({ ...linux, platform: 'darwin' }, actions());
    expect(template[0]?.label).toBe('Crisis Room');
    const appMenu = items(template[0]!.submenu as MenuItemConstructorOptions[]);
    expect(appMenu.map((item) => item.id)).toEqual(expect.arrayContaining(['about', 'notifications']));
    expect(appMenu.map((item) => item.role)).toContain('quit');
  });
});
