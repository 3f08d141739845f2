/**
 * Building blocks for the generated bad-request catalogue (bad-bodies.ts, bad-access.ts): each case is a
 * request plus the answer it must get. Deterministic (fast-check samples with fixed seeds), so a failure
 * names a request that can be replayed.
 */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { API_PREFIX, type HubErrorCode } from '../../../shared/sync/protocol';

export interface BadRequest {
  category: string;
  label: string;
  request: InjectOptions;
  status: number;
  /** Any of these codes is right (a random string can happen to be valid JSON of the wrong shape). */
  codes: HubErrorCode[];
}

export interface BadRequestContext {
  /** A real token of DEVICE_A. */
  token: string;
  head: number;
}

export type AddCase = (
  category: string,
  label: string,
  request: InjectOptions,
  status: number,
  ...codes: HubErrorCode[]
) => void;

export const PUSH = `${API_PREFIX}/push`;
export const JOIN = `${API_PREFIX}/join`;
export const PULL = `${API_PREFIX}/pull`;
export const JSON_TYPE = { 'content-type': 'application/json' };

export const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): T[] =>
  fc.sample(arbitrary, { numRuns: count, seed });

export const notJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
};

export function push(token: string, body: unknown): InjectOptions {
  return {
    method: 'POST',
    url: PUSH,
    headers: { authorization: `Bearer ${token}`, ...JSON_TYPE },
    payload: JSON.stringify(body),
  };
}

export function join(body: unknown): InjectOptions {
  return { method: 'POST', url: JOIN, headers: JSON_TYPE, payload: JSON.stringify(body) };
}
