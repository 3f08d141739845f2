/**
 * What the hub needs from durable storage, written as an interface so that a PostgreSQL store for
 * central deployments can replace the embedded SQLite one without touching the routes.
 *
 * Contract every implementation keeps:
 * - `append` is atomic and durable: when it returns, the whole batch is on stable storage or none of it is.
 * - operations are unique by id: appending an id that is already stored is a no-op counted as a duplicate.
 * - sequence numbers are assigned in append order, are strictly increasing and are never reused.
 */
import type { SequencedOperation } from '../../shared/sync/protocol';

/**
 * An operation as it arrived: validated against operationSchema. Fields the schema does not know are kept
 * (at runtime) so that a newer client's additions reach other newer clients through an older hub.
 */
export type StoredOperation = SequencedOperation['operation'];

export interface AppendResult {
  /** Newly stored. */
  accepted: number;
  /** Already stored before (or earlier in the same batch); not stored twice. */
  duplicates: number;
  /** The highest sequence number after the append. */
  head: number;
}

export interface DeviceIdentity {
  deviceId: string;
  memberName?: string;
}

/** Settings the hub keeps between runs. */
export type MetaKey = 'hubId' | 'teamName' | 'inviteCodeHash';

export interface HubStore {
  /** Stores the operations not yet stored, in order, in one transaction. `deviceId` is the pushing device. */
  append(operations: readonly StoredOperation[], deviceId: string): AppendResult;
  /**
   * Operations with a sequence number greater than `after`, oldest first, at most `limit`, and stopping
   * before the stored JSON passes `maxBytes` (but always at least one operation when there is one).
   */
  read(after: number, limit: number, maxBytes?: number): SequencedOperation[];
  /** The highest sequence number assigned so far; 0 when empty. */
  head(): number;
  /** Records a device and one of its tokens (a device that joins again gets another token). */
  registerDevice(deviceId: string, tokenHash: string, memberName?: string): void;
  deviceForTokenHash(tokenHash: string): DeviceIdentity | undefined;
  getMeta(key: MetaKey): string | undefined;
  setMeta(key: MetaKey, value: string): void;
  close(): void;
}
