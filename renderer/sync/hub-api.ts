/**
 * The hub's HTTP API as the renderer calls it. Every response is validated with the protocol schemas;
 * failures come back as a reason code, never as an exception.
 */
import type { z } from 'zod';
import type { Operation } from '../../shared/sync/operation';
import {
  API_PREFIX,
  hubErrorSchema,
  joinResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  statusResponseSchema,
  type HubErrorCode,
  type JoinRequest,
  type JoinResponse,
  type PullResponse,
  type PushResponse,
  type StatusResponse,
} from '../../shared/sync/protocol';

export type HubFailure = HubErrorCode | 'hub.unreachable' | 'hub.badResponse';
export type HubResult<T> = { ok: true; value: T } | { ok: false; code: HubFailure; status?: number };

export interface HubConnection {
  url: string;
  token: string;
}

/** Normalises what a person types as a hub address: `192.168.1.20:8470` → `http://192.168.1.20:8470`. */
export function hubUrlNormalize(input: string): string | null {
  const trimmed = input.trim().replace(/\/+$/, '');
  if (trimmed === '') return null;
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    if (url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}

async function request<T>(
  url: string,
  schema: z.ZodType<T>,
  init: RequestInit & { token?: string },
): Promise<HubResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers, cache: 'no-store' });
  } catch {
    return { ok: false, code: 'hub.unreachable' };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, code: 'hub.badResponse', status: response.status };
  }
  if (!response.ok) {
    const error = hubErrorSchema.safeParse(body);
    return {
      ok: false,
      code: error.success ? error.data.error.code : 'hub.badResponse',
      status: response.status,
    };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, code: 'hub.badResponse' };
}

export function hubJoin(url: string, join: JoinRequest): Promise<HubResult<JoinResponse>> {
  return request(`${url}${API_PREFIX}/join`, joinResponseSchema, {
    method: 'POST',
    body: JSON.stringify(join),
  });
}

export function hubStatus(hub: HubConnection): Promise<HubResult<StatusResponse>> {
  return request(`${hub.url}${API_PREFIX}/status`, statusResponseSchema, { token: hub.token });
}

export function hubPush(
  hub: HubConnection,
  operations: readonly Operation[],
): Promise<HubResult<PushResponse>> {
  return request(`${hub.url}${API_PREFIX}/push`, pushResponseSchema, {
    method: 'POST',
    token: hub.token,
    body: JSON.stringify({ operations }),
  });
}

export function hubPull(hub: HubConnection, after: number, limit: number): Promise<HubResult<PullResponse>> {
  return request(`${hub.url}${API_PREFIX}/pull?after=${after}&limit=${limit}`, pullResponseSchema, {
    token: hub.token,
  });
}

/** The live channel: browsers cannot set headers on a WebSocket, so the token rides in the subprotocol. */
export function hubLiveOpen(hub: HubConnection): WebSocket {
  const url = new URL(`${API_PREFIX}/live`, hub.url);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return new WebSocket(url, ['bearer', `bearer.${hub.token}`]);
}
