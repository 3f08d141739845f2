/**
 * GET /live: a WebSocket that tells clients "the head is now N, pull". It carries no data, only the nudge,
 * so a missed or late message costs one pull and nothing else. The token comes as the subprotocol
 * `bearer.<token>` (browsers cannot set headers on a WebSocket) next to `bearer`, which the hub selects.
 */
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { API_PREFIX, type LiveMessage } from '../../shared/sync/protocol';
import { deviceOf, requireDevice } from './auth';
import { HubHttpError } from './errors';
import type { HubStore } from './store';
import { LIVE_PROTOCOL } from './tokens';

/** A peer that did not answer a ping within this time is gone (laptop lid closed, Wi-Fi dropped). */
const HEARTBEAT_MS = 30_000;
/** A client this far behind on reading gets no more nudges until it catches up: it will pull anyway. */
const MAX_BUFFERED_BYTES = 64 * 1024;
/** Live sockets per device (several tabs, reconnects); past this the oldest is closed, so none pile up. */
export const MAX_SOCKETS_PER_DEVICE = 8;

export interface LiveChannel {
  announceHead(head: number): void;
  close(): void;
}

/** Options for @fastify/websocket's server. */
export const liveServerOptions = {
  // Clients send nothing; anything large is abuse.
  maxPayload: 1024,
  handleProtocols: (protocols: Set<string>): string | false =>
    protocols.has(LIVE_PROTOCOL) ? LIVE_PROTOCOL : false,
};

export function registerLiveRoute(app: FastifyInstance, store: HubStore): LiveChannel {
  const sockets = new Set<WebSocket>();
  const alive = new WeakSet<WebSocket>();
  const byDevice = new Map<string, WebSocket[]>();

  const track = (deviceId: string, socket: WebSocket): void => {
    const own = byDevice.get(deviceId) ?? [];
    own.push(socket);
    byDevice.set(deviceId, own);
    if (own.length > MAX_SOCKETS_PER_DEVICE) own.shift()!.close(1008, 'too many live connections');
    socket.on('close', () => {
      sockets.delete(socket);
      const remaining = (byDevice.get(deviceId) ?? []).filter((other) => other !== socket);
      if (remaining.length > 0) byDevice.set(deviceId, remaining);
      else byDevice.delete(deviceId);
    });
  };

  const send = (socket: WebSocket, head: number): void => {
    if (socket.readyState !== socket.OPEN || socket.bufferedAmount > MAX_BUFFERED_BYTES) return;
    const message: LiveMessage = { type: 'head', head };
    socket.send(JSON.stringify(message));
  };

  app.route({
    method: 'GET',
    url: `${API_PREFIX}/live`,
    preParsing: requireDevice,
    handler: async () => {
      throw new HubHttpError(
        400,
        'hub.invalidRequest',
        'This endpoint is a WebSocket: connect with Upgrade.',
      );
    },
    wsHandler: (socket, request) => {
      sockets.add(socket);
      alive.add(socket);
      socket.on('pong', () => alive.add(socket));
      track(deviceOf(request).deviceId, socket);
      send(socket, store.head());
    },
  });

  const heartbeat = setInterval(() => {
    for (const socket of sockets) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, HEARTBEAT_MS);
  // The heartbeat alone must not keep a process alive that is otherwise done.
  heartbeat.unref();

  return {
    announceHead(head) {
      for (const socket of sockets) send(socket, head);
    },
    close() {
      clearInterval(heartbeat);
    },
  };
}
