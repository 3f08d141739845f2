/**
 * The sync hub as a Fastify app: `createHub` wires the store, the routes and the error mapping and returns
 * a hub that is not yet listening. Importing this module has no side effects, so the CLI, the Electron
 * utility process (entry.ts) and the tests all build the same hub.
 */
import { randomUUID } from 'node:crypto';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { BODY_MAX_BYTES } from '../../shared/sync/protocol';
import { identifyDevice } from './auth';
import type { HubContext } from './context';
import { HubHttpError, hubErrorBody, sendHubError, toHubHttpError } from './errors';
import { inviteCodeHash, inviteCodeResolve, inviteCodeValidate } from './invite';
import { liveServerOptions, registerLiveRoute } from './live';
import { hubLoggerOptions, type HubLogLevel } from './logging';
import { registerJoinRoute } from './routes-join';
import { registerSyncRoutes } from './routes-sync';
import { openSqliteStore } from './sqlite-store';
import type { HubStore } from './store';
import { registerWeb, securityHeadersHook } from './web';

export interface HubRateLimit {
  /** Requests per window per device (authenticated) or per address (everyone else). */
  max: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: HubRateLimit = { max: 100, windowMs: 10_000 };
export const DEFAULT_TEAM_NAME = 'Crisis Room';
const MAX_TEAM_NAME = 100;

export interface HubOptions {
  /** Folder for the database and invite-code.txt; created if missing. */
  dataDir: string;
  /** Replaces the stored team name; the stored one (or DEFAULT_TEAM_NAME) otherwise. */
  teamName?: string;
  /** Replaces the stored invite code; the stored one (or a new one) otherwise. */
  inviteCode?: string;
  /** The browser build to serve at `/`; nothing is served there without it. */
  webRoot?: string;
  /** Log level, or false for none (the default, for embedding and tests). */
  logger?: HubLogLevel | false;
  /** False turns rate limiting off (benchmarks). */
  rateLimit?: HubRateLimit | false;
  /** Another store implementation; the SQLite store in `dataDir` by default. */
  store?: HubStore;
}

export interface Hub {
  app: FastifyInstance;
  store: HubStore;
  hubId: string;
  teamName: string;
  inviteCode: string;
  /** Listens and resolves with the URL, e.g. `http://127.0.0.1:8470`. */
  start(listen: { host: string; port: number }): Promise<string>;
  /** Stops accepting, finishes requests in flight, closes live sockets and the store. */
  close(): Promise<void>;
}

/** Hub identity and settings, created on first start and kept in the store. */
function settle(store: HubStore, options: HubOptions): Pick<Hub, 'hubId' | 'teamName' | 'inviteCode'> {
  const hubId = store.getMeta('hubId') ?? randomUUID();
  store.setMeta('hubId', hubId);
  const teamName = options.teamName?.trim() || store.getMeta('teamName') || DEFAULT_TEAM_NAME;
  if (teamName.length > MAX_TEAM_NAME)
    throw new Error(`The team name is longer than ${MAX_TEAM_NAME} characters.`);
  store.setMeta('teamName', teamName);
  const invalid = options.inviteCode === undefined ? undefined : inviteCodeValidate(options.inviteCode);
  if (invalid) throw new Error(invalid);
  const inviteCode = inviteCodeResolve(options.dataDir, options.inviteCode);
  store.setMeta('inviteCodeHash', inviteCodeHash(inviteCode, hubId));
  return { hubId, teamName, inviteCode };
}

export async function createHub(options: HubOptions): Promise<Hub> {
  const store = options.store ?? openSqliteStore(options.dataDir);
  try {
    return await buildHub(store, options);
  } catch (error) {
    store.close();
    throw error;
  }
}

async function buildHub(store: HubStore, options: HubOptions): Promise<Hub> {
  const identity = settle(store, options);
  const app = Fastify({
    bodyLimit: BODY_MAX_BYTES,
    logger: options.logger ? hubLoggerOptions(options.logger) : false,
    // Malformed URLs and the like never reach the error handler; answer them in our shape too.
    frameworkErrors: (error, _request, reply) => sendHubError(reply, toHubHttpError(error)),
    // Broken HTTP below Fastify (bad headers, oversized header block): a bare JSON 400, then close.
    clientErrorHandler: (_error, socket) => {
      const body = JSON.stringify(
        hubErrorBody(new HubHttpError(400, 'hub.invalidRequest', 'The HTTP request is malformed.')),
      );
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
            `Connection: close\r\n\r\n${body}`,
        );
      }
    },
  });

  // JSON only. Fastify also parses text/plain, a type any web page may POST cross-origin without asking.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('hubDevice', null);
  app.addHook('onRequest', identifyDevice(store));
  app.addHook('onSend', securityHeadersHook);
  app.setErrorHandler((error, request, reply) => {
    const hubError = toHubHttpError(error);
    if (hubError.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendHubError(reply, hubError);
  });

  // The desktop app's page (app://crisis-room) and a browser build served elsewhere reach the API across
  // origins. Any origin may ask: every API call carries a bearer token, never a cookie, so a foreign page
  // gains nothing it could not do with its own HTTP client.
  await app.register(fastifyCors, {
    origin: '*',
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type'],
    maxAge: 600,
  });

  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (rateLimit) {
    await app.register(fastifyRateLimit, {
      max: rateLimit.max,
      timeWindow: rateLimit.windowMs,
      keyGenerator: (request) =>
        request.hubDevice ? `device:${request.hubDevice.deviceId}` : `address:${request.ip}`,
      errorResponseBuilder: (_request, context) =>
        new HubHttpError(429, 'hub.rateLimited', `Too many requests; try again in ${context.after}.`),
    });
  }
  await app.register(fastifyWebsocket, { options: liveServerOptions });

  const live = registerLiveRoute(app, store);
  const hub: HubContext = {
    store,
    ...identity,
    inviteCodeHash: store.getMeta('inviteCodeHash')!,
    announceHead: (head) => live.announceHead(head),
  };
  registerJoinRoute(app, hub);
  registerSyncRoutes(app, hub);
  await registerWeb(app, options.webRoot);
  app.addHook('onClose', async () => {
    live.close();
    store.close();
  });
  await app.ready();

  return {
    app,
    store,
    ...identity,
    start: ({ host, port }) => app.listen({ host, port }),
    close: () => app.close(),
  };
}
