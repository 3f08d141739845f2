import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFrame, fakeWebContents, type FakeFrame } from './fake-electron';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  windowOf: vi.fn((_contents: unknown): object | null => ({})),
}));

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    getVersion: () => '0.1.0',
    getPath: (name: string) => (name === 'userData' ? '/home/lead/.config/Crisis Room' : `/other/${name}`),
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
      electron.handlers.set(channel, handler),
  },
  BrowserWindow: { fromWebContents: electron.windowOf },
}));

import { registerAppHandlers } from '../../../electron/main/handlers/app';
import { handleIpcCall, ipcHandle } from '../../../electron/main/ipc';

/** An invoke event from the top frame of a window showing `url`, unless the frame says otherwise. */
function invokeEvent(frame: FakeFrame | null = fakeFrame()): IpcMainInvokeEvent {
  const contents = fakeWebContents(fakeFrame());
  return { sender: contents, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

async function invokeAppInfo(event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const handler = electron.handlers.get('app:info');
  if (handler === undefined) throw new Error('app:info is not registered');
  return handler(event, ...args);
}

describe('IPC', () => {
  beforeEach(() => {
    electron.handlers.clear();
    electron.windowOf.mockImplementation(() => ({}));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerAppHandlers();
  });

  it('answers app:info from our window with the version, data folder and platform', async () => {
    await expect(invokeAppInfo(invokeEvent())).resolves.toEqual({
      ok: true,
      value: { version: '0.1.0', dataFolder: '/home/lead/.config/Crisis Room', platform: process.platform },
    });
  });

  it.each([
    ['a foreign page', fakeFrame({ url: 'https://evil.example/' })],
    ['a file: page', fakeFrame({ url: 'file:///tmp/x.html' })],
    ['another app:// host', fakeFrame({ url: 'app://other-host/' })],
    ['an iframe', fakeFrame({ parent: fakeFrame() })],
    ['a frame that is not the main frame', fakeFrame({ routingId: 2 })],
    ['a frame of another renderer process', fakeFrame({ processId: 8 })],
    ['a detached (unloading) frame', fakeFrame({ detached: true })],
    ['a destroyed frame', null],
  ])('refuses a call from %s', async (_label, frame) => {
    await expect(invokeAppInfo(invokeEvent(frame))).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipc.forbiddenSender' },
    });
  });

  it('refuses a call from a webContents that is not one of our windows', async () => {
    electron.windowOf.mockImplementation(() => null);
    await expect(invokeAppInfo(invokeEvent())).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipc.forbiddenSender' },
    });
  });

  it('refuses arguments that do not match the channel schema', async () => {
    await expect(invokeAppInfo(invokeEvent(), 'unexpected')).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipc.invalidRequest' },
    });
  });

  it('turns a throwing handler into ipc.failed without leaking its message', async () => {
    const result = await handleIpcCall(
      'app:info',
      () => {
        throw new Error('EACCES: /home/lead/secret');
      },
      invokeEvent(),
      [],
    );
    expect(result).toEqual({ ok: false, error: { code: 'ipc.failed', detail: 'app:info' } });
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('refuses to send a response that does not match the schema', async () => {
    const result = await handleIpcCall('app:info', () => ({ version: 1 }) as never, invokeEvent(), []);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.failed' } });
  });

  it('strips fields the contract does not name from the response', async () => {
    const result = await handleIpcCall(
      'app:info',
      () => ({ version: '1', dataFolder: '/d', platform: 'linux', token: 'secret' }),
      invokeEvent(),
      [],
    );
    expect(result).toEqual({ ok: true, value: { version: '1', dataFolder: '/d', platform: 'linux' } });
  });

  it('registers handlers on the contract channel name', () => {
    electron.handlers.clear();
    ipcHandle('app:info', () => ({ version: '1', dataFolder: '/d', platform: 'linux' }));
    expect([...electron.handlers.keys()]).toEqual(['app:info']);
  });
});
