/**
 * The backup made when the war room closes. Main holds no crisis data, so it asks the renderer
 * (`backup:request`) and waits until the renderer's `backup:write` with reason 'quit' has landed, or a
 * few seconds have passed: a hung or busy renderer must not keep the app from closing. Each renderer is
 * asked once, so quitting (before-quit) and closing the window (close) never ask twice.
 */
import { deadline, TIMED_OUT } from './deadline';
import { ipcSend, type IpcEventTarget } from './ipc-events';

export interface QuitBackupRenderer extends IpcEventTarget {
  isDestroyed(): boolean;
  isCrashed(): boolean;
}

export const QUIT_BACKUP_TIMEOUT_MS = 5_000;

export class QuitBackup {
  private readonly asked = new WeakSet<QuitBackupRenderer>();
  private landedNow: (() => void) | undefined;

  constructor(
    /** The main window's renderer, if one is open. */
    private readonly renderer: () => QuitBackupRenderer | undefined,
    private readonly timeoutMs = QUIT_BACKUP_TIMEOUT_MS,
  ) {}

  /** A live renderer that has not been asked yet. */
  needed(): boolean {
    return this.askable() !== undefined;
  }

  /** Asks the renderer and waits: 'landed' when its backup was written (or failed), else 'timeout'. */
  async run(): Promise<'landed' | 'timeout' | 'skipped'> {
    const renderer = this.askable();
    if (renderer === undefined) return 'skipped';
    this.asked.add(renderer);
    const landed = new Promise<void>((resolve) => {
      this.landedNow = resolve;
    });
    ipcSend(renderer, 'backup:request', { reason: 'quit' });
    const result = await deadline(landed, this.timeoutMs);
    this.landedNow = undefined;
    return result === TIMED_OUT ? 'timeout' : 'landed';
  }

  /** The backup:write handler calls this once a 'quit' backup is written or has failed. */
  landed(): void {
    this.landedNow?.();
  }

  private askable(): QuitBackupRenderer | undefined {
    const renderer = this.renderer();
    if (renderer === undefined || renderer.isDestroyed() || renderer.isCrashed()) return undefined;
    return this.asked.has(renderer) ? undefined : renderer;
  }
}
