/**
 * Every failure leaves the hub as `{ error: { code, message } }` with the matching status, whichever part
 * of the stack raised it: our routes, Fastify's body parser, the rate limiter or the router. This module
 * is the one place that decides the code and the status.
 */
import type { FastifyReply } from 'fastify';
import type { HubError, HubErrorCode } from '../../shared/sync/protocol';

export class HubHttpError extends Error {
  readonly status: number;
  readonly code: HubErrorCode;

  constructor(status: number, code: HubErrorCode, message: string) {
    super(message);
    this.name = 'HubHttpError';
    this.status = status;
    this.code = code;
  }
}

/** Fastify's own error codes that a client can provoke, with what we answer instead. */
const fastifyErrors: Record<string, [number, HubErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'hub.tooLarge', 'The request body is larger than the hub accepts.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'hub.badJson', 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'hub.badJson', 'The request body is empty; JSON was expected.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'hub.invalidRequest', 'Content-Type must be application/json.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'hub.invalidRequest', 'Content-Length does not match the body.'],
  FST_ERR_BAD_URL: [400, 'hub.invalidRequest', 'The URL is malformed.'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'hub.invalidRequest', 'The URL is too long.'],
};

interface ErrorLike {
  code?: unknown;
  statusCode?: unknown;
}

/** Maps anything thrown while handling a request to the error the client sees. */
export function toHubHttpError(error: unknown): HubHttpError {
  if (error instanceof HubHttpError) return error;
  const { code, statusCode } = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const known = typeof code === 'string' ? fastifyErrors[code] : undefined;
  if (known) return new HubHttpError(...known);
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    // A client error raised below us that we have no specific code for (e.g. a body stream aborted).
    return new HubHttpError(statusCode, 'hub.invalidRequest', 'The request could not be read.');
  }
  return new HubHttpError(500, 'hub.internal', 'The hub failed to handle the request.');
}

export function hubErrorBody(error: HubHttpError): HubError {
  return { error: { code: error.code, message: error.message } };
}

/** Headers every response carries; API answers are never cached (they hold team data). */
export function applyApiHeaders(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
}

export function sendHubError(reply: FastifyReply, error: HubHttpError): FastifyReply {
  applyApiHeaders(reply);
  return reply.code(error.status).type('application/json; charset=utf-8').send(hubErrorBody(error));
}

export const unauthorized = (): HubHttpError =>
  new HubHttpError(
    401,
    'hub.unauthorized',
    'A valid device token is required (Authorization: Bearer <token>).',
  );
