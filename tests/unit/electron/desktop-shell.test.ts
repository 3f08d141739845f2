import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  menus: [] as MenuItemConstructorOptions[][],
  notifications: [] as { options: { title: string; body: string }; click?: () => void; shown: boolean }[],
  setBadgeCount: vi.fn(),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
  openPath: vi.fn(async (_path: string) => ''),
  userData: '',
}));

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    getVersion: () => '1.2.3',
    getPath: () => electron.userData,
    getPreferredSystemLanguages: () => ['en-GB'],
    setBadgeCount: electron.setBadgeCount,
  },
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
    setApplicationMenu: (menu: MenuItemConstructorOptions[]) => electron.menus.push(menu),
  },
  dialog: { showMessageBox: electron.showMessageBox },
  shell: { openPath: electron.openPath },
  nativeImage: { createFromDataURL: () => ({ overlay: true }) },
  Notification: class {
    static isSupported = () => true;
    record: (typeof electron.notifications)[number];
    constructor(options: { title: string; body: string }) {
      this.record = { options, shown: false };
      electron.notifications.push(this.record);
    }
    on(event: string, listener: () => void) {
      if (event === 'click') this.record.click = listener;
    }
    show() {
      this.record.shown = true;
    }
  },
}));

import { desktopShellCreate } from '../../../electron/main/desktop-shell';
import { SettingsStore } from '../../../electron/main/settings';

function menuItem(id: string): MenuItemConstructorOptions {
  const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])]);
  const found = all(electron.menus.at(-1) ?? []).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

describe('desktop shell', () => {
  let settings: SettingsStore;
  const send = vi.fn();
  const setOverlayIcon = vi.fn();
  const windowShow = vi.fn();
  const window = { webContents: { send }, setOverlayIcon };
  const platform = process.platform;

  function start() {
    const shell = desktopShellCreate({ settings, window: () => window as never, windowShow });
    shell.start();
    return shell;
  }

  beforeEach(() => {
    electron.userData = mkdtempSync(path.join(tmpdir(), 'crisis-room-shell-'));
    settings = new SettingsStore(electron.userData);
    electron.menus.length = 0;
    electron.notifications.length = 0;
    vi.clearAllMocks();
  });

  afterEach(() => {
    Object.defineProperty(process, 'platform', { value: platform });
    rmSync(electron.userData, { recursive: true, force: true });
  });

  it('sends a menu command to the page', () => {
    start();
    (menuItem('command:search').click as () => void)();
    expect(send).toHaveBeenCalledWith('desktop:command', 'search');
  });

  it('shows the badge count in the dock or launcher', () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    const shell = start();
    shell.attention.report({ unsyncedChanges: 3, openApprovals: 1 });
    expect(electron.setBadgeCount).toHaveBeenLastCalledWith(4);
    shell.attention.report({ unsyncedChanges: 0, openApprovals: 0 });
    expect(electron.setBadgeCount).toHaveBeenLastCalledWith(0);
  });

  it('marks the Windows taskbar button with an overlay and a description', () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    const shell = start();
    shell.attention.report({ unsyncedChanges: 2 });
    expect(setOverlayIcon).toHaveBeenLastCalledWith(
      { overlay: true },
      '2 unsynced change(s), 0 open approval request(s)',
    );
    shell.attention.report({ unsyncedChanges: 0 });
    expect(setOverlayIcon).toHaveBeenLastCalledWith(null, '');
    expect(electron.setBadgeCount).not.toHaveBeenCalled();
  });

  it('notifies about a new approval request, and a click brings the window up', () => {
    const shell = start();
    shell.attention.report({ openApprovals: 0 });
    shell.attention.report({ openApprovals: 1 });
    expect(electron.notifications).toHaveLength(1);
    expect(electron.notifications[0]).toMatchObject({
      shown: true,
      options: { title: 'Approval requested', body: '1 statement(s) waiting for approval' },
    });
    electron.notifications[0]?.click?.();
    expect(windowShow).toHaveBeenCalled();
  });

  it('stays silent once notifications are switched off in the menu, and remembers that', () => {
    const shell = start();
    (menuItem('notifications').click as (item: { checked: boolean }) => void)({ checked: false });
    shell.attention.report({ conflicts: 0 });
    shell.attention.report({ conflicts: 2 });
    expect(electron.notifications).toHaveLength(0);
    expect(new SettingsStore(electron.userData).get().notifications).toBe(false);
    expect(menuItem('notifications').checked).toBe(false);
  });

  it('switches notifications from the app as from the menu: silent, remembered, and the menu follows', () => {
    const shell = start();
    expect(shell.notifications()).toBe(true);
    expect(shell.notifications(false)).toBe(false);
    expect(menuItem('notifications').checked).toBe(false);
    shell.attention.report({ conflicts: 0 });
    shell.attention.report({ conflicts: 2 });
    expect(electron.notifications).toHaveLength(0);
    expect(new SettingsStore(electron.userData).get().notifications).toBe(false);
    expect(shell.notifications(true)).toBe(true);
    expect(menuItem('notifications').checked).toBe(true);
    shell.attention.report({ conflicts: 3 });
    expect(electron.notifications).toHaveLength(1);
  });

  it('follows the app language in the menus and remembers it', () => {
    const shell = start();
    expect(electron.menus.at(-1)?.[0]?.label).toBe('File');
    expect(shell.languageSet('nl')).toBe('nl');
    expect(electron.menus.at(-1)?.[0]?.label).toBe('Bestand');
    expect(new SettingsStore(electron.userData).get().language).toBe('nl');
  });

  it('shows the version in the about box and opens the data folder', () => {
    start();
    (menuItem('about').click as () => void)();
    const options = electron.showMessageBox.mock.calls[0]?.[1] as { detail: string };
    expect(options.detail).toContain('Version 1.2.3');
    expect(options.detail).toContain(electron.userData);
    (menuItem('open-data-folder').click as () => void)();
    expect(electron.openPath).toHaveBeenCalledWith(electron.userData);
  });
});
