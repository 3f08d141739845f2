/**
 * Test doubles for the parts of Electron that the main-process modules touch. Only what the guards
 * read is modelled; each test file wires these into its own `vi.mock('electron', …)`.
 */
import { vi } from 'vitest';

export interface FakeFrame {
  url: string;
  processId: number;
  routingId: number;
  detached: boolean;
  parent: FakeFrame | null;
}

export function fakeFrame(overrides: Partial<FakeFrame> = {}): FakeFrame {
  return {
    url: 'app://crisis-room/',
    processId: 7,
    routingId: 1,
    detached: false,
    parent: null,
    ...overrides,
  };
}

type Listener = (...args: unknown[]) => unknown;

/** A webContents that records its listeners, window open handler and session handlers. */
export function fakeWebContents(mainFrame: FakeFrame = fakeFrame()) {
  const listeners = new Map<string, Listener[]>();
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };
  return {
    mainFrame,
    session,
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    }),
    setWindowOpenHandler: vi.fn(),
    /** Fires an event the way Electron does and reports whether a listener called preventDefault. */
    emitPreventable(event: string, details: Record<string, unknown> = {}): boolean {
      const preventDefault = vi.fn();
      for (const listener of listeners.get(event) ?? []) listener({ ...details, preventDefault });
      return preventDefault.mock.calls.length > 0;
    },
    listenerCount(event: string): number {
      return listeners.get(event)?.length ?? 0;
    },
  };
}

export type FakeWebContents = ReturnType<typeof fakeWebContents>;

export type IpcHandlers = Map<string, (event: unknown, ...args: unknown[]) => unknown>;

/** An ipcMain whose `handle` records each handler in `handlers`, by channel. */
export function fakeIpcMain(handlers: IpcHandlers) {
  return {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
      handlers.set(channel, handler),
  };
}

/** Calls a registered handler as the top frame of one of our windows showing `url` would. */
export function ipcInvokeFrom(
  handlers: IpcHandlers,
  url: string,
  channel: string,
  ...args: unknown[]
): Promise<unknown> {
  const handler = handlers.get(channel);
  if (handler === undefined) throw new Error(`${channel} is not registered`);
  const event = { sender: fakeWebContents(fakeFrame()), senderFrame: fakeFrame({ url }) };
  return Promise.resolve(handler(event, ...args));
}
