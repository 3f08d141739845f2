/**
 * What a merged record must look like, per synced table. A remote operation that would make a record
 * invalid is kept in the local history but not applied, so bad data from one device cannot corrupt others.
 */
import type { z } from 'zod';
import { incidentSchema } from '../domain/incident';
import { memberSchema } from '../domain/member';
import { timelineEntrySchema } from '../domain/timeline-entry';
import type { SyncedTable } from './operation';

export const recordSchemas: Record<SyncedTable, z.ZodType> = {
  incidents: incidentSchema,
  timeline: timelineEntrySchema,
  members: memberSchema,
};
