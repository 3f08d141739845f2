/**
 * The native menu bar, in Dutch or English, with the war room's keyboard shortcuts. Commands that act
 * on the page (new entry, new draft, search, switch incident, export, back up) go to the renderer as a
 * `desktop:command` message; the rest (data folder, about, notifications) main handles itself.
 * `menuTemplate` is pure, so the menus and their shortcuts are tested without Electron.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppLanguage, DesktopCommand } from '../../shared/ipc';
import { desktopText, type DesktopTextKey } from './desktop-text';

export interface MenuActions {
  command(command: DesktopCommand): void;
  openDataFolder(): void;
  about(): void;
  notificationsSet(enabled: boolean): void;
}

export interface MenuState {
  language: AppLanguage;
  platform: NodeJS.Platform;
  /** Reload and DevTools are for development: a reload could drop a half-typed entry. */
  isPackaged: boolean;
  notifications: boolean;
}

/** The shortcut of each command; also documented in README. */
export const commandAccelerators: Record<DesktopCommand, string> = {
  'new-entry': 'CmdOrCtrl+N',
  'new-draft': 'CmdOrCtrl+Shift+N',
  search: 'CmdOrCtrl+F',
  'switch-incident': 'CmdOrCtrl+K',
  export: 'CmdOrCtrl+E',
  'back-up': 'CmdOrCtrl+Shift+B',
};

const commandLabels: Record<DesktopCommand, DesktopTextKey> = {
  'new-entry': 'newEntry',
  'new-draft': 'newDraft',
  search: 'search',
  'switch-incident': 'switchIncident',
  export: 'export',
  'back-up': 'backUp',
};

export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const text = (key: DesktopTextKey): string => desktopText(state.language, key);
  const isMac = state.platform === 'darwin';
  const commandItem = (command: DesktopCommand): MenuItemConstructorOptions => ({
    id: `command:${command}`,
    label: text(commandLabels[command]),
    accelerator: commandAccelerators[command],
    click: () => actions.command(command),
  });
  const notifications: MenuItemConstructorOptions = {
    id: 'notifications',
    label: text('notifications'),
    type: 'checkbox',
    checked: state.notifications,
    click: (item) => actions.notificationsSet(item.checked),
  };
  const about: MenuItemConstructorOptions = { id: 'about', label: text('about'), click: actions.about };
  const openDataFolder: MenuItemConstructorOptions = {
    id: 'open-data-folder',
    label: text('openDataFolder'),
    click: actions.openDataFolder,
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Crisis Room',
          submenu: [
            about,
            { type: 'separator' },
            notifications,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: text('quit') },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: text('file'),
    submenu: [
      commandItem('new-entry'),
      commandItem('new-draft'),
      { type: 'separator' },
      commandItem('switch-incident'),
      { type: 'separator' },
      commandItem('export'),
      commandItem('back-up'),
      openDataFolder,
      ...(isMac
        ? []
        : ([
            { type: 'separator' },
            notifications,
            { type: 'separator' },
            { role: 'quit', label: text('quit') },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: text('edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      commandItem('search'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: text('view'),
    submenu: [
      ...(state.isPackaged
        ? []
        : ([
            { role: 'reload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: text('window'),
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: text('help'),
    submenu: isMac ? [openDataFolder] : [about, openDataFolder],
  };

  return [...appMenu, file, edit, view, windowMenu, help];
}

export function menuInstall(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(state, actions)));
}
