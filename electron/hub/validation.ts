/**
 * Input checks that turn zod's findings into one readable `hub.invalidRequest` message naming the field,
 * plus the few limits the hub adds on top of the protocol's schemas.
 */
import type { z } from 'zod';
import { HubHttpError } from './errors';

/** Deeper JSON than this cannot be useful to the app and would overflow the stack when serialised. */
export const MAX_JSON_DEPTH = 32;

function fieldName(path: readonly PropertyKey[], root: string): string {
  return path.length === 0 ? root : path.map(String).join('.');
}

/** Parses with `schema` or throws a 400 whose message says which field is wrong and why. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, root: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 3)
    .map((issue) => `${fieldName(issue.path, root)}: ${issue.message}`);
  const more = result.error.issues.length > 3 ? ` (and ${result.error.issues.length - 3} more)` : '';
  // Zod echoes unknown key names, which a client controls: keep the message short.
  const message = `Invalid ${root}: ${issues.join('; ')}${more}`;
  throw new HubHttpError(
    400,
    'hub.invalidRequest',
    message.length > 500 ? `${message.slice(0, 499)}…` : message,
  );
}

/**
 * Query values must be plain decimal integers. The protocol's `z.coerce.number()` alone would read
 * `after=` as 0, `1e3` as 1000 and `0x10` as 16; a client that sends those has a bug we should show it.
 */
export function requireDecimalQuery(query: unknown, fields: readonly string[]): void {
  const values = (query ?? {}) as Record<string, unknown>;
  for (const field of fields) {
    const value = values[field];
    if (value !== undefined && (typeof value !== 'string' || !/^\d{1,16}$/.test(value))) {
      throw new HubHttpError(
        400,
        'hub.invalidRequest',
        `Invalid query: ${field} must be a non-negative integer`,
      );
    }
  }
}

/** Nesting depth of a parsed JSON value, walked without recursion and stopping once past `limit`. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}
