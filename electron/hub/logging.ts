/**
 * Logger settings for the hub. Tokens and invite codes must never reach a log: the default request
 * serializer logs no headers and no bodies, and the redaction below covers anyone who adds them later.
 */
import type { FastifyServerOptions } from 'fastify';

export const hubLogLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type HubLogLevel = (typeof hubLogLevels)[number];

export function hubLoggerOptions(level: HubLogLevel): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["sec-websocket-protocol"]',
        'headers.authorization',
        'headers["sec-websocket-protocol"]',
        '*.token',
        '*.inviteCode',
        'token',
        'inviteCode',
      ],
      censor: '[redacted]',
    },
  };
}
