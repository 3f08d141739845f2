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

export const ipcChannels = {
  'app:info': { request: z.tuple([]), response: appInfoSchema },
} as const;

export type IpcChannel = keyof typeof ipcChannels;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['response']>;
export type IpcResult<C extends IpcChannel> = Result<IpcResponse<C>>;

/** What the preload exposes on `window.crisisRoom`: named functions, nothing else. */
export interface DesktopApi {
  appInfo(): Promise<IpcResult<'app:info'>>;
}

export const DESKTOP_API_KEY = 'crisisRoom';

export type IpcError = DomainError;
