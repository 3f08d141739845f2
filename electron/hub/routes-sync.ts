/**
 * The authenticated sync routes: push (append operations), pull (read them by cursor) and status. The hub
 * never interprets an operation beyond checking its shape and that its device is the caller's: merging is
 * the clients' job (shared/sync), the hub only gives every operation its place in one total order.
 */
import type { FastifyInstance } from 'fastify';
import {
  API_PREFIX,
  PROTOCOL_VERSION,
  pullQuerySchema,
  pushRequestSchema,
  type PullResponse,
  type PushResponse,
  type StatusResponse,
} from '../../shared/sync/protocol';
import { deviceOf, requireDevice } from './auth';
import type { HubContext } from './context';
import { HubHttpError } from './errors';
import type { StoredOperation } from './store';
import { jsonDepthExceeds, MAX_JSON_DEPTH, parseOrThrow, requireDecimalQuery } from './validation';

/**
 * A pull page stops at about this much operation JSON, whatever `limit` says: 5000 operations of up to
 * 4 MB each would not fit in memory. Fewer operations with `more: true` is a valid answer to any limit.
 */
export const PULL_MAX_BYTES = 8 * 1024 * 1024;

export function registerSyncRoutes(app: FastifyInstance, hub: HubContext): void {
  const authenticated = { preParsing: requireDevice };

  app.post(`${API_PREFIX}/push`, authenticated, async (request): Promise<PushResponse> => {
    const { deviceId } = deviceOf(request);
    const { operations } = parseOrThrow(pushRequestSchema, request.body, 'body');
    operations.forEach((operation, index) => {
      if (operation.device !== deviceId) {
        throw new HubHttpError(
          403,
          'hub.forbidden',
          `operations.${index}.device is not the device this token belongs to: a device writes only in its own name.`,
        );
      }
    });
    // Store what the client sent, not zod's copy: that would drop fields a newer client added.
    const received = (request.body as { operations: StoredOperation[] }).operations;
    received.forEach((operation, index) => {
      if (jsonDepthExceeds(operation, MAX_JSON_DEPTH)) {
        throw new HubHttpError(
          400,
          'hub.invalidRequest',
          `Invalid body: operations.${index} is nested deeper than ${MAX_JSON_DEPTH} levels`,
        );
      }
    });
    const result = hub.store.append(received, deviceId);
    if (result.accepted > 0) hub.announceHead(result.head);
    return result;
  });

  app.get(`${API_PREFIX}/pull`, authenticated, async (request): Promise<PullResponse> => {
    requireDecimalQuery(request.query, ['after', 'limit']);
    const { after, limit } = parseOrThrow(pullQuerySchema, { ...(request.query as object) }, 'query');
    const head = hub.store.head();
    if (after > head) {
      throw new HubHttpError(
        400,
        'hub.cursorOutOfRange',
        `after (${after}) is beyond the hub's head (${head}): this hub does not have the history the cursor comes from.`,
      );
    }
    const operations = hub.store.read(after, limit, PULL_MAX_BYTES);
    // One synchronous store, so nothing can append between reading the head and the page.
    const last = operations.at(-1)?.seq ?? after;
    return { operations, head, more: last < head };
  });

  app.get(`${API_PREFIX}/status`, authenticated, async (): Promise<StatusResponse> => ({
    hubId: hub.hubId,
    teamName: hub.teamName,
    head: hub.store.head(),
    serverTime: new Date().toISOString(),
    protocol: PROTOCOL_VERSION,
  }));
}
