/**
 * The post-incident report as data: everything the evaluation reads, derived from an incident's records
 * (IncidentData) by reportBuild and turned into HTML, Markdown and CSV by the renderers. Language-free:
 * the renderers put labels, vocabulary and times in the reader's language and time zone. Where a record
 * the report needs is missing (a stakeholder removed from the archive, a version not synced), the field
 * is null and the renderers say "unknown" rather than failing.
 */
import type { DraftKind, DraftLanguage } from '../domain/draft';
import type { EntryId } from '../domain/ids';
import type { CrisisType, Phase, Severity } from '../domain/incident';
import type { Lesson } from '../domain/lesson';
import type { NotificationStatus } from '../domain/notification';
import type { Priority } from '../domain/stakeholder';
import type { Instant } from '../domain/time';
import type { AmendmentType, TimelineEntry } from '../domain/timeline-entry';
import type { ReportMetrics } from './metrics';

export interface ReportOptions {
  /** When the report is made: the end of the clock for an incident that is still open. */
  generatedAt: Instant;
}

/** A time span; `end` null: still running when the report was made. */
export interface ReportSpan {
  start: Instant;
  end: Instant | null;
  /** Until `end`, or until the report was made when still running. */
  durationMs: number;
}

export interface ReportPhase extends ReportSpan {
  phase: Phase;
}

export interface ReportRole {
  /** A standard role key or custom text. */
  role: string;
  /** Null: vacant. */
  holder: { id: string; name: string } | null;
  key: boolean;
}

/** Someone who wrote on the timeline or acted on a draft, a stakeholder, a checklist or a lesson. */
export interface ReportContributor {
  id: string;
  name: string;
  /** Their role as the team knows it (or as their last entry recorded it); may be empty. */
  role: string;
  entries: number;
  /** Versions, approvals, publications, stakeholders informed, checklist steps closed, lessons. */
  otherActions: number;
}

export interface ReportSummary {
  title: string;
  organisation: string | null;
  crisisType: CrisisType;
  severity: Severity;
  exercise: boolean;
  phase: Phase;
  openedAt: Instant;
  /** Null: still open. */
  closedAt: Instant | null;
  /** From opening until closing, or until the report was made while still open. */
  durationMs: number;
  /** The phases the incident went through, in order, with their start and end (closing not included). */
  phases: ReportPhase[];
  roles: ReportRole[];
  contributors: ReportContributor[];
}

/** A link between an entry and one that amends it, by entry id and its number in the report. */
export interface ReportEntryLink {
  type: AmendmentType;
  id: EntryId;
  /** Position in the report's timeline (1-based); null when that entry is not in the data. */
  number: number | null;
}

export interface ReportEntry {
  /** Position in the timeline in occurrence order, 1-based: how the report refers to an entry. */
  number: number;
  entry: TimelineEntry;
  status: 'current' | 'corrected' | 'retracted';
  /** For a correction or retraction: the entry it amends. */
  amends: ReportEntryLink | null;
  /** The corrections and the retraction of this entry, in occurrence order. */
  amendedBy: ReportEntryLink[];
}

/** An entry with the corrections and retraction made to it (for decisions and inquiries). */
export interface ReportThread {
  entry: ReportEntry;
  amendments: ReportEntry[];
}

export interface ReportApproval {
  kind: 'request' | 'approve' | 'reject';
  /** Empty for a request. */
  role: string;
  memberName: string;
  at: Instant;
  comment: string;
  /** Number of the version decided on; null when that version is not in the data. */
  versionNumber: number | null;
  ownVersion: boolean;
  /** A newer version of the draft left this record behind. */
  voided: boolean;
  /** The hash does not match the version's text: never counted. */
  mismatched: boolean;
}

export interface ReportPublication {
  channelName: string;
  at: Instant;
  memberName: string;
  reference: string;
  /** Published without approval: the crisis lead's reason. */
  override: string | null;
  withdrawn: { at: Instant; memberName: string; reason: string } | null;
}

export interface ReportPublishedVersion {
  versionId: string;
  /** Null when the version itself is not in the data. */
  number: number | null;
  body: string | null;
  authorName: string | null;
  createdAt: Instant | null;
  publications: ReportPublication[];
  /** Requests and decisions on this version. */
  approvals: ReportApproval[];
}

/** A draft that went out at least once: what was published, and the approval path that led there. */
export interface ReportCommunication {
  draftId: string;
  /** Null when the draft itself is not in the data. */
  title: string | null;
  kind: DraftKind | null;
  language: DraftLanguage | null;
  requiredRoles: string[];
  /** In the order they first went out. */
  versions: ReportPublishedVersion[];
  /** Every request and decision on any version of the draft, oldest first: rejections and voided too. */
  path: ReportApproval[];
}

/** A team member named by id in a record; `name` null when that member is not in the data. */
export interface ReportPerson {
  id: string;
  name: string | null;
}

export interface ReportNotification {
  /** Null when the stakeholder is not in the data. */
  stakeholder: { name: string; organisation: string; group: string; priority: Priority } | null;
  status: NotificationStatus;
  /** Who informs them; null: nobody assigned. */
  assignee: ReportPerson | null;
  informedAt: Instant | null;
  informedBy: ReportPerson | null;
  channel: string;
  acknowledgedAt: Instant | null;
  note: string;
}

export interface ReportChecklistItem {
  text: string;
  assigneeRole: string;
  status: 'open' | 'done' | 'notApplicable';
  closedByName: string;
  closedAt: Instant | null;
  reason: string;
}

export interface ReportChecklist {
  channelId: string;
  /** Null when the channel is not in the data. */
  channelName: string | null;
  items: ReportChecklistItem[];
  done: number;
  notApplicable: number;
  open: number;
  /** Done or not applicable, of all items: 0–100, rounded down so 100 means nothing is open. */
  percent: number;
}

export interface ReportOpenActions {
  checklistItems: { channelName: string | null; item: ReportChecklistItem }[];
  notInformed: ReportNotification[];
  notAcknowledged: ReportNotification[];
  draftsWaiting: {
    title: string;
    versionNumber: number | null;
    pendingRoles: string[];
    waitingSince: Instant | null;
  }[];
  followUps: Lesson[];
}

export interface ReportLessons {
  wentWell: Lesson[];
  wentBadly: Lesson[];
  followUp: Lesson[];
}

export interface IncidentReport {
  generatedAt: Instant;
  summary: ReportSummary;
  /** Pinned entries. */
  keyMoments: ReportEntry[];
  /** Every entry in occurrence order. */
  timeline: ReportEntry[];
  decisions: ReportThread[];
  communications: ReportCommunication[];
  /** Priority 1 first, unknown stakeholders last. */
  notifications: ReportNotification[];
  checklists: ReportChecklist[];
  inquiries: ReportThread[];
  metrics: ReportMetrics;
  openActions: ReportOpenActions;
  lessons: ReportLessons;
}
