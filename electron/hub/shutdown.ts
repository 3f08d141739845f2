/**
 * Graceful stop on SIGINT/SIGTERM: stop accepting, let requests in flight finish, close the database.
 * Nothing is lost if this is skipped (every acknowledged push is already on disk); it just avoids cutting
 * off answers mid-way. A second signal, or a close that hangs, exits at once.
 */
const FORCE_EXIT_MS = 10_000;

export function stopOnSignals(stop: () => Promise<void>, onStopped: (code: number) => void): void {
  let stopping = false;
  const handle = (): void => {
    if (stopping) return onStopped(1);
    stopping = true;
    setTimeout(() => onStopped(1), FORCE_EXIT_MS).unref();
    stop().then(
      () => onStopped(0),
      () => onStopped(1),
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
