/**
 * POST /join: the one unauthenticated route. A correct invite code buys a device token; the token is
 * returned once and only its hash is kept. A device that joins again (it lost its token, or the answer
 * to its first join never arrived) simply gets another token.
 */
import type { FastifyInstance } from 'fastify';
import { API_PREFIX, joinRequestSchema, type JoinResponse } from '../../shared/sync/protocol';
import type { HubContext } from './context';
import { HubHttpError } from './errors';
import { inviteCodeMatches } from './invite';
import { tokenCreate, tokenHash } from './tokens';
import { parseOrThrow } from './validation';

export function registerJoinRoute(app: FastifyInstance, hub: HubContext): void {
  app.post(`${API_PREFIX}/join`, async (request): Promise<JoinResponse> => {
    const join = parseOrThrow(joinRequestSchema, request.body, 'body');
    if (!inviteCodeMatches(join.inviteCode, hub.hubId, hub.inviteCodeHash)) {
      throw new HubHttpError(403, 'hub.inviteInvalid', 'The invite code is not valid for this hub.');
    }
    const token = tokenCreate();
    hub.store.registerDevice(join.deviceId, tokenHash(token), join.memberName);
    request.log.info({ deviceId: join.deviceId }, 'device joined');
    return { token, hubId: hub.hubId, teamName: hub.teamName };
  });
}
