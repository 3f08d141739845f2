/**
 * What must happen between "quit" and the app going: the renderer's last backup, then stopping a hosted
 * hub (which closes its database). Electron's before-quit is cancelled while they run, and the quit is
 * asked for again when they are done; each step runs at most once, and a step that fails or is not
 * needed never stops the app from quitting.
 */

export interface QuitStep {
  name: string;
  /** Whether there is anything to do right now (a renderer to ask, a hub to stop). */
  needed(): boolean;
  /** Resolves when done; it must end by itself (a step waiting on something else has its own timeout). */
  run(): Promise<unknown>;
}

export interface PreventableEvent {
  preventDefault(): void;
}

/** The `before-quit` listener: runs the due steps in order, then calls `quit` once. */
export function quitFlowCreate(steps: QuitStep[], quit: () => void): (event: PreventableEvent) => void {
  let state: 'idle' | 'running' | 'done' = 'idle';
  return (event) => {
    if (state === 'done') return;
    // Quit pressed again while the steps run: they are already on it.
    if (state === 'running') return event.preventDefault();
    const due = steps.filter((step) => step.needed());
    if (due.length === 0) return;
    event.preventDefault();
    state = 'running';
    void (async () => {
      for (const step of due) {
        try {
          await step.run();
        } catch (error) {
          console.error(`Before quitting: ${step.name} failed`, error);
        }
      }
      state = 'done';
      quit();
    })();
  };
}
