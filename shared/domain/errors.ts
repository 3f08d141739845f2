/**
 * Reason codes for everything that can be refused. They cross process and network boundaries as plain
 * strings; the renderer maps each code to text in the user's language (renderer/i18n, `errors.*`).
 */
export const errorCodes = [
  'entry.empty',
  'entry.tooLong',
  'entry.invalidDate',
  'entry.tooFarInFuture',
  'entry.tooManyTags',
  'entry.tagTooLong',
  'entry.notFound',
  'entry.alreadyRetracted',
  'entry.reasonRequired',
  'entry.unchanged',
  'incident.titleEmpty',
  'incident.titleTooLong',
  'incident.notFound',
  'incident.samePhase',
  'incident.sameSeverity',
  'incident.closed',
  'profile.nameEmpty',
  'profile.nameTooLong',
  'profile.roleTooLong',
  'stakeholder.nameEmpty',
  'stakeholder.nameTooLong',
  'stakeholder.groupInvalid',
  'stakeholder.priorityInvalid',
  'stakeholder.notesTooLong',
  'stakeholder.contactInvalid',
  'stakeholder.emailInvalid',
  'stakeholder.phoneInvalid',
  'stakeholder.languageInvalid',
  'stakeholder.notFound',
  'notification.notFound',
  'notification.invalidTransition',
  'notification.noneSelected',
  'channel.nameEmpty',
  'channel.nameTooLong',
  'channel.notFound',
  'checklist.textEmpty',
  'checklist.textTooLong',
  'checklist.notFound',
  'checklist.reasonRequired',
  'checklist.alreadyClosed',
  'checklist.notClosed',
  'member.phoneInvalid',
  'draft.titleEmpty',
  'draft.titleTooLong',
  'draft.noApprovers',
  'draft.notFound',
  'draft.bodyEmpty',
  'draft.bodyTooLong',
  'draft.unchanged',
  'draft.parentUnknown',
  'draft.notLatest',
  'draft.siblings',
  'draft.noVersion',
  'draft.roleNotRequired',
  'draft.notRoleHolder',
  'draft.ownVersion',
  'draft.alreadyDecided',
  'draft.commentRequired',
  'draft.commentTooLong',
  'draft.notApproved',
  'draft.overrideNotLead',
  'draft.overrideReasonRequired',
  'draft.overLimit',
  'draft.channelUnknown',
  'draft.alreadyPublished',
  'draft.notPublished',
  'draft.referenceTooLong',
  'template.nameEmpty',
  'template.bodyEmpty',
  'template.tooLong',
  'template.notFound',
  'organisation.invalid',
  'role.nameInvalid',
  'lesson.textEmpty',
  'lesson.textTooLong',
  'lesson.ownerTooLong',
  'lesson.dueDateInvalid',
  'lesson.notFound',
  'archive.tooLarge',
  'archive.notJson',
  'archive.notArchive',
  'archive.isBackup',
  'archive.newerVersion',
  'archive.invalidRecord',
  'archive.duplicateRecord',
  'archive.otherIncident',
  'archive.danglingReference',
  'archive.hashMismatch',
  'backup.tooLarge',
  'backup.notJson',
  'backup.notBackup',
  'backup.isArchive',
  'backup.newerVersion',
  'backup.invalidRecord',
  'backup.duplicateRecord',
  'ipc.invalidRequest',
  'ipc.forbiddenSender',
  'ipc.failed',
  'platform.unsupported',
  'hub.hostFailed',
  'file.tooLarge',
  'file.readFailed',
  'file.writeFailed',
  'report.pdfFailed',
  'backup.nameInvalid',
  'backup.notFound',
  'storage.failed',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface DomainError {
  code: ErrorCode;
  /** Developer detail for logs; never shown instead of the translated text. */
  detail?: string;
  /** For a refused file (an incident archive, a backup): where in it, so the message can name it. */
  file?: FileProblem;
}

/** What is wrong with a field, in words the message can translate. */
export const fieldProblems = [
  'missing',
  'type',
  'time',
  'date',
  'id',
  'format',
  'tooLong',
  'tooShort',
  'tooBig',
  'tooSmall',
  'choice',
  'mismatch',
  'invalid',
] as const;
export type FieldProblem = (typeof fieldProblems)[number];

/**
 * Where a refused file goes wrong, as the file names it: "record 12 of timeline, field occurredAt, not a
 * time". The list and field names are the file's own keys; the UI translates the list and the problem.
 */
export interface FileProblem {
  /** The list (archive) or table (backup) holding the record; absent for the file's top level. */
  list?: string;
  /** 1-based position of the record in its list; absent for a single record (the incident). */
  record?: number;
  /** The field at fault, as a path into the record (`amends.entryId`, `contacts.0.value`). */
  field?: string;
  problem?: FieldProblem;
  /** For a dangling reference: the list the field should point into. */
  target?: string;
  /** For a file from a newer app: the version that made it. */
  version?: string;
  /** How many further records are wrong too. */
  more?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, detail?: string): Result<T> {
  return detail === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, detail } };
}

/**
 * Thrown inside a transaction to abort it; mutation functions turn it back into a Result. Main's IPC
 * handlers throw it too, to answer with a reason code; the `cause` (an errno, a path) stays in the log.
 */
export class DomainFailure extends Error {
  constructor(
    readonly error: DomainError,
    options?: ErrorOptions,
  ) {
    super(error.code, options);
    this.name = 'DomainFailure';
  }
}
