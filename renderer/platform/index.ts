/**
 * What differs between the desktop app and a plain browser, behind one small interface. The desktop
 * implementation calls the preload's named functions; the browser one answers from what a page can know.
 */
import { fail, ok, type Result } from '../../shared/domain/errors';
import {
  DESKTOP_API_KEY,
  type AppInfo,
  type AppLanguage,
  type DesktopApi,
  type DesktopAttention,
  type HostedHub,
  type HubHostRequest,
} from '../../shared/ipc';

export interface Platform {
  kind: 'desktop' | 'browser';
  appInfo(): Promise<Result<AppInfo>>;
  /** Hosts the team's hub on this computer's local network (desktop only). */
  hubHost(request: HubHostRequest): Promise<Result<HostedHub>>;
  hubStatus(): Promise<Result<HostedHub | null>>;
  hubStop(): Promise<Result<{ stopped: boolean }>>;
  /** Counts for the dock/taskbar badge and desktop notifications (desktop only; see desktop-bridge.ts). */
  attentionReport(report: DesktopAttention): Promise<Result<{ badge: number }>>;
  /** The app's language, for the native menus and notifications. */
  languageSet(language: AppLanguage): Promise<Result<{ language: AppLanguage }>>;
  /** Menu commands from the desktop shell, unvalidated; returns an unsubscribe. */
  onCommand(listener: (command: unknown) => void): () => void;
}

declare global {
  interface Window {
    [DESKTOP_API_KEY]?: DesktopApi;
  }
}

declare const __APP_VERSION__: string;

export function desktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    appInfo: () => api.appInfo(),
    hubHost: (request) => api.hubHost(request),
    hubStatus: () => api.hubStatus(),
    hubStop: () => api.hubStop(),
    attentionReport: (report) => api.desktopAttention(report),
    languageSet: (language) => api.desktopLanguage(language),
    onCommand: (listener) => api.onDesktopCommand(listener),
  };
}

export const browserPlatform: Platform = {
  kind: 'browser',
  appInfo: async () => ok({ version: __APP_VERSION__, dataFolder: '', platform: 'browser' }),
  hubHost: async () => fail('platform.unsupported'),
  hubStatus: async () => ok(null),
  hubStop: async () => ok({ stopped: false }),
  // A browser tab has no badge, menu bar or notification switch of ours: nothing to tell.
  attentionReport: async () => ok({ badge: 0 }),
  languageSet: async (language) => ok({ language }),
  onCommand: () => () => undefined,
};

export function platformDetect(target: Window = window): Platform {
  const api = target[DESKTOP_API_KEY];
  return api ? desktopPlatform(api) : browserPlatform;
}
