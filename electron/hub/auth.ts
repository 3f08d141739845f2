/**
 * Who is asking. `identifyDevice` runs first on every request and only looks the token up (so the rate
 * limiter can count per device, and per address for everyone else); `requireDevice` then refuses the
 * request before its body is read, so an unauthenticated client cannot make the hub parse megabytes.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DeviceIdentity, HubStore } from './store';
import { unauthorized } from './errors';
import { tokenFromAuthorization, tokenFromWebSocketProtocols, tokenHash } from './tokens';

declare module 'fastify' {
  interface FastifyRequest {
    /** The device whose token came with the request; null when none or unknown. */
    hubDevice: DeviceIdentity | null;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

export function identifyDevice(store: HubStore) {
  return async (request: FastifyRequest): Promise<void> => {
    // The subprotocol route is only for WebSocket handshakes, where a browser has no other way.
    const upgrade = request.headers.upgrade?.toLowerCase() === 'websocket';
    const token =
      tokenFromAuthorization(headerValue(request.headers.authorization)) ??
      (upgrade
        ? tokenFromWebSocketProtocols(headerValue(request.headers['sec-websocket-protocol']))
        : undefined);
    request.hubDevice = token === undefined ? null : (store.deviceForTokenHash(tokenHash(token)) ?? null);
  };
}

export async function requireDevice(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (!request.hubDevice) throw unauthorized();
}

/** The authenticated device of a request that passed `requireDevice`. */
export function deviceOf(request: FastifyRequest): DeviceIdentity {
  if (!request.hubDevice) throw unauthorized();
  return request.hubDevice;
}
