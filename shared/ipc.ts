/**
 * The IPC contract between the renderer and the main process, written once. Channel names are
 * `domain:verb`; every request and response has a zod schema, and both sides validate what crosses.
 * Handlers return results, never throw across the boundary.
 */
import { z } from 'zod';
import type { DomainError, Result } from './domain/errors';

export const appInfoSchema = z.object({
  version: z.string(),
  dataFolder: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** A hub this desktop app hosts for the team on the local network. */
export const hostedHubSchema = z.object({
  /** Where this device's own renderer reaches it (loopback). */
  url: z.string(),
  /** Where teammates on the local network reach it, one per network interface. */
  lanUrls: z.array(z.string()),
  inviteCode: z.string(),
  teamName: z.string(),
  hubId: z.string(),
});
export type HostedHub = z.infer<typeof hostedHubSchema>;

export const hubHostRequestSchema = z.strictObject({
  teamName: z.string().trim().min(1).max(100),
  /** 0 or absent: the default port, or any free one when that is taken. */
  port: z.number().int().min(0).max(65535).optional(),
});
export type HubHostRequest = z.infer<typeof hubHostRequestSchema>;

/** Commands the desktop menu (and its keyboard shortcuts) sends to the renderer. */
export const desktopCommands = [
  'new-entry',
  'new-draft',
  'search',
  'switch-incident',
  'export',
  'back-up',
] as const;
export const desktopCommandSchema = z.enum(desktopCommands);
export type DesktopCommand = z.infer<typeof desktopCommandSchema>;

const count = z.number().int().min(0).max(1_000_000_000);

/**
 * What needs the team's attention, as the renderer counts it: the dock or taskbar badge shows unsynced
 * changes plus open approval requests, and a rise in approvals or conflicts raises a desktop notification.
 * Each field is optional: whoever counts one thing reports only that, and main keeps the rest.
 */
export const desktopAttentionSchema = z.strictObject({
  unsyncedChanges: count.optional(),
  openApprovals: count.optional(),
  conflicts: count.optional(),
});
export type DesktopAttention = z.infer<typeof desktopAttentionSchema>;

/** The app's languages; main follows the renderer's choice for menus and notifications. */
export const appLanguageSchema = z.enum(['en', 'nl']);
export type AppLanguage = z.infer<typeof appLanguageSchema>;

/**
 * The largest file the app reads or writes (256 MB), and the most characters a string crossing IPC may
 * hold. Why not more: Electron serialises an IPC string as UTF-16 when it holds a single character
 * outside Latin-1 (an emoji will do), and a message over V8's limit of about 536.8 MB crashes the
 * serialiser (electron/electron#53961); 256 million characters stay under it either way. A crisis
 * team's data is tens of megabytes; this bounds the damage a wrong file can do.
 */
export const FILE_MAX_BYTES = 256_000_000;
const fileContent = z.string().max(FILE_MAX_BYTES);
/** A file name the renderer suggests (main and the browser make it safe: see shared/file-name.ts). */
const suggestedName = z.string().trim().min(1).max(200);

/** What the renderer saves: a report (HTML, Markdown), a CSV, an incident archive or a backup. */
export const fileKindSchema = z.enum(['html', 'markdown', 'csv', 'archive', 'backup']);
export type FileKind = z.infer<typeof fileKindSchema>;
/** What the renderer may ask the user to open. */
export const openKindSchema = z.enum(['archive', 'backup']);
export type OpenKind = z.infer<typeof openKindSchema>;

/** The extension each file gets; the archive's is associated with the app (electron-builder.yml). */
export const fileExtensions = {
  html: 'html',
  markdown: 'md',
  csv: 'csv',
  archive: 'crisisroom',
  backup: 'json',
  pdf: 'pdf',
} as const satisfies Record<FileKind | 'pdf', string>;

export const fileSaveRequestSchema = z.strictObject({
  suggestedName,
  kind: fileKindSchema,
  content: fileContent,
});
export type FileSaveRequest = z.infer<typeof fileSaveRequestSchema>;

export const reportPdfRequestSchema = z.strictObject({ suggestedName, html: fileContent });
export type ReportPdfRequest = z.infer<typeof reportPdfRequestSchema>;

/** false when the user cancelled the dialog (nothing was written). */
export const fileSavedSchema = z.object({ saved: z.boolean() });

export const fileOpenRequestSchema = z.strictObject({ kind: openKindSchema });
export type FileOpenRequest = z.infer<typeof fileOpenRequestSchema>;

/** A file the user opened: its name (never its path) and its text. */
export const openedFileSchema = z.object({ name: z.string().max(1000), content: fileContent });
export type OpenedFile = z.infer<typeof openedFileSchema>;

/** Why a backup was made; rotation keeps a separate number of each (electron/main/backup-store.ts). */
export const backupReasonSchema = z.enum(['auto', 'manual', 'quit', 'beforeRestore']);
export type BackupReason = z.infer<typeof backupReasonSchema>;

export const backupWriteRequestSchema = z.strictObject({ content: fileContent, reason: backupReasonSchema });
export type BackupWriteRequest = z.infer<typeof backupWriteRequestSchema>;

/**
 * A backup in the backups folder, named by its file name only: the renderer never sees or sends a path,
 * and main checks every name it gets against its own pattern.
 */
export const backupInfoSchema = z.object({
  name: z.string().max(100),
  createdAt: z.iso.datetime(),
  size: z.number().int().min(0),
  reason: backupReasonSchema,
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupReadRequestSchema = z.strictObject({ name: z.string().min(1).max(100) });
export type BackupReadRequest = z.infer<typeof backupReadRequestSchema>;

/** Main asks the renderer to write a backup with this reason (on quit: 'quit'). */
export const backupRequestSchema = z.strictObject({ reason: backupReasonSchema });
export type BackupRequest = z.infer<typeof backupRequestSchema>;

export const ipcChannels = {
  'app:info': { request: z.tuple([]), response: appInfoSchema },
  /** Starts hosting (or returns the hub already hosted). */
  'hub:host': { request: z.tuple([hubHostRequestSchema]), response: hostedHubSchema },
  /** The hosted hub, or null when this app hosts none. */
  'hub:status': { request: z.tuple([]), response: hostedHubSchema.nullable() },
  'hub:stop': { request: z.tuple([]), response: z.object({ stopped: z.boolean() }) },
  /** Reports counts for the badge and notifications; answers with the number now on the badge. */
  'desktop:attention': {
    request: z.tuple([desktopAttentionSchema]),
    response: z.object({ badge: count }),
  },
  /** The language the user chose in the app; menus and notifications follow it. */
  'desktop:language': {
    request: z.tuple([appLanguageSchema]),
    response: z.object({ language: appLanguageSchema }),
  },
  /**
   * Desktop notifications on or off (the same switch as in the menu, kept in settings.json). Without
   * `enabled` it only answers the current state.
   */
  'desktop:notifications': {
    request: z.tuple([z.strictObject({ enabled: z.boolean().optional() })]),
    response: z.object({ enabled: z.boolean() }),
  },
  /** Save dialog, then an atomic write of `content`. */
  'file:save': { request: z.tuple([fileSaveRequestSchema]), response: fileSavedSchema },
  /** Renders the report HTML to an A4 PDF in a locked-down hidden window, then the save dialog. */
  'report:pdf': { request: z.tuple([reportPdfRequestSchema]), response: fileSavedSchema },
  /** Open dialog; null when cancelled. Files over FILE_MAX_BYTES are refused (file.tooLarge). */
  'file:open': { request: z.tuple([fileOpenRequestSchema]), response: openedFileSchema.nullable() },
  'backup:write': { request: z.tuple([backupWriteRequestSchema]), response: backupInfoSchema },
  /** Newest first. */
  'backup:list': { request: z.tuple([]), response: z.array(backupInfoSchema) },
  'backup:read': {
    request: z.tuple([backupReadRequestSchema]),
    response: z.object({ content: fileContent }),
  },
  /** Shows the backups folder in the file manager. */
  'backup:reveal': { request: z.tuple([]), response: z.object({ opened: z.boolean() }) },
} as const;

/**
 * Messages main sends to the renderer, one way. The renderer validates each payload with this schema
 * before acting on it, as main does for every call it receives.
 */
export const ipcEvents = {
  'desktop:command': desktopCommandSchema,
  /** Main wants a backup now (on quit); the renderer answers with backup:write and that reason. */
  'backup:request': backupRequestSchema,
  /** A .crisisroom file was opened with the app (double-click, "Open with", dropped on the dock). */
  'archive:open': openedFileSchema,
} as const;
export type IpcEvent = keyof typeof ipcEvents;

export type IpcChannel = keyof typeof ipcChannels;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['response']>;
export type IpcResult<C extends IpcChannel> = Result<IpcResponse<C>>;

/** What the preload exposes on `window.crisisRoom`: named functions, nothing else. */
export interface DesktopApi {
  appInfo(): Promise<IpcResult<'app:info'>>;
  hubHost(request: HubHostRequest): Promise<IpcResult<'hub:host'>>;
  hubStatus(): Promise<IpcResult<'hub:status'>>;
  hubStop(): Promise<IpcResult<'hub:stop'>>;
  desktopAttention(report: DesktopAttention): Promise<IpcResult<'desktop:attention'>>;
  desktopLanguage(language: AppLanguage): Promise<IpcResult<'desktop:language'>>;
  desktopNotifications(request: { enabled?: boolean }): Promise<IpcResult<'desktop:notifications'>>;
  /** Calls `listener` with each menu command (unvalidated: check it with desktopCommandSchema); returns an unsubscribe. */
  onDesktopCommand(listener: (command: unknown) => void): () => void;
  fileSave(request: FileSaveRequest): Promise<IpcResult<'file:save'>>;
  reportPdf(request: ReportPdfRequest): Promise<IpcResult<'report:pdf'>>;
  fileOpen(request: FileOpenRequest): Promise<IpcResult<'file:open'>>;
  backupWrite(request: BackupWriteRequest): Promise<IpcResult<'backup:write'>>;
  backupList(): Promise<IpcResult<'backup:list'>>;
  backupRead(request: BackupReadRequest): Promise<IpcResult<'backup:read'>>;
  backupReveal(): Promise<IpcResult<'backup:reveal'>>;
  /** Main's requests for a backup (unvalidated: check with backupRequestSchema); returns an unsubscribe. */
  onBackupRequest(listener: (request: unknown) => void): () => void;
  /**
   * Archives opened with the app (unvalidated: check with openedFileSchema); returns an unsubscribe.
   * Those that arrive before anyone listens wait in the preload for the first listener.
   */
  onArchiveOpen(listener: (file: unknown) => void): () => void;
}

export const DESKTOP_API_KEY = 'crisisRoom';

export type IpcError = DomainError;
