import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '../../shared/sync/protocol';
import type { HubProcessMessage } from '../../electron/hub/entry';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = path.join(ROOT, 'tests/integration/fixtures/hub-child.ts');
const dataDir = mkdtempSync(path.join(tmpdir(), 'crisis-hub-entry-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function nextMessage(child: ReturnType<typeof fork>): Promise<HubProcessMessage> {
  return new Promise((resolve) => child.once('message', (message) => resolve(message as HubProcessMessage)));
}

describe('hub in a child process', () => {
  it('reports its address and invite code to the parent and stops when asked', async () => {
    const child = fork(CHILD, [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        CRISIS_ROOM_HUB_DATA: dataDir,
        CRISIS_ROOM_HUB_PORT: '0',
        CRISIS_ROOM_HUB_HOST: '127.0.0.1',
        CRISIS_ROOM_HUB_TEAM: 'Utility team',
        CRISIS_ROOM_HUB_LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const ready = await nextMessage(child);
    if (ready.type !== 'hub:ready') throw new Error(JSON.stringify(ready));
    expect(ready.teamName).toBe('Utility team');
    expect(ready.inviteCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const join = await fetch(`${ready.url}${API_PREFIX}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        inviteCode: ready.inviteCode,
        deviceId: '0190f5e2-0000-7000-8000-00000000000a',
      }),
    });
    expect(join.status).toBe(200);

    const stopped = nextMessage(child);
    child.send({ type: 'hub:stop' });
    expect(await stopped).toEqual({ type: 'hub:stopped' });
    expect(await exited).toBe(0);
  });

  it('reports a bad setting instead of starting', async () => {
    const child = fork(CHILD, [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, CRISIS_ROOM_HUB_DATA: dataDir, CRISIS_ROOM_HUB_PORT: 'eighty' },
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(await nextMessage(child)).toMatchObject({
      type: 'hub:error',
      message: expect.stringContaining('--port'),
    });
    expect(await exited).toBe(1);
  });
});
