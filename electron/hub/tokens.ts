/**
 * Device tokens: 32 random bytes, base64url. The hub stores only their SHA-256, so a copy of the database
 * (a backup, a stolen laptop) does not let anyone write as a team member. A token has 256 bits of entropy,
 * which is why a plain fast hash is enough here (nothing to brute-force), unlike a password.
 */
import { createHash, randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;
/** base64url of 32 bytes, no padding. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** The WebSocket subprotocol a browser offers alongside `bearer.<token>`; the hub selects it. */
export const LIVE_PROTOCOL = 'bearer';
const LIVE_TOKEN_PREFIX = `${LIVE_PROTOCOL}.`;

export function tokenCreate(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token of the right shape, or undefined; saves a database look-up for garbage. */
function tokenWellFormed(candidate: string | undefined): string | undefined {
  return candidate !== undefined && TOKEN_PATTERN.test(candidate) ? candidate : undefined;
}

/** The token from `Authorization: Bearer <token>` (scheme case-insensitive, RFC 7235). */
export function tokenFromAuthorization(header: string | undefined): string | undefined {
  const match = /^Bearer +(\S+)\s*$/i.exec(header ?? '');
  return tokenWellFormed(match?.[1]);
}

/**
 * The token from `Sec-WebSocket-Protocol: bearer, bearer.<token>`: browsers cannot set headers on a
 * WebSocket, but they can list subprotocols.
 */
export function tokenFromWebSocketProtocols(header: string | undefined): string | undefined {
  const offered = (header ?? '').split(',').map((item) => item.trim());
  const item = offered.find((protocol) => protocol.startsWith(LIVE_TOKEN_PREFIX));
  return tokenWellFormed(item?.slice(LIVE_TOKEN_PREFIX.length));
}
