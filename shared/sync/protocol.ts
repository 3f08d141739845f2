/**
 * The hub's wire protocol (version 1), written once for the hub and the sync client. Every request body
 * and query is validated with these schemas where it arrives; every error is `{ error: { code, message } }`
 * with a 4xx or 5xx status. See docs/sync.md.
 */
import { z } from 'zod';
import { operationSchema } from './operation';

export const PROTOCOL_VERSION = 1;
export const API_PREFIX = '/api/v1';

/** Operations per push; a client with more sends several pushes. */
export const PUSH_MAX_OPERATIONS = 1000;
export const PULL_MAX_LIMIT = 5000;
export const PULL_DEFAULT_LIMIT = 1000;
/** Request bodies larger than this are refused with 413 before parsing. */
export const BODY_MAX_BYTES = 4 * 1024 * 1024;

export const joinRequestSchema = z.strictObject({
  inviteCode: z.string().trim().min(6).max(64),
  deviceId: z.uuid(),
  memberName: z.string().trim().min(1).max(100).optional(),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

export const joinResponseSchema = z.object({
  token: z.string().min(32),
  hubId: z.string(),
  teamName: z.string(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const pushRequestSchema = z.strictObject({
  operations: z.array(operationSchema).min(1).max(PUSH_MAX_OPERATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResponseSchema = z.object({
  /** Newly stored. */
  accepted: z.number().int().nonnegative(),
  /** Already stored (a retried push): ignored, not stored twice. */
  duplicates: z.number().int().nonnegative(),
  head: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** Query string of GET /pull: operations with a sequence number greater than `after`. */
export const pullQuerySchema = z.strictObject({
  after: z.coerce.number().int().nonnegative(),
  limit: z.coerce.number().int().min(1).max(PULL_MAX_LIMIT).default(PULL_DEFAULT_LIMIT),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const sequencedOperationSchema = z.object({
  seq: z.number().int().positive(),
  operation: operationSchema,
});
export type SequencedOperation = z.infer<typeof sequencedOperationSchema>;

export const pullResponseSchema = z.object({
  operations: z.array(sequencedOperationSchema),
  /** The highest sequence number the hub has assigned. */
  head: z.number().int().nonnegative(),
  /** More operations follow after the last one returned. */
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const statusResponseSchema = z.object({
  hubId: z.string(),
  teamName: z.string(),
  head: z.number().int().nonnegative(),
  serverTime: z.string(),
  protocol: z.literal(PROTOCOL_VERSION),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;

/** Sent by the hub over the WebSocket whenever its head moves: "there is news, pull". */
export const liveMessageSchema = z.object({ type: z.literal('head'), head: z.number().int().nonnegative() });
export type LiveMessage = z.infer<typeof liveMessageSchema>;

export const hubErrorCodes = [
  'hub.badJson',
  'hub.invalidRequest',
  'hub.unauthorized',
  'hub.forbidden',
  'hub.inviteInvalid',
  'hub.tooLarge',
  'hub.rateLimited',
  'hub.cursorOutOfRange',
  'hub.notFound',
  'hub.methodNotAllowed',
  'hub.internal',
] as const;
export type HubErrorCode = (typeof hubErrorCodes)[number];

export const hubErrorSchema = z.object({
  error: z.object({ code: z.enum(hubErrorCodes), message: z.string() }),
});
export type HubError = z.infer<typeof hubErrorSchema>;
