import { afterEach, describe, expect, it } from 'vitest';
import {
  API_PREFIX,
  BODY_MAX_BYTES,
  hubErrorSchema,
  joinResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  statusResponseSchema,
} from '../../../shared/sync/protocol';
import type { Hub } from '../../../electron/hub/server';
import {
  bearer,
  DEVICE_A,
  DEVICE_B,
  INVITE,
  join,
  operation,
  operations,
  removeTempDirs,
  testHub,
} from './helpers';

const hubs: Hub[] = [];
async function hub(options: Parameters<typeof testHub>[0] = {}): Promise<Hub> {
  const created = await testHub(options);
  hubs.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(hubs.splice(0).map((h) => h.close()));
  removeTempDirs();
});

function errorCode(body: string): string {
  return hubErrorSchema.parse(JSON.parse(body)).error.code;
}

describe('POST /join', () => {
  it('trades the invite code for a device token', async () => {
    const h = await hub();
    const response = await h.app.inject({
      method: 'POST',
      url: `${API_PREFIX}/join`,
      payload: { inviteCode: INVITE, deviceId: DEVICE_A, memberName: 'Anna' },
    });
    expect(response.statusCode).toBe(200);
    const body = joinResponseSchema.parse(response.json());
    expect(body).toMatchObject({ hubId: h.hubId, teamName: 'Test team' });
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(h.store.deviceForTokenHash(body.token)).toBeUndefined();
  });

  it('accepts the code typed in lower case, without dashes or with spaces', async () => {
    const h = await hub();
    for (const typed of ['test-code-2345', 'TESTCODE2345', ' test code 2345 ']) {
      const response = await h.app.inject({
        method: 'POST',
        url: `${API_PREFIX}/join`,
        payload: { inviteCode: typed, deviceId: DEVICE_A },
      });
      expect(response.statusCode).toBe(200);
    }
  });

  it('refuses a wrong invite code with 403 hub.inviteInvalid', async () => {
    const h = await hub();
    const response = await h.app.inject({
      method: 'POST',
      url: `${API_PREFIX}/join`,
      payload: { inviteCode: 'WRONG-CODE-9999', deviceId: DEVICE_A },
    });
    expect(response.statusCode).toBe(403);
    expect(errorCode(response.body)).toBe('hub.inviteInvalid');
  });
});

