import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuitBackup, type QuitBackupRenderer } from '../../../electron/main/quit-backup';
import { quitFlowCreate, type QuitStep } from '../../../electron/main/quit-flow';

function renderer(overrides: Pick<Partial<QuitBackupRenderer>, 'isDestroyed' | 'isCrashed'> = {}) {
  return { send: vi.fn(), isDestroyed: () => false, isCrashed: () => false, ...overrides };
}

function beforeQuit(listener: (event: { preventDefault(): void }) => void): boolean {
  const event = { preventDefault: vi.fn() };
  listener(event);
  return event.preventDefault.mock.calls.length > 0;
}

/** A hub that takes a moment to close its database, as the real one does. */
function hubStep(hosted: boolean) {
  const stop = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));
  const step: QuitStep = { name: 'stopping the hub', needed: () => hosted, run: stop };
  return { step, stop };
}

describe('quit flow', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('waits for the renderer’s backup, then stops the hub, then quits, each once', async () => {
    const page = renderer();
    const backup = new QuitBackup(() => page);
    const hub = hubStep(true);
    const order: string[] = [];
    page.send.mockImplementation(() => order.push('backup requested'));
    hub.stop.mockImplementation(async () => void order.push('hub stopped'));
    const quit = vi.fn(() => order.push('quit'));
    const listener = quitFlowCreate(
      [{ name: 'backup', needed: () => backup.needed(), run: () => backup.run() }, hub.step],
      quit,
    );

    expect(beforeQuit(listener)).toBe(true);
    expect(page.send).toHaveBeenCalledWith('backup:request', { reason: 'quit' });
    // Quit pressed again while waiting: held back, nothing asked twice.
    expect(beforeQuit(listener)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['backup requested']);

    backup.landed();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    expect(order).toEqual(['backup requested', 'hub stopped', 'quit']);
    // The quit that follows goes through.
    expect(beforeQuit(listener)).toBe(false);
    expect(page.send).toHaveBeenCalledTimes(1);
    expect(hub.stop).toHaveBeenCalledTimes(1);
  });

  it('gives up on the backup after the timeout and still stops the hub', async () => {
    vi.useFakeTimers();
    const page = renderer();
    const backup = new QuitBackup(() => page, 5_000);
    const hub = hubStep(true);
    const quit = vi.fn();
    const listener = quitFlowCreate(
      [{ name: 'backup', needed: () => backup.needed(), run: () => backup.run() }, hub.step],
      quit,
    );
    beforeQuit(listener);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(hub.stop).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(hub.stop).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('quits at once when there is no renderer to ask and no hub to stop', () => {
    const backup = new QuitBackup(() => undefined);
    const hub = hubStep(false);
    const quit = vi.fn();
    const listener = quitFlowCreate(
      [{ name: 'backup', needed: () => backup.needed(), run: () => backup.run() }, hub.step],
      quit,
    );
    expect(beforeQuit(listener)).toBe(false);
    expect(quit).not.toHaveBeenCalled();
  });

  it('does not ask a crashed or destroyed renderer', () => {
    expect(new QuitBackup(() => renderer({ isCrashed: () => true })).needed()).toBe(false);
    expect(new QuitBackup(() => renderer({ isDestroyed: () => true })).needed()).toBe(false);
  });

  it('still quits when a step fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quit = vi.fn();
    const failing: QuitStep = {
      name: 'failing',
      needed: () => true,
      run: () => Promise.reject(new Error('boom')),
    };
    const hub = hubStep(true);
    beforeQuit(quitFlowCreate([failing, hub.step], quit));
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    expect(hub.stop).toHaveBeenCalledTimes(1);
  });

  it('asks each renderer once: a window closed after the quit backup closes at once', async () => {
    const page = renderer();
    const backup = new QuitBackup(() => page);
    const run = backup.run();
    backup.landed();
    await expect(run).resolves.toBe('landed');
    expect(backup.needed()).toBe(false);
    await expect(backup.run()).resolves.toBe('skipped');
    expect(page.send).toHaveBeenCalledTimes(1);
    // A new window (macOS reopens one from the dock) is a new renderer, asked again.
    const next = renderer();
    expect(new QuitBackup(() => next).needed()).toBe(true);
  });

  it('a landing with nobody waiting is harmless', () => {
    expect(() => new QuitBackup(() => renderer()).landed()).not.toThrow();
  });
});
