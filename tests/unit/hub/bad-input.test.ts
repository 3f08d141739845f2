import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX, hubErrorSchema, type PushResponse } from '../../../shared/sync/protocol';
import type { Hub } from '../../../electron/hub/server';
import { badRequests, type BadRequest } from './bad-requests';
import {
  bearer,
  DEVICE_A,
  DEVICE_B,
  join,
  operations,
  removeTempDirs,
  storeFingerprint,
  testHub,
} from './helpers';

let hub: Hub;
let token: string;
let fingerprint: string;
let cases: BadRequest[];
const accepted: { token: string; batch: ReturnType<typeof operations> }[] = [];

beforeAll(async () => {
  hub = await testHub();
  token = await join(hub, DEVICE_A);
  const tokenB = await join(hub, DEVICE_B);
  for (const [owner, device, count] of [
    [token, DEVICE_A, 20],
    [tokenB, DEVICE_B, 7],
    [token, DEVICE_A, 1],
  ] as const) {
    const batch = operations(device, count);
    const response = await hub.app.inject({
      method: 'POST',
      url: `${API_PREFIX}/push`,
      headers: bearer(owner),
      payload: { operations: batch },
    });
    expect(response.statusCode).toBe(200);
    accepted.push({ token: owner, batch });
  }
  fingerprint = storeFingerprint(hub.store);
  cases = badRequests({ token, head: hub.store.head() });
});

afterAll(async () => {
  await hub.close();
  removeTempDirs();
});

function describeRequest(request: InjectOptions): string {
  return `${String(request.method)} ${String(request.url).slice(0, 80)}`;
}

describe('the hub under bad input', () => {
  it('has at least 500 generated bad requests covering every category', () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    const categories = new Set(cases.map((c) => c.category));
    expect([...categories].sort()).toEqual(
      [
        'cursor',
        'extra field',
        'forbidden',
        'invite',
        'malformed JSON',
        'media type',
        'missing field',
        'route',
        'token',
        'too large',
        'wrong type',
      ].sort(),
    );
  });

  it('answers every bad request with the expected 4xx and a JSON { error: { code, message } }', async () => {
    const failures: string[] = [];
    for (const bad of cases) {
      const response = await hub.app.inject(bad.request);
      const parsed = hubErrorSchema.safeParse(
        response.headers['content-type']?.toString().startsWith('application/json')
          ? JSON.parse(response.body)
          : undefined,
      );
      const code = parsed.success ? parsed.data.error.code : undefined;
      if (
        response.statusCode !== bad.status ||
        code === undefined ||
        !bad.codes.includes(code) ||
        !parsed.data?.error.message
      ) {
        failures.push(
          `${bad.category} / ${bad.label} (${describeRequest(bad.request)}): got ${response.statusCode} ${response.body.slice(0, 160)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });

  it('changes nothing when a push is replayed', async () => {
    for (let round = 0; round < 3; round++) {
      for (const { token: owner, batch } of accepted) {
        for (const order of [batch, [...batch].reverse()]) {
          const response = await hub.app.inject({
            method: 'POST',
            url: `${API_PREFIX}/push`,
            headers: bearer(owner),
            payload: { operations: order },
          });
          expect(response.statusCode).toBe(200);
          expect(response.json<PushResponse>()).toMatchObject({ accepted: 0, duplicates: batch.length });
        }
      }
    }
  });

  it('still answers status afterwards, with every stored operation exactly as before', async () => {
    const status = await hub.app.inject({ url: `${API_PREFIX}/status`, headers: bearer(token) });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ head: 28 });
    expect(storeFingerprint(hub.store)).toBe(fingerprint);
  });
});
