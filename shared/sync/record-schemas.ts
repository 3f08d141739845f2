/**
 * What a merged record must look like, per synced table. A remote operation that would make a record
 * invalid is kept in the local history but not applied, so bad data from one device cannot corrupt others.
 */
import type { z } from 'zod';
import { approvalSchema } from '../domain/approval';
import { channelSchema } from '../domain/channel';
import { checklistItemSchema, checklistTemplateItemSchema } from '../domain/checklist';
import { draftSchema } from '../domain/draft';
import { draftVersionSchema } from '../domain/draft-version';
import { incidentSchema } from '../domain/incident';
import { lessonSchema } from '../domain/lesson';
import { roleAssignmentSchema } from '../domain/incident-role';
import { memberSchema } from '../domain/member';
import { messageTemplateSchema } from '../domain/message-template';
import { notificationSchema } from '../domain/notification';
import { organisationSchema } from '../domain/organisation';
import { publicationSchema } from '../domain/publication';
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
  drafts: draftSchema,
  draftVersions: draftVersionSchema,
  approvals: approvalSchema,
  publications: publicationSchema,
  messageTemplates: messageTemplateSchema,
  organisation: organisationSchema,
  lessons: lessonSchema,
};