describe('push and pull', () => {
  it('returns pushed operations in order with their sequence numbers', async () => {
    const h = await hub();
    const token = await join(h, DEVICE_A);
    const batch = operations(DEVICE_A, 3);
    const pushed = await h.app.inject({
      method: 'POST',
      url: `${API_PREFIX}/push`,
      headers: bearer(token),
      payload: { operations: batch },
    });
    expect(pushed.statusCode).toBe(200);
    expect(pushResponseSchema.parse(pushed.json())).toEqual({ accepted: 3, duplicates: 0, head: 3 });

    const pulled = await h.app.inject({ url: `${API_PREFIX}/pull?after=0`, headers: bearer(token) });
    expect(pulled.statusCode).toBe(200);
    const body = pullResponseSchema.parse(pulled.json());
    expect(body.operations).toEqual(batch.map((op, index) => ({ seq: index + 1, operation: op })));
    expect(body).toMatchObject({ head: 3, more: false });
  });

  it('counts a retried push as duplicates and stores nothing twice', async () => {
    const h = await hub();
    const token = await join(h, DEVICE_A);
    const batch = operations(DEVICE_A, 4);
    const push = () =>
      h.app.inject({
        method: 'POST',
        url: `${API_PREFIX}/push`,
        headers: bearer(token),
        payload: { operations: batch },
      });
    await push();
    const retried = await push();
    expect(retried.json()).toEqual({ accepted: 0, duplicates: 4, head: 4 });
    expect(h.store.head()).toBe(4);
  });

  it('pages with limit and says when more follow', async () => {
    const h = await hub();
    const token = await join(h, DEVICE_A);
    h.store.append(operations(DEVICE_A, 5), DEVICE_A);
    const page = await h.app.inject({ url: `${API_PREFIX}/pull?after=1&limit=2`, headers: bearer(token) });
    const body = pullResponseSchema.parse(page.json());
    expect(body.operations.map((item) => item.seq)).toEqual([2, 3]);
    expect(body).toMatchObject({ head: 5, more: true });
    const last = pullResponseSchema.parse(
      (await h.app.inject({ url: `${API_PREFIX}/pull?after=3&limit=2`, headers: bearer(token) })).json(),
    );
    expect(last).toMatchObject({ head: 5, more: false });
    const atHead = pullResponseSchema.parse(
      (await h.app.inject({ url: `${API_PREFIX}/pull?after=5`, headers: bearer(token) })).json(),
    );
    expect(atHead).toEqual({ operations: [], head: 5, more: false });
  });

  it('refuses an operation in another device’s name with 403 hub.forbidden and stores none of the push', async () => {
    const h = await hub();
    const token = await join(h, DEVICE_A);
    const response = await h.app.inject({
      method: 'POST',
      url: `${API_PREFIX}/push`,
      headers: bearer(token),
      payload: { operations: [operation(DEVICE_A), operation(DEVICE_B)] },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'hub.forbidden' } });
    expect(response.json().error.message).toContain('operations.1.device');
    expect(h.store.head()).toBe(0);
  });

  it('refuses a cursor beyond the head with hub.cursorOutOfRange', async () => {
    const h = await hub();
    const token = await join(h, DEVICE_A);
    h.store.append(operations(DEVICE_A, 2), DEVICE_A);
    const response = await h.app.inject({ url: `${API_PREFIX}/pull?after=3`, headers: bearer(token) });
    expect(response.statusCode).toBe(400);
    expect(errorCode(response.body)).toBe('hub.cursorOutOfRange');
  });

  it('keeps fields of an operation that this hub version does not know', async () => {
    const h = await hub();
    const token = await join(h, DEVICE_A);
    const future = { ...operation(DEVICE_A), priority: 'high' };
    await h.app.inject({
      method: 'POST',
      url: `${API_PREFIX}/push`,
      headers: bearer(token),
      payload: { operations: [future] },
    });
    const pulled = await h.app.inject({ url: `${API_PREFIX}/pull?after=0`, headers: bearer(token) });
    expect(pulled.json().operations[0].operation).toEqual(future);
  });

  it('names the wrong field in a schema error', async () => {
    const h = await hub();
    const token = await join(h, DEVICE_A);
    const response = await h.app.inject({
      method: 'POST',
      url: `${API_PREFIX}/push`,
      headers: bearer(token),
      payload: { operations: [operation(DEVICE_A, { hlc: 'yesterday' })] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'hub.invalidRequest' });
    expect(response.json().error.message).toContain('operations.0.hlc');
  });

  it('refuses operations nested too deeply to store safely', async () => {
    const h = await hub();
    const token = await join(h, DEVICE_A);
    // Deep enough to overflow JSON.stringify's stack, yet small enough for the body limit.
    const depth = 200_000;
    const deep = `${'['.repeat(depth)}"bottom"${']'.repeat(depth)}`;
    const body = JSON.stringify({ operations: [operation(DEVICE_A, { patch: { text: 'DEEP' } })] }).replace(
      '"DEEP"',
      deep,
    );
    const response = await h.app.inject({
      method: 'POST',
      url: `${API_PREFIX}/push`,
      headers: { ...bearer(token), 'content-type': 'application/json' },
      payload: body,
    });
    expect(response.statusCode).toBe(400);
    expect(errorCode(response.body)).toBe('hub.invalidRequest');
  });
});

