/** The whole generated catalogue of bad requests, each with the answer the hub must give. */
import { addBadAccess } from './bad-access';
import { addBadBodies } from './bad-bodies';
import type { AddCase, BadRequest, BadRequestContext } from './bad-request-kit';

export type { BadRequest } from './bad-request-kit';

export function badRequests(context: BadRequestContext): BadRequest[] {
  const cases: BadRequest[] = [];
  const add: AddCase = (category, label, request, status, ...codes) =>
    cases.push({ category, label, request, status, codes });
  addBadBodies(context, add);
  addBadAccess(context, add);
  return cases;
}
