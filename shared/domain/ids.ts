/**
 * Branded identifiers. Every record id is a UUIDv7: unique across devices without coordination and
 * sortable by creation time, which keeps IndexedDB keys and the sync outbox in creation order.
 */
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';

export type Brand<T, B extends string> = T & { readonly __brand: B };

export type IncidentId = Brand<string, 'IncidentId'>;
export type EntryId = Brand<string, 'EntryId'>;
export type MemberId = Brand<string, 'MemberId'>;
export type DeviceId = Brand<string, 'DeviceId'>;
export type OperationId = Brand<string, 'OperationId'>;

export const uuidSchema = z.uuid();
export const incidentIdSchema = uuidSchema.transform((s) => s as IncidentId);
export const entryIdSchema = uuidSchema.transform((s) => s as EntryId);
export const memberIdSchema = uuidSchema.transform((s) => s as MemberId);
export const deviceIdSchema = uuidSchema.transform((s) => s as DeviceId);
export const operationIdSchema = uuidSchema.transform((s) => s as OperationId);

export function idNew<T extends string>(): T {
  return uuidv7() as T;
}