describe('authentication and errors', () => {
  it.each([
    ['push', 'POST', `${API_PREFIX}/push`],
    ['pull', 'GET', `${API_PREFIX}/pull?after=0`],
    ['status', 'GET', `${API_PREFIX}/status`],
    ['live', 'GET', `${API_PREFIX}/live`],
  ] as const)('%s without a token is 401 hub.unauthorized', async (_name, method, url) => {
    const h = await hub();
    const response = await h.app.inject({
      method,
      url,
      payload: method === 'POST' ? { operations: [] } : undefined,
    });
    expect(response.statusCode).toBe(401);
    expect(errorCode(response.body)).toBe('hub.unauthorized');
  });

  it('answers status to a device with a token', async () => {
    const h = await hub();
    const token = await join(h, DEVICE_A);
    const response = await h.app.inject({ url: `${API_PREFIX}/status`, headers: bearer(token) });
    expect(response.statusCode).toBe(200);
    expect(statusResponseSchema.parse(response.json())).toMatchObject({
      hubId: h.hubId,
      head: 0,
      protocol: 1,
    });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('lets the desktop app’s page call the API across origins, with its token', async () => {
    const h = await hub();
    const origin = 'app://crisis-room';
    const preflight = await h.app.inject({
      method: 'OPTIONS',
      url: `${API_PREFIX}/push`,
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/authorization/);
    expect(String(preflight.headers['access-control-allow-methods'])).toMatch(/POST/);
    // No cookies ever: a foreign page cannot ride on someone's session.
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();

    const token = await join(h, DEVICE_A);
    const status = await h.app.inject({ url: `${API_PREFIX}/status`, headers: { ...bearer(token), origin } });
    expect(status.statusCode).toBe(200);
    expect(status.headers['access-control-allow-origin']).toBe('*');
    const anonymous = await h.app.inject({ url: `${API_PREFIX}/status`, headers: { origin } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('maps malformed JSON, oversized bodies, unknown routes and wrong methods to the protocol’s errors', async () => {
    const h = await hub();
    const token = await join(h, DEVICE_A);
    const json = { ...bearer(token), 'content-type': 'application/json' };
    const cases = [
      [
        { method: 'POST', url: `${API_PREFIX}/push`, headers: json, payload: '{"operations": [' },
        400,
        'hub.badJson',
      ],
      [
        { method: 'POST', url: `${API_PREFIX}/push`, headers: json, payload: 'x'.repeat(BODY_MAX_BYTES + 1) },
        413,
        'hub.tooLarge',
      ],
      [{ method: 'GET', url: `${API_PREFIX}/nothing` }, 404, 'hub.notFound'],
      [{ method: 'GET', url: `${API_PREFIX}/push` }, 405, 'hub.methodNotAllowed'],
      [{ method: 'DELETE', url: `${API_PREFIX}/status` }, 405, 'hub.methodNotAllowed'],
    ] as const;
    for (const [request, status, code] of cases) {
      const response = await h.app.inject(request);
      expect(response.statusCode, request.url).toBe(status);
      expect(errorCode(response.body)).toBe(code);
    }
  });

  it('limits requests per device and per address with 429 hub.rateLimited', async () => {
    const h = await hub({ rateLimit: { max: 3, windowMs: 60_000 } });
    const tokenA = await join(h, DEVICE_A);
    const tokenB = await join(h, DEVICE_B);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await h.app.inject({ url: `${API_PREFIX}/status`, headers: bearer(tokenA) })).statusCode,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await h.app.inject({ url: `${API_PREFIX}/status`, headers: bearer(tokenA) });
    expect(errorCode(limited.body)).toBe('hub.rateLimited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another device has its own allowance; the two joins used up the address's.
    expect((await h.app.inject({ url: `${API_PREFIX}/status`, headers: bearer(tokenB) })).statusCode).toBe(
      200,
    );
    const anonymous = await h.app.inject({ url: `${API_PREFIX}/status` });
    expect([anonymous.statusCode, errorCode(anonymous.body)]).toEqual([401, 'hub.unauthorized']);
    const fourth = await h.app.inject({ url: `${API_PREFIX}/nothing` });
    expect([fourth.statusCode, errorCode(fourth.body)]).toEqual([429, 'hub.rateLimited']);
  });
});
