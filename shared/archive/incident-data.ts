/**
 * Everything recorded about one incident, gathered from the local database: the input of the report model
 * (shared/report) and the content of an incident's JSON archive (shared/archive). Organisation-wide
 * records appear only as far as the incident refers to them (the stakeholders on its board, the channels
 * of its checklists and drafts, the members who wrote or hold a role), so an archive carries what its
 * report needs and no more of the directory.
 */
import type { Approval } from '../domain/approval';
import type { Channel } from '../domain/channel';
import type { ChecklistItem } from '../domain/checklist';
import type { Draft } from '../domain/draft';
import type { DraftVersion } from '../domain/draft-version';
import type { Incident } from '../domain/incident';
import type { RoleAssignment } from '../domain/incident-role';
import type { Lesson } from '../domain/lesson';
import type { Member } from '../domain/member';
import type { Notification } from '../domain/notification';
import type { Organisation } from '../domain/organisation';
import type { Publication } from '../domain/publication';
import type { Stakeholder } from '../domain/stakeholder';
import type { TimelineEntry } from '../domain/timeline-entry';

export interface IncidentData {
  incident: Incident;
  /** The organisation's details, when entered (named on the report's cover). */
  organisation: Organisation | null;
  timeline: TimelineEntry[];
  members: Member[];
  roleAssignments: RoleAssignment[];
  stakeholders: Stakeholder[];
  notifications: Notification[];
  channels: Channel[];
  checklistItems: ChecklistItem[];
  drafts: Draft[];
  draftVersions: DraftVersion[];
  approvals: Approval[];
  publications: Publication[];
  lessons: Lesson[];
}

/** The record lists of IncidentData, in the order an archive writes (and an import stores) them. */
export const incidentDataLists = [
  'members',
  'stakeholders',
  'channels',
  'timeline',
  'roleAssignments',
  'notifications',
  'checklistItems',
  'drafts',
  'draftVersions',
  'approvals',
  'publications',
  'lessons',
] as const satisfies readonly (keyof IncidentData)[];
export type IncidentDataList = (typeof incidentDataLists)[number];

/** The organisation-wide lists: only the records the incident refers to. */
const organisationLists = ['members', 'stakeholders', 'channels'] as const;
export type IncidentOwnList = Exclude<IncidentDataList, (typeof organisationLists)[number]>;

/** The lists whose records belong to the incident (they carry its id). */
export const incidentOwnLists = incidentDataLists.filter(
  (list): list is IncidentOwnList => !(organisationLists as readonly string[]).includes(list),
);
