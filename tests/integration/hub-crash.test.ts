/**
 * Durability under crashes: clients push concurrently while the real hub process is killed with SIGKILL
 * again and again and restarted on the same data folder. Clients retry every push that was not
 * acknowledged. In the end every operation is stored exactly once, in one strictly increasing sequence.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { hlcFormat } from '../../shared/sync/hlc';
import type { Operation } from '../../shared/sync/operation';
import {
  API_PREFIX,
  joinResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  type SequencedOperation,
} from '../../shared/sync/protocol';
import { freePort, startHubProcess, type HubProcess } from './hub-process';

const KILLS = 24;
const CLIENTS = 4;
const INVITE = 'CRASH-TEST-2345';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

const dataDir = mkdtempSync(path.join(tmpdir(), 'crisis-hub-crash-'));
let hub: HubProcess | undefined;

afterAll(async () => {
  hub?.child.kill('SIGKILL');
  await hub?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

/** The hub as the clients see it: whichever process is up now. */
let baseUrl = '';

async function request(pathAndQuery: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${baseUrl}${API_PREFIX}${pathAndQuery}`, { ...init, signal: AbortSignal.timeout(10_000) });
}

class Client {
  readonly device = randomUUID();
  readonly author = randomUUID();
  readonly pushed = new Map<string, Operation>();
  readonly batches: Operation[][] = [];
  token = '';
  inFlight = 0;
  failedAttempts = 0;
  /** Pushes whose acknowledgement was lost although the hub had stored them: the retry found them all. */
  recoveredDuplicates = 0;
  #clock = Date.now();

  batch(size: number): Operation[] {
    return Array.from({ length: size }, () => {
      this.#clock += 1;
      return {
        id: uuidv7(),
        table: 'timeline',
        recordId: uuidv7(),
        kind: 'create',
        patch: { text: `entry ${this.#clock}`, pinned: false },
        hlc: hlcFormat({ ms: this.#clock, counter: 0, device: this.device }),
        author: this.author,
        device: this.device,
      };
    });
  }

  async join(): Promise<void> {
    while (!this.token) {
      try {
        const response = await request('/join', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ inviteCode: INVITE, deviceId: this.device }),
        });
        this.token = joinResponseSchema.parse(await response.json()).token;
      } catch {
        await sleep(20);
      }
    }
  }

  /** Pushes until the hub acknowledges, as a real client's outbox does; returns the acknowledgement. */
  async push(batch: Operation[]) {
    for (;;) {
      this.inFlight++;
      try {
        const response = await request('/push', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
          body: JSON.stringify({ operations: batch }),
        });
        if (response.status !== 200)
          throw new Error(`push answered ${response.status}: ${await response.text()}`);
        return pushResponseSchema.parse(await response.json());
      } catch (error) {
        if (String(error).includes('push answered')) throw error;
        this.failedAttempts++;
        await sleep(between(5, 30));
      } finally {
        this.inFlight--;
      }
    }
  }

  async run(stopped: () => boolean): Promise<void> {
    await this.join();
    while (!stopped()) {
      const batch = this.batch(between(1, 250));
      for (const op of batch) this.pushed.set(op.id, op);
      const failedBefore = this.failedAttempts;
      const ack = await this.push(batch);
      // A push is one transaction: a lost attempt stored all of it or none of it.
      expect([ack.accepted, ack.duplicates]).toContainEqual(batch.length);
      expect(ack.accepted + ack.duplicates).toBe(batch.length);
      if (this.failedAttempts > failedBefore && ack.duplicates > 0) this.recoveredDuplicates++;
      this.batches.push(batch);
    }
  }
}

async function pullAll(token: string): Promise<{ operations: SequencedOperation[]; head: number }> {
  const operations: SequencedOperation[] = [];
  let after = 0;
  for (;;) {
    const response = await request(`/pull?after=${after}&limit=5000`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const page = pullResponseSchema.parse(await response.json());
    operations.push(...page.operations);
    after = page.operations.at(-1)?.seq ?? after;
    if (!page.more) return { operations, head: page.head };
  }
}

describe('hub crash safety', () => {
  it('stores every pushed operation exactly once through repeated SIGKILLs', async () => {
    const started = Date.now();
    const port = await freePort();
    const args = ['--data', dataDir, '--port', String(port), '--host', '127.0.0.1', '--invite', INVITE];
    const launch = async () => {
      hub = await startHubProcess([...args, '--no-web', '--rate-limit', '0', '--log-level', 'error']);
      baseUrl = hub.url;
    };
    await launch();
    expect(hub!.inviteCode).toBe(INVITE);

    const clients = Array.from({ length: CLIENTS }, () => new Client());
    let stopped = false;
    const running = clients.map((client) => client.run(() => stopped));

    let killsDuringPushes = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      await sleep(between(50, 400));
      // Kill while pushes are on the wire, not between them.
      for (let wait = 0; wait < 100 && clients.every((c) => c.inFlight === 0); wait++) await sleep(5);
      if (clients.some((c) => c.inFlight > 0)) killsDuringPushes++;
      hub!.child.kill('SIGKILL');
      await hub!.exited;
      await launch();
    }
    await sleep(300);
    stopped = true;
    await Promise.all(running);

    const token = clients[0]!.token;
    const { operations, head } = await pullAll(token);
    const pushed = new Map(clients.flatMap((client) => [...client.pushed]));

    // Sequence numbers strictly increase, without gaps or duplicates.
    const seqs = operations.map((item) => item.seq);
    seqs.forEach((seq, index) => expect(seq).toBe(index + 1));
    expect(head).toBe(operations.length);
    // Every operation is there once, exactly as pushed.
    const ids = operations.map((item) => item.operation.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(pushed.size);
    for (const { operation } of operations) expect(operation).toEqual(pushed.get(operation.id));

    // Retrying acknowledged pushes after all this changes nothing.
    for (const client of clients) {
      for (const batch of client.batches.slice(0, 3)) {
        expect(await client.push(batch)).toEqual({ accepted: 0, duplicates: batch.length, head });
      }
    }
    const again = await pullAll(token);
    expect(again.operations).toEqual(operations);

    // A clean stop exits with 0.
    hub!.child.kill('SIGTERM');
    expect(await hub!.exited).toBe(0);
    hub = undefined;

    expect(killsDuringPushes).toBeGreaterThanOrEqual(20);
    const failed = clients.reduce((sum, c) => sum + c.failedAttempts, 0);
    const recovered = clients.reduce((sum, c) => sum + c.recoveredDuplicates, 0);
    console.info(
      `hub crash test: ${KILLS} SIGKILLs (${killsDuringPushes} during pushes), ${operations.length} operations ` +
        `from ${CLIENTS} clients, ${failed} failed push attempts retried, ${recovered} retries found their lost ` +
        `push already stored, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });
});
