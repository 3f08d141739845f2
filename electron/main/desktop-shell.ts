/**
 * The desktop around the war room: the menu bar, the dock/taskbar badge, desktop notifications, the
 * about box, "open data folder" and the notice that an archive could not be opened, all in the language
 * the user chose in the app. The rules live in
 * menu.ts, attention.ts and desktop-text.ts; this module connects them to Electron.
 */
import {
  app,
  dialog,
  nativeImage,
  Notification,
  shell,
  type BrowserWindow,
  type MessageBoxOptions,
} from 'electron';
import type { AppLanguage, DesktopCommand } from '../../shared/ipc';
import type { ArchiveRefusal } from './archive-open';
import { Attention, type AttentionNotice } from './attention';
import { desktopLanguagePick, desktopText } from './desktop-text';
import { ipcSend } from './ipc-events';
import { menuInstall } from './menu';
import type { SettingsStore } from './settings';

/** A 16 px dot for the Windows taskbar, which shows an overlay icon where macOS and Linux show a count. */
const BADGE_DOT_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAABmJLR0QA/wD/AP+gvaeTAAAB00lEQVQ4jY2TP0+TURTGf+e+bV9wgDAYEgRpw+CmLA5GJgdA+QQ2fgK14KyzwVEIfob6AUykJI4wOBEWMEFaQBMSByNJ6Z/3vfdxAJqKKH3Gc/N7zjn33se4IEk5YBaYBsbPyjVgDVg1s+Qi0w3PyfuaJIVGPW1Xt327uu1Do55Kkrzfk/Swm7EueB7pbXK4q+PykmtubYD3p4dRRN+d+ww8XgjZ0QnDbN7MVjoGkh4hfWh8/mQ/V16ipHXphJaNGSot0n/3gTCbM7OPJilHCF+Sb7s3f7x64v4Fd0xyMddfl0P2RmEf5245YBbn8sfl5SthALVbHL9fcjhXAGYcMK1G3Te3Nq6Ez9XaXEethgemHTCeHB1Y58J6kHxKenQIkHeAzDn1TJ/r9P3kgIPM8BgWZXpnowyZ4TGAfQdUrO9aFN++17NBPDmFxf0RUHHAKiFUB4ovgmXjq7vnYgaLC54Q9oA1Z2YJzj3Ljk7YUGmR/5lYLmao9IbMSMHh3FMzS7q/8nOk5fT7XvhVXopam+vIp52d48kpBosLPjNScJiVzOzdXx0kzcr7r5IUmidpu7rj29UdH5on52HalTTzx1SXmGSBGU7jnD8r14AKsHYxzr8BXUrfVdgrP1AAAAAASUVORK5CYII=';

export interface DesktopShellDeps {
  settings: SettingsStore;
  /** The main window, if one is open. */
  window(): BrowserWindow | undefined;
  /** Brings the main window to the front, opening it if needed. */
  windowShow(): void;
}

export interface DesktopShell {
  attention: Attention;
  /** The language of menus, notifications and main's dialogs. */
  language(): AppLanguage;
  languageSet(language: AppLanguage): AppLanguage;
  /** Switches desktop notifications on or off when `enabled` is given; answers whether they are on. */
  notifications(enabled?: boolean): boolean;
  /** Tells the user that an archive opened with the app could not be read. */
  archiveRefused(name: string, reason: ArchiveRefusal): void;
  /** Builds the menu bar; call once the app is ready. */
  start(): void;
}

export function desktopShellCreate({ settings, window, windowShow }: DesktopShellDeps): DesktopShell {
  let language = desktopLanguagePick(settings.get().language, app.getPreferredSystemLanguages());

  const command = (name: DesktopCommand): void => {
    const target = window();
    if (target === undefined) return;
    ipcSend(target.webContents, 'desktop:command', name);
  };

  /** A message box, modal to the main window when one is open. */
  const messageBox = (options: Omit<MessageBoxOptions, 'buttons'>): void => {
    const withButton = { ...options, buttons: [desktopText(language, 'ok')] };
    const parent = window();
    void (parent ? dialog.showMessageBox(parent, withButton) : dialog.showMessageBox(withButton));
  };

  const about = (): void => {
    const detail = desktopText(language, 'aboutDetail', {
      version: app.getVersion(),
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
      dataFolder: app.getPath('userData'),
    });
    messageBox({ type: 'info', title: desktopText(language, 'about'), message: 'Crisis Room', detail });
  };

  /** The menu's checkbox and the app's settings page both switch this; the menu shows the state. */
  const notifications = (enabled?: boolean): boolean => {
    if (enabled !== undefined && enabled !== settings.get().notifications) {
      settings.update({ notifications: enabled });
      menu();
    }
    return settings.get().notifications;
  };

  const menu = (): void =>
    menuInstall(
      {
        language,
        platform: process.platform,
        isPackaged: app.isPackaged,
        notifications: settings.get().notifications,
      },
      {
        command,
        about,
        openDataFolder: () => void shell.openPath(app.getPath('userData')),
        notificationsSet: (enabled) => void notifications(enabled),
      },
    );

  const notify = (notice: AttentionNotice): void => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: notice.title, body: notice.body });
    notification.on('click', windowShow);
    notification.show();
  };

  const attention = new Attention({
    badgeSet: (count, description) => {
      if (process.platform === 'win32') {
        const overlay = count > 0 ? nativeImage.createFromDataURL(BADGE_DOT_PNG) : null;
        window()?.setOverlayIcon(overlay, count > 0 ? description : '');
      } else {
        // The macOS dock and Linux launchers that support it (Unity, KDE, GNOME with Dash to Dock).
        app.setBadgeCount(count);
      }
    },
    notify,
    notificationsEnabled: () => settings.get().notifications,
    language: () => language,
  });

  return {
    attention,
    language: () => language,
    archiveRefused(name, reason) {
      messageBox({
        type: 'error',
        title: desktopText(language, 'archiveOpenFailed'),
        message: desktopText(language, 'archiveOpenFailed'),
        detail: desktopText(language, reason === 'file.tooLarge' ? 'archiveTooLarge' : 'archiveUnreadable', {
          name,
        }),
      });
    },
    languageSet(next) {
      if (next !== language) {
        language = next;
        settings.update({ language });
        menu();
        attention.refresh();
      }
      return language;
    },
    notifications,
    start: menu,
  };
}
