/** Runs the real hub CLI as a child process on 127.0.0.1, for tests that kill and restart it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'electron/hub/cli.ts');

export interface HubProcess {
  child: ChildProcess;
  url: string;
  inviteCode: string;
  exited: Promise<number | null>;
  stderr(): string;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Starts `electron/hub/cli.ts` in one Node process (node --import tsx, not the tsx wrapper, which would
 * put a second process between us and the hub and keep SIGKILL from reaching it).
 */
export async function startHubProcess(args: string[], timeoutMs = 20_000): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines = createInterface({ input: child.stdout! });
  let url = '';
  let inviteCode = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`hub did not start in ${timeoutMs} ms: ${stderr}`)),
      timeoutMs,
    );
    lines.on('line', (line) => {
      url ||= /Listening:\s+(\S+)/.exec(line)?.[1] ?? '';
      inviteCode ||= /Invite code:\s+(\S+)/.exec(line)?.[1] ?? '';
      if (url && inviteCode) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code} before it was ready: ${stderr}`));
    });
  });
  await ready;
  return { child, url, inviteCode, exited, stderr: () => stderr };
}
