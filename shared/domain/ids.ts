/**
 * Branded identifiers. Every record id is a UUIDv7: unique across devices without coordination and
 * sortable by creation time, which keeps IndexedDB keys and the sync outbox in creation order.
 */
import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';
import { z } from 'zod';

export type Brand<T, B extends string> = T & { readonly __brand: B };

export type IncidentId = Brand<string, 'IncidentId'>;
export type EntryId = Brand<string, 'EntryId'>;
export type MemberId = Brand<string, 'MemberId'>;
export type DeviceId = Brand<string, 'DeviceId'>;
export type OperationId = Brand<string, 'OperationId'>;
export type StakeholderId = Brand<string, 'StakeholderId'>;
export type NotificationId = Brand<string, 'NotificationId'>;
export type ChannelId = Brand<string, 'ChannelId'>;
export type ChecklistTemplateItemId = Brand<string, 'ChecklistTemplateItemId'>;
export type ChecklistItemId = Brand<string, 'ChecklistItemId'>;
export type RoleAssignmentId = Brand<string, 'RoleAssignmentId'>;
export type DraftId = Brand<string, 'DraftId'>;
export type VersionId = Brand<string, 'VersionId'>;
export type ApprovalId = Brand<string, 'ApprovalId'>;
export type PublicationId = Brand<string, 'PublicationId'>;
export type MessageTemplateId = Brand<string, 'MessageTemplateId'>;
export type LessonId = Brand<string, 'LessonId'>;

export const uuidSchema = z.uuid();
export const incidentIdSchema = uuidSchema.transform((s) => s as IncidentId);
export const entryIdSchema = uuidSchema.transform((s) => s as EntryId);
export const memberIdSchema = uuidSchema.transform((s) => s as MemberId);
export const deviceIdSchema = uuidSchema.transform((s) => s as DeviceId);
export const operationIdSchema = uuidSchema.transform((s) => s as OperationId);

export function idNew<T extends string>(): T {
  return uuidv7() as T;
}

/** Namespace for ids derived from names (UUIDv5): fixed forever, or derived ids would change. */
const DERIVED_NAMESPACE = '6f1d6c0e-3a52-4c1b-9a57-2f3c1e6a9b41';

/**
 * A stable id for a record that must exist at most once per key, such as "stakeholder S in incident I".
 * Two devices that create it offline create the same record, so sync merges them instead of doubling.
 */
export function idDerived<T extends string>(...parts: string[]): T {
  return uuidv5(parts.join('\u0000'), DERIVED_NAMESPACE) as T;
}
