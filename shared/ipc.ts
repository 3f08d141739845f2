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

export const ipcChannels = {
  'app:info': { request: z.tuple([]), response: appInfoSchema },
  /** Starts hosting (or returns the hub already hosted). */
  'hub:host': { request: z.tuple([hubHostRequestSchema]), response: hostedHubSchema },
  /** The hosted hub, or null when this app hosts none. */
  'hub:status': { request: z.tuple([]), response: hostedHubSchema.nullable() },
  'hub:stop': { request: z.tuple([]), response: z.object({ stopped: z.boolean() }) },
} as const;

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
}

export const DESKTOP_API_KEY = 'crisisRoom';

export type IpcError = DomainError;
