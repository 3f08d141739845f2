/**
 * The desktop app's "host this war room", with the real hub script in a real child process: main's
 * HubHost forks it (here with Node's fork standing in for Electron's utilityProcess.fork, which has the
 * same message/exit/kill shape), teammates join over its address, and stopping closes it.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { HubHost, type HubChild } from '../../electron/main/hub-host';
import { API_PREFIX, joinResponseSchema, statusResponseSchema } from '../../shared/sync/protocol';
import { freePort } from './hub-process';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = path.join(ROOT, 'electron/main/hub-process.ts');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function nodeFork(args: string[]): HubChild & { pid: number | undefined; exited: Promise<void> } {
  const child = fork(SCRIPT, args, { execArgv: ['--import', 'tsx'], cwd: ROOT, stdio: 'pipe' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    pid: child.pid,
    exited,
    postMessage: (message) => child.send(message as object),
    on: (event: string, listener: (...args: unknown[]) => void) => child.on(event, listener),
    kill: () => child.kill('SIGKILL'),
  } as HubChild & { pid: number | undefined; exited: Promise<void> };
}

function hostWith(defaultPort: number): { host: HubHost; forks: ReturnType<typeof nodeFork>[] } {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crisis-room-host-'));
  const forks: ReturnType<typeof nodeFork>[] = [];
  const host = new HubHost({
    fork: (args) => {
      const child = nodeFork(args);
      forks.push(child);
      return child;
    },
    dataDir,
    defaultPort,
  });
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  cleanups.push(async () => {
    await host.stop();
  });
  return { host, forks };
}

describe('hosting the hub from the desktop app', () => {
  it('starts a hub on the LAN, gives the address and invite code, and teammates can join it', async () => {
    const { host, forks } = hostWith(await freePort());
    expect(host.status()).toBeNull();
    const hosted = await host.host({ teamName: 'Flood team' });

    expect(hosted.teamName).toBe('Flood team');
    expect(hosted.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(hosted.lanUrls.length).toBeGreaterThan(0);
    expect(hosted.inviteCode).toMatch(/\S{4,}/);
    expect(host.status()).toEqual(hosted);

    // A second click returns the same hub.
    await expect(host.host({ teamName: 'Flood team' })).resolves.toEqual(hosted);
    expect(forks).toHaveLength(1);

    const joined = await fetch(`${hosted.url}${API_PREFIX}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'app://crisis-room' },
      body: JSON.stringify({
        inviteCode: hosted.inviteCode,
        deviceId: '01900000-0000-7000-8000-000000000001',
        memberName: 'Anna',
      }),
    });
    expect(joined.status).toBe(200);
    expect(joined.headers.get('access-control-allow-origin')).toBe('*');
    const { token, hubId } = joinResponseSchema.parse(await joined.json());
    expect(hubId).toBe(hosted.hubId);
    const status = await fetch(`${hosted.url}${API_PREFIX}/status`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(statusResponseSchema.parse(await status.json()).hubId).toBe(hosted.hubId);

    await expect(host.stop()).resolves.toBe(true);
    await forks[0]!.exited;
    expect(host.status()).toBeNull();
    await expect(fetch(`${hosted.url}${API_PREFIX}/status`)).rejects.toThrow();
    await expect(host.stop()).resolves.toBe(false);
  });

  it('keeps the team when hosting again: same hub id and invite code', async () => {
    const { host } = hostWith(await freePort());
    const first = await host.host({ teamName: 'Flood team' });
    await host.stop();
    const second = await host.host({ teamName: 'Flood team' });
    expect(second.hubId).toBe(first.hubId);
    expect(second.inviteCode).toBe(first.inviteCode);
  });

  it('takes any free port when the usual one is in use', async () => {
    const busy = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(busy, '0.0.0.0', resolve));
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const { host, forks } = hostWith(busy);
    const hosted = await host.host({ teamName: 'Flood team' });
    expect(Number(new URL(hosted.url).port)).not.toBe(busy);
    expect(forks).toHaveLength(2);
  });

  it('reports a port the user chose that is taken, and hosts nothing', async () => {
    const busy = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(busy, '0.0.0.0', resolve));
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const { host } = hostWith(await freePort());
    await expect(host.host({ teamName: 'Flood team', port: busy })).rejects.toThrow(/EADDRINUSE/);
    expect(host.status()).toBeNull();
  });
});
