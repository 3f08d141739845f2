/**
 * The incident archive: one incident and everything recorded about it (IncidentData) as a JSON file that
 * can be imported again, on this device or another team's. Written canonically (lists sorted by id, keys
 * in canonical order), so export → import into an empty profile → export gives the same bytes. Read
 * all-or-nothing: the whole file is checked (size, JSON, marker, version, every record against the sync
 * schemas, every reference) before the caller writes anything.
 */
import type { z } from 'zod';
import type { Approval } from '../domain/approval';
import type { Channel } from '../domain/channel';
import type { ChecklistItem } from '../domain/checklist';
import type { Draft } from '../domain/draft';
import type { DraftVersion } from '../domain/draft-version';
import type { Result } from '../domain/errors';
import type { Incident } from '../domain/incident';
import type { RoleAssignment } from '../domain/incident-role';
import type { Lesson } from '../domain/lesson';
import type { Member } from '../domain/member';
import type { Notification } from '../domain/notification';
import type { Organisation } from '../domain/organisation';
import type { Publication } from '../domain/publication';
import type { Stakeholder } from '../domain/stakeholder';
import type { TimelineEntry } from '../domain/timeline-entry';
import type { SyncedTable } from '../sync/operation';
import { recordSchemas } from '../sync/record-schemas';
import { archiveReferencesCheck } from './archive-references';
import { byId, canonicalJson } from './canonical';
import {
  fileFail,
  fileObject,
  fileOpen,
  issuePlace,
  listsCheckAll,
  recordsCheck,
  type FileCodes,
  type FileKind,
} from './file-check';
import { incidentDataLists, type IncidentData, type IncidentDataList } from './incident-data';

export const ARCHIVE_FORMAT = 'crisis-room-incident';
/** Raise when the archive's shape changes; an older app then refuses the file with archive.newerVersion. */
export const ARCHIVE_FORMAT_VERSION = 1;
/** Far above a real incident (10,000 long entries and 500 long versions are ~75 MB), refused unparsed. */
export const ARCHIVE_MAX_CHARS = 100 * 1024 * 1024;

/** The marker of the other Crisis Room file, to say "this is a backup" instead of "not an archive". */
const BACKUP_FORMAT = 'crisis-room-backup';

const archiveCodes: FileCodes = {
  tooLarge: 'archive.tooLarge',
  notJson: 'archive.notJson',
  wrongKind: 'archive.notArchive',
  otherKind: 'archive.isBackup',
  newerVersion: 'archive.newerVersion',
  invalidRecord: 'archive.invalidRecord',
  duplicateRecord: 'archive.duplicateRecord',
};

const archiveKind: FileKind = {
  format: ARCHIVE_FORMAT,
  otherFormat: BACKUP_FORMAT,
  formatVersion: ARCHIVE_FORMAT_VERSION,
  maxChars: ARCHIVE_MAX_CHARS,
  codes: archiveCodes,
};

export interface IncidentArchive {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  /** The app that wrote it: shown when a newer format is refused. */
  appVersion: string;
  incidentId: string;
  data: IncidentData;
}

/**
 * A record as its schema reads it: fields the schema does not know are left out (a stored record may
 * carry one, as drafts written before a fix carry their first body), so that what is written is exactly
 * what an import stores and the next export writes again. A record the schema refuses stays as it is:
 * the file then shows it, and an import refuses it.
 */
function recordCanonical(table: SyncedTable, record: object): unknown {
  const parsed = recordSchemas[table].safeParse(record);
  return parsed.success ? parsed.data : record;
}

/**
 * The archive file's text: canonical (records as their schema reads them, lists by id, keys in
 * canonical order), so the same data always gives the same bytes.
 */
export function archiveSerialize(data: IncidentData, options: { appVersion: string }): string {
  const sorted: Record<string, unknown> = {
    incident: recordCanonical('incidents', data.incident),
    organisation: data.organisation && recordCanonical('organisation', data.organisation),
  };
  for (const list of incidentDataLists)
    sorted[list] = byId<{ id: string }>(data[list]).map((record) => recordCanonical(list, record));
  const archive = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    appVersion: options.appVersion,
    incidentId: data.incident.id,
    data: sorted,
  };
  return `${canonicalJson(archive, 2, true)}\n`;
}

/** What each list holds, for the type of a parsed archive. */
interface ListRecords {
  members: Member;
  stakeholders: Stakeholder;
  channels: Channel;
  timeline: TimelineEntry;
  roleAssignments: RoleAssignment;
  notifications: Notification;
  checklistItems: ChecklistItem;
  drafts: Draft;
  draftVersions: DraftVersion;
  approvals: Approval;
  publications: Publication;
  lessons: Lesson;
}

/** One record that is not in a list (the incident, the organisation's details). */
function singleCheck<T>(value: unknown, list: string, schema: z.ZodType): Result<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data as T };
  return fileFail('archive.invalidRecord', issuePlace(parsed.error.issues[0]!, value, list, undefined));
}

/**
 * Reads an archive file completely, writing nothing: the incident's data when every check passes, else
 * the first problem, naming the list, record and field (see FileProblem).
 */
export function archiveParse(text: string): Result<IncidentData> {
  const file = fileOpen(text, archiveKind);
  if (!file.ok) return file;
  const data = fileObject(file.value, 'data', archiveCodes);
  if (!data.ok) return data;
  const { incidentId } = file.value;
  const incident = singleCheck<Incident>(data.value.incident, 'incident', recordSchemas.incidents);
  if (!incident.ok) return incident;
  if (incidentId !== incident.value.id)
    return fileFail('archive.invalidRecord', { field: 'incidentId', problem: 'mismatch' });
  const organisation =
    data.value.organisation === null
      ? ({ ok: true, value: null } as const)
      : singleCheck<Organisation>(data.value.organisation, 'organisation', recordSchemas.organisation);
  if (!organisation.ok) return organisation;
  const lists = listsCheckAll(incidentDataLists, (list) =>
    recordsCheck(data.value[list], list, recordSchemas[list], archiveCodes),
  );
  if (!lists.ok) return lists;
  const records = lists.value as { [L in IncidentDataList]: ListRecords[L][] };
  const parsed: IncidentData = { incident: incident.value, organisation: organisation.value, ...records };
  const broken = archiveReferencesCheck(parsed);
  return broken ? { ok: false, error: broken } : { ok: true, value: parsed };
}
