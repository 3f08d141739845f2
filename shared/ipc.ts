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
} as const;

/**
 * Messages main sends to the renderer, one way. The renderer validates each payload with this schema
 * before acting on it, as main does for every call it receives.
 */
export const ipcEvents = {
  'desktop:command': desktopCommandSchema,
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
  /** Calls `listener` with each menu command (unvalidated: check it with desktopCommandSchema); returns an unsubscribe. */
  onDesktopCommand(listener: (command: unknown) => void): () => void;
}

export const DESKTOP_API_KEY = 'crisisRoom';

export type IpcError = DomainError;
