/** Shared fixtures for the hub tests: temporary data folders, hubs on them, valid operations. */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { hlcFormat } from '../../../shared/sync/hlc';
import type { Operation } from '../../../shared/sync/operation';
import { API_PREFIX, type JoinResponse } from '../../../shared/sync/protocol';
import { createHub, type Hub, type HubOptions } from '../../../electron/hub/server';
import type { HubStore } from '../../../electron/hub/store';

export const INVITE = 'TEST-CODE-2345';
export const DEVICE_A = '0190f5e2-0000-7000-8000-00000000000a';
export const DEVICE_B = '0190f5e2-0000-7000-8000-00000000000b';
export const MEMBER = '0190f5e2-0000-7000-8000-0000000000aa';

const folders: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'crisis-hub-'));
  folders.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let clock = 1_760_000_000_000;

/** A valid operation written by `device`. */
export function operation(device: string, overrides: Partial<Operation> = {}): Operation {
  clock += 1;
  return {
    id: uuidv7(),
    table: 'timeline',
    recordId: uuidv7(),
    kind: 'create',
    patch: { text: `entry ${clock}`, kind: 'observation' },
    hlc: hlcFormat({ ms: clock, counter: 0, device }),
    author: MEMBER,
    device,
    ...overrides,
  };
}

export function operations(device: string, count: number): Operation[] {
  return Array.from({ length: count }, () => operation(device));
}

/** A hub on a fresh folder with rate limiting out of the way, unless a test asks for it. */
export async function testHub(options: Partial<HubOptions> = {}): Promise<Hub> {
  return createHub({
    dataDir: tempDir(),
    inviteCode: INVITE,
    teamName: 'Test team',
    rateLimit: false,
    ...options,
  });
}

export async function join(hub: Hub, deviceId: string): Promise<string> {
  const response = await hub.app.inject({
    method: 'POST',
    url: `${API_PREFIX}/join`,
    payload: { inviteCode: INVITE, deviceId },
  });
  if (response.statusCode !== 200) throw new Error(`join failed: ${response.body}`);
  return response.json<JoinResponse>().token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A fingerprint of everything the store holds, to prove that bad requests changed nothing. */
export function storeFingerprint(store: HubStore): string {
  const hash = createHash('sha256');
  let after = 0;
  for (;;) {
    const page = store.read(after, 5000);
    for (const item of page) hash.update(`${item.seq}:${JSON.stringify(item.operation)}\n`);
    if (page.length === 0) break;
    after = page.at(-1)!.seq;
  }
  hash.update(`head:${store.head()}`);
  return hash.digest('hex');
}
