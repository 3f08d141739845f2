/**
 * The one way main registers IPC handlers. Each call is checked before the handler runs (the sender is
 * our window's top frame on our origin; the arguments match the channel's schema) and after (the value
 * matches the response schema, which also strips anything extra), and always answers with a Result:
 * nothing is thrown across the boundary, and no internal error text reaches the renderer. A handler
 * refuses with a reason the user should see by throwing a DomainFailure; only its code crosses.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { DomainFailure, fail, ok } from '../../shared/domain/errors';
import {
  ipcChannels,
  type IpcChannel,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
} from '../../shared/ipc';
import { isAppUrl } from './origins';

export type IpcHandler<C extends IpcChannel> = (
  ...args: IpcRequest<C>
) => IpcResponse<C> | Promise<IpcResponse<C>>;

/**
 * Only the top-level frame of one of our windows, showing our own origin, may call main. That rules out
 * iframes, a page that somehow navigated elsewhere, and any webContents that is not a window.
 */
export function senderAllowed(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  // A detached frame is a document being unloaded; its URL may already be the next page's.
  if (frame === null || frame.detached || frame.parent !== null) return false;
  // Compared by id, not object identity: the id pair is what names a frame across the process boundary.
  const mainFrame = event.sender.mainFrame;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  if (BrowserWindow.fromWebContents(event.sender) === null) return false;
  return isAppUrl(frame.url);
}

export async function handleIpcCall<C extends IpcChannel>(
  channel: C,
  handler: IpcHandler<C>,
  event: IpcMainInvokeEvent,
  args: unknown[],
): Promise<IpcResult<C>> {
  if (!senderAllowed(event)) return fail('ipc.forbiddenSender', channel);
  const { request, response } = ipcChannels[channel];
  const parsedArgs = request.safeParse(args);
  if (!parsedArgs.success) return fail('ipc.invalidRequest', channel);
  try {
    const value = await handler(...(parsedArgs.data as IpcRequest<C>));
    const parsedValue = response.safeParse(value);
    if (!parsedValue.success) {
      console.error(`IPC ${channel}: handler returned an invalid response`, parsedValue.error);
      return fail('ipc.failed', channel);
    }
    return ok(parsedValue.data as IpcResponse<C>);
  } catch (error) {
    if (error instanceof DomainFailure) {
      // The code is for the user; the cause (a path, an errno) stays in main's log.
      console.error(`IPC ${channel} refused: ${error.error.code}`, error.cause ?? '');
      return fail(error.error.code, channel);
    }
    // Logged here, not sent: an error message can carry file paths or other internals.
    console.error(`IPC ${channel} failed`, error);
    return fail('ipc.failed', channel);
  }
}

/** Registers the handler for one channel of the contract in shared/ipc.ts. */
export function ipcHandle<C extends IpcChannel>(channel: C, handler: IpcHandler<C>): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => handleIpcCall(channel, handler, event, args));
}
