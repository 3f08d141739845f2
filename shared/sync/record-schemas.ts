/**
 * What a merged record must look like, per synced table. A remote operation that would make a record
 * invalid is kept in the local history but not applied, so bad data from one device cannot corrupt others.
 */
import type { z } from 'zod';
import { channelSchema } from '../domain/channel';
import { checklistItemSchema, checklistTemplateItemSchema } from '../domain/checklist';
import { incidentSchema } from '../domain/incident';
import { roleAssignmentSchema } from '../domain/incident-role';
import { memberSchema } from '../domain/member';
import { notificationSchema } from '../domain/notification';
import { stakeholderSchema } from '../domain/stakeholder';
import { timelineEntrySchema } from '../domain/timeline-entry';
import type { SyncedTable } from './operation';

export const recordSchemas: Record<SyncedTable, z.ZodType> = {
  incidents: incidentSchema,
  timeline: timelineEntrySchema,
  members: memberSchema,
  stakeholders: stakeholderSchema,
  notifications: notificationSchema,
  channels: channelSchema,
  checklistTemplates: checklistTemplateItemSchema,
  checklistItems: checklistItemSchema,
  roleAssignments: roleAssignmentSchema,
};
