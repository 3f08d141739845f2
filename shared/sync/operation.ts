/**
 * The unit of change. Every mutation writes its record and one operation to the outbox in the same
 * transaction; the sync engine ships operations, never whole databases. Operations are immutable and
 * idempotent: applying one twice changes nothing.
 */
import { z } from 'zod';
import { hlcIsValid, type Hlc } from './hlc';

/** Tables whose records travel between devices. */
export const syncedTables = [
  'incidents',
  'timeline',
  'members',
  'stakeholders',
  'notifications',
  'channels',
  'checklistTemplates',
  'checklistItems',
  'roleAssignments',
  'drafts',
  'draftVersions',
  'approvals',
  'publications',
  'messageTemplates',
  'organisation',
  'lessons',
] as const;
export type SyncedTable = (typeof syncedTables)[number];

export const hlcSchema = z.string().max(200).refine(hlcIsValid, 'not a hybrid logical clock timestamp');

export const operationSchema = z.object({
  id: z.uuid(),
  table: z.enum(syncedTables),
  recordId: z.uuid(),
  /** `create` writes a whole new record; `patch` sets the listed fields of an existing one. */
  kind: z.enum(['create', 'patch']),
  patch: z.record(z.string(), z.unknown()),
  hlc: hlcSchema,
  /**
   * Per patched field, the ids of the patch operations whose values the author saw as current when
   * editing (empty: the value from the record's creation). The edit supersedes exactly those; any other
   * value of the field that it did not supersede is a concurrent edit, kept and shown as a conflict.
   */
  seen: z.record(z.string(), z.array(z.uuid()).max(64)).optional(),
  author: z.uuid(),
  device: z.uuid(),
});

export type Operation = z.infer<typeof operationSchema> & { hlc: Hlc };
