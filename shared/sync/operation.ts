/**
 * The unit of change. Every mutation writes its record and one operation to the outbox in the same
 * transaction; the sync engine ships operations, never whole databases. Operations are immutable and
 * idempotent: applying one twice changes nothing.
 */
import { z } from 'zod';
import { hlcIsValid, type Hlc } from './hlc';

/** Tables whose records travel between devices. */
export const syncedTables = ['incidents', 'timeline', 'members'] as const;
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
  /** Per patched field, the HLC of the value the author saw when editing: detects concurrent edits. */
  seen: z.record(z.string(), hlcSchema).optional(),
  author: z.uuid(),
  device: z.uuid(),
});

export type Operation = z.infer<typeof operationSchema> & { hlc: Hlc };
