/** What the route modules share: the store and the hub's identity, fixed when the hub starts. */
import type { HubStore } from './store';

export interface HubContext {
  store: HubStore;
  hubId: string;
  teamName: string;
  /** SHA-256 of the invite code, salted with the hub id (see invite.ts). */
  inviteCodeHash: string;
  /** Tells live clients that the head moved. */
  announceHead(head: number): void;
}
