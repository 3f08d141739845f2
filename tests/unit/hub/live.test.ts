import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { API_PREFIX, liveMessageSchema, type LiveMessage } from '../../../shared/sync/protocol';
import { MAX_SOCKETS_PER_DEVICE } from '../../../electron/hub/live';
import type { Hub } from '../../../electron/hub/server';
import { bearer, DEVICE_A, join, operations, removeTempDirs, testHub } from './helpers';

let hub: Hub | undefined;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await hub?.close();
  hub = undefined;
  removeTempDirs();
});

async function listeningHub(): Promise<{ hub: Hub; url: string }> {
  hub = await testHub();
  const address = await hub.start({ host: '127.0.0.1', port: 0 });
  return { hub, url: `${address.replace('http', 'ws')}${API_PREFIX}/live` };
}

/** Connects and collects every message; resolves once the socket is open. */
function connect(url: string, protocols: string[], headers: Record<string, string> = {}) {
  const socket = new WebSocket(url, protocols, { headers });
  sockets.push(socket);
  const messages: LiveMessage[] = [];
  socket.on('message', (data) => messages.push(liveMessageSchema.parse(JSON.parse(String(data)))));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`HTTP ${response.statusCode}`)),
    );
    socket.once('error', reject);
  });
  const closed = new Promise<number>((resolve) => socket.once('close', resolve));
  return { socket, messages, opened, closed };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('GET /live', () => {
  it('takes the token as a subprotocol, selects "bearer" and sends the head at once', async () => {
    const { hub: h, url } = await listeningHub();
    const token = await join(h, DEVICE_A);
    h.store.append(operations(DEVICE_A, 2), DEVICE_A);
    const live = connect(url, ['bearer', `bearer.${token}`]);
    await live.opened;
    expect(live.socket.protocol).toBe('bearer');
    await until(() => live.messages.length === 1);
    expect(live.messages).toEqual([{ type: 'head', head: 2 }]);
  });

  it('announces the new head after a push that stored something, and not after a retried one', async () => {
    const { hub: h, url } = await listeningHub();
    const token = await join(h, DEVICE_A);
    const live = connect(url, [], bearer(token));
    await live.opened;
    await until(() => live.messages.length === 1);
    const batch = operations(DEVICE_A, 3);
    const push = () =>
      h.app.inject({
        method: 'POST',
        url: `${API_PREFIX}/push`,
        headers: bearer(token),
        payload: { operations: batch },
      });
    await push();
    await until(() => live.messages.length === 2);
    await push();
    await push();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(live.messages).toEqual([
      { type: 'head', head: 0 },
      { type: 'head', head: 3 },
    ]);
  });

  it(`keeps at most ${MAX_SOCKETS_PER_DEVICE} live connections per device, closing the oldest`, async () => {
    const { hub: h, url } = await listeningHub();
    const token = await join(h, DEVICE_A);
    const live: ReturnType<typeof connect>[] = [];
    for (let i = 0; i <= MAX_SOCKETS_PER_DEVICE; i++) {
      live.push(connect(url, [], bearer(token)));
      await live.at(-1)!.opened;
    }
    expect(await live[0]!.closed).toBe(1008);
    expect(live.slice(1).every((l) => l.socket.readyState === l.socket.OPEN)).toBe(true);
  });

  it.each([
    ['no token', []],
    ['an unknown token', ['bearer', `bearer.${'A'.repeat(43)}`]],
    ['a garbled token', ['bearer', 'bearer.not-a-token']],
  ])('refuses a connection with %s (401)', async (_label, protocols) => {
    const { url } = await listeningHub();
    await expect(connect(url, protocols).opened).rejects.toThrow('HTTP 401');
  });
});
