/**
 * A real hub process for one e2e file (it also serves the browser build from dist-web), started before
 * the file's tests and stopped after them, with the file's other clean-ups (browsers, profiles) run first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { freePort, startHubProcess, type HubProcess } from '../integration/hub-process';

export interface E2eHub {
  /** The running hub; set once the file's beforeAll has run. */
  readonly process: HubProcess;
  /** Run after the file's tests, newest first, before the hub stops. */
  cleanups: (() => Promise<void> | void)[];
}

export function hubForFile(team: string): E2eHub {
  let hub: HubProcess | undefined;
  let dataDir = '';
  const cleanups: (() => Promise<void> | void)[] = [];
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'crisis-room-hub-e2e-'));
    const port = String(await freePort());
    hub = await startHubProcess(['--data', dataDir, '--port', port, '--team', team, '--web', 'dist-web']);
  });
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    if (hub) {
      hub.child.kill('SIGTERM');
      await hub.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    get process() {
      if (!hub) throw new Error('the hub starts in beforeAll');
      return hub;
    },
    cleanups,
  };
}
