/**
 * What differs between the desktop app and a plain browser, behind one small interface. The desktop
 * implementation calls the preload's named functions; the browser one answers from what a page can know.
 */
import type { z } from 'zod';
import { fail, ok, type Result } from '../../shared/domain/errors';
import {
  backupRequestSchema,
  DESKTOP_API_KEY,
  openedFileSchema,
  type AppInfo,
  type AppLanguage,
  type BackupInfo,
  type BackupReadRequest,
  type BackupRequest,
  type BackupWriteRequest,
  type DesktopApi,
  type DesktopAttention,
  type FileOpenRequest,
  type FileSaveRequest,
  type HostedHub,
  type HubHostRequest,
  type OpenedFile,
  type ReportPdfRequest,
} from '../../shared/ipc';
import { fileDownload, filePick } from './browser-files';
import { reportPrint } from './browser-print';

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
  /** Desktop notifications: switched when `enabled` is given; answers whether they are on (desktop only). */
  notificationsSetting(enabled?: boolean): Promise<Result<{ enabled: boolean }>>;
  /** Menu commands from the desktop shell, unvalidated; returns an unsubscribe. */
  onCommand(listener: (command: unknown) => void): () => void;
  /**
   * Saves an export or archive. Desktop: a save dialog, then an atomic write; `saved` is false when the
   * user cancelled. Browser: a download (`saved` is true: a browser does not say whether a prompt was
   * cancelled).
   */
  fileSave(request: FileSaveRequest): Promise<Result<{ saved: boolean }>>;
  /**
   * The report HTML as an A4 PDF. Desktop: rendered by main, then a save dialog. Browser: the browser's
   * print dialog opens and the user picks "Save as PDF" there; `saved` is false, as the page cannot know.
   */
  reportPdf(request: ReportPdfRequest): Promise<Result<{ saved: boolean }>>;
  /** Lets the user pick an archive or backup file; null when cancelled; file.tooLarge over 256 MB. */
  fileOpen(request: FileOpenRequest): Promise<Result<OpenedFile | null>>;
  /** Stores a backup in the backups folder (desktop only), rotated per reason. */
  backupWrite(request: BackupWriteRequest): Promise<Result<BackupInfo>>;
  /** The backups, newest first (none in a browser). */
  backupList(): Promise<Result<BackupInfo[]>>;
  /** A backup's content, by the name backupList gave (desktop only). */
  backupRead(request: BackupReadRequest): Promise<Result<{ content: string }>>;
  /** Shows the backups folder in the file manager (desktop only). */
  backupReveal(): Promise<Result<{ opened: boolean }>>;
  /** Main asks for a backup (on quit): answer with backupWrite and the request's reason. Validated. */
  onBackupRequest(listener: (request: BackupRequest) => void): () => void;
  /** An archive opened with the app (double-click, "Open with"); validated, not yet imported. */
  onArchiveOpen(listener: (file: OpenedFile) => void): () => void;
}

declare global {
  interface Window {
    [DESKTOP_API_KEY]?: DesktopApi;
  }
}

declare const __APP_VERSION__: string;

/** The version of this build, recorded in backups and archives. */
export const APP_VERSION: string = __APP_VERSION__;

/** Passes on only the payloads that match the event's schema; main is trusted, but checked all the same. */
function validated<T>(schema: z.ZodType<T>, listener: (value: T) => void): (value: unknown) => void {
  return (value) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) listener(parsed.data);
  };
}

export function desktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    appInfo: () => api.appInfo(),
    hubHost: (request) => api.hubHost(request),
    hubStatus: () => api.hubStatus(),
    hubStop: () => api.hubStop(),
    attentionReport: (report) => api.desktopAttention(report),
    languageSet: (language) => api.desktopLanguage(language),
    notificationsSetting: (enabled) => api.desktopNotifications(enabled === undefined ? {} : { enabled }),
    onCommand: (listener) => api.onDesktopCommand(listener),
    fileSave: (request) => api.fileSave(request),
    reportPdf: (request) => api.reportPdf(request),
    fileOpen: (request) => api.fileOpen(request),
    backupWrite: (request) => api.backupWrite(request),
    backupList: () => api.backupList(),
    backupRead: (request) => api.backupRead(request),
    backupReveal: () => api.backupReveal(),
    onBackupRequest: (listener) => api.onBackupRequest(validated(backupRequestSchema, listener)),
    onArchiveOpen: (listener) => api.onArchiveOpen(validated(openedFileSchema, listener)),
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
  notificationsSetting: async () => fail('platform.unsupported'),
  onCommand: () => () => undefined,
  fileSave: async (request) => {
    fileDownload(request);
    return ok({ saved: true });
  },
  reportPdf: async ({ suggestedName, html }) => {
    try {
      reportPrint(html, suggestedName);
    } catch {
      return fail('report.pdfFailed');
    }
    return ok({ saved: false });
  },
  fileOpen: ({ kind }) => filePick(kind),
  // Backups are the desktop app's: a browser tab's data lives in the browser (and in the team's hub).
  backupWrite: async () => fail('platform.unsupported'),
  backupList: async () => ok([]),
  backupRead: async () => fail('platform.unsupported'),
  backupReveal: async () => fail('platform.unsupported'),
  onBackupRequest: () => () => undefined,
  onArchiveOpen: () => () => undefined,
};

export function platformDetect(target: Window = window): Platform {
  const api = target[DESKTOP_API_KEY];
  return api ? desktopPlatform(api) : browserPlatform;
}
