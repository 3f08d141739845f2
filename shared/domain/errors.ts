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
