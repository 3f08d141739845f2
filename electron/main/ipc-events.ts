/**
 * Main → renderer messages, one way: typed by the contract's `ipcEvents`, so a channel name or payload
 * that is not in shared/ipc.ts fails to compile. No electron import: modules that only send stay
 * testable without it.
 */
import type { z } from 'zod';
import type { IpcEvent, ipcEvents } from '../../shared/ipc';

/** The part of a webContents that receives main's one-way messages. */
export interface IpcEventTarget {
  send(channel: string, ...args: unknown[]): void;
}

/** Sends one of the contract's events; the payload's type follows the event. */
export function ipcSend<E extends IpcEvent>(
  target: IpcEventTarget,
  event: E,
  payload: z.infer<(typeof ipcEvents)[E]>,
): void {
  target.send(event, payload);
}
