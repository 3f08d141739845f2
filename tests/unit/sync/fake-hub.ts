/**
 * A hub in memory that speaks the protocol (install its `fetch` with vi.stubGlobal): idempotent pushes by
 * operation id, pull by cursor; `failPush` refuses pushes, `unreachable` fails every request. Given
 * device tokens, it refuses operations in another device's name, as the real hub does.
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { syncCursorGet } from '../../../renderer/db/hub-config';
import type { Session } from '../../../renderer/db/session';
import type { SyncEngine } from '../../../renderer/sync/engine';
import type { Operation } from '../../../shared/sync/operation';
import { API_PREFIX, PUSH_MAX_OPERATIONS, type SequencedOperation } from '../../../shared/sync/protocol';

export class FakeHub {
  readonly log: SequencedOperation[] = [];
  readonly ids = new Set<string>();
  pushSizes: number[] = [];
  failPush: (n: number) => boolean = () => false;
  unreachable = false;

  /** Token → device id; empty: any token may push anything. */
  constructor(readonly devices = new Map<string, string>()) {}

  readonly fetch = async (input: string | URL, init?: RequestInit): Promise<Response> => {
    if (this.unreachable) throw new TypeError('fetch failed');
    const url = new URL(String(input));
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
    if (url.pathname === `${API_PREFIX}/push`) {
      const { operations } = JSON.parse(String(init?.body)) as { operations: Operation[] };
      if (operations.length > PUSH_MAX_OPERATIONS)
        return json({ error: { code: 'hub.invalidRequest', message: 'too many' } }, 400);
      const token = new Headers(init?.headers).get('authorization')?.replace(/^Bearer /, '') ?? '';
      const device = this.devices.get(token);
      if (this.devices.size > 0 && operations.some((op) => op.device !== device))
        return json({ error: { code: 'hub.forbidden', message: 'not in your name' } }, 403);
      this.pushSizes.push(operations.length);
      if (this.failPush(this.pushSizes.length))
        return json({ error: { code: 'hub.internal', message: 'disk full' } }, 500);
      let accepted = 0;
      for (const operation of operations) {
        if (this.ids.has(operation.id)) continue;
        this.ids.add(operation.id);
        this.log.push({ seq: this.log.length + 1, operation });
        accepted++;
      }
      return json({ accepted, duplicates: operations.length - accepted, head: this.log.length });
    }
    if (url.pathname === `${API_PREFIX}/pull`) {
      const after = Number(url.searchParams.get('after'));
      const limit = Number(url.searchParams.get('limit'));
      const operations = this.log.slice(after, after + limit);
      return json({ operations, head: this.log.length, more: after + limit < this.log.length });
    }
    return json({ error: { code: 'hub.notFound', message: url.pathname } }, 404);
  };
}

/** Syncs until a whole round ends with the outbox empty and the cursor at the hub's head. */
export async function settle(hub: FakeHub, session: Session, engine: SyncEngine): Promise<void> {
  await vi.waitFor(
    async () => {
      await engine.sync();
      expect(engine.get()).toMatchObject({ phase: 'synced', pending: 0 });
      expect(await syncCursorGet(session.db)).toBe(hub.log.length);
    },
    { timeout: 10_000, interval: 20 },
  );
}

/**
 * A fresh FakeHub installed as `fetch` before each test (no WebSocket: the engine polls), and the engines
 * a test lists in `engines` stopped after it.
 */
export function fakeHubEachTest(): { hub: FakeHub; engines: SyncEngine[] } {
  const state = { hub: new FakeHub(), engines: [] as SyncEngine[] };
  beforeEach(() => {
    state.hub = new FakeHub();
    vi.stubGlobal('fetch', state.hub.fetch);
    vi.stubGlobal('WebSocket', undefined);
  });
  afterEach(() => {
    for (const engine of state.engines.splice(0)) engine.stop();
    vi.unstubAllGlobals();
  });
  return state;
}
