/**
 * What reading an incident archive and reading a backup share: the checks before anything is parsed
 * (size, JSON), the file's marker and version, and turning a zod issue into a problem the user can read
 * ("record 12 of timeline: occurredAt is not a time"). Both files are all-or-nothing: the first problem
 * found is reported with how many more records are wrong, and nothing is written.
 */
import type { z } from 'zod';
import type { DomainError, ErrorCode, FieldProblem, FileProblem } from '../domain/errors';

/** The codes one kind of file uses for the problems both kinds share. */
export interface FileCodes {
  tooLarge: ErrorCode;
  notJson: ErrorCode;
  /** Valid JSON, but not this kind of file. */
  wrongKind: ErrorCode;
  /** The other kind of Crisis Room file (a backup given as an archive, or the reverse). */
  otherKind: ErrorCode;
  newerVersion: ErrorCode;
  invalidRecord: ErrorCode;
  duplicateRecord: ErrorCode;
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export function fileFail<T = never>(code: ErrorCode, file?: FileProblem, detail?: string): FileResult<T> {
  const error: DomainError = { code };
  if (file) error.file = file;
  if (detail !== undefined) error.detail = detail;
  return { ok: false, error };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One kind of Crisis Room file: its marker (and the other kind's), format version, size limit, codes. */
export interface FileKind {
  format: string;
  /** The other kind's marker: told apart to say "this is a backup" instead of "not an archive". */
  otherFormat: string;
  formatVersion: number;
  /**
   * Larger texts are refused unparsed. Counts UTF-16 units, never more than the file's UTF-8 bytes, so a
   * file within the limit in bytes is within it here.
   */
  maxChars: number;
  codes: FileCodes;
}

/**
 * The checks every file passes first: size (before parsing), JSON (a truncated or binary file fails
 * here), the marker (the other kind of file, or random JSON, is refused as such) and the format version
 * (a newer one is refused with the app version that wrote it, so the message can say to update).
 * Returns the file's top-level object.
 */
export function fileOpen(text: string, kind: FileKind): FileResult<Record<string, unknown>> {
  const { codes } = kind;
  if (text.length > kind.maxChars) return fileFail(codes.tooLarge, undefined, `${text.length} characters`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return fileFail(codes.notJson, undefined, error instanceof Error ? error.message : String(error));
  }
  if (!isPlainObject(json)) return fileFail(codes.wrongKind);
  if (json.format === kind.otherFormat) return fileFail(codes.otherKind);
  if (json.format !== kind.format) return fileFail(codes.wrongKind);
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fileFail(codes.invalidRecord, { field: 'formatVersion', problem: 'invalid' });
  if (version > kind.formatVersion) return fileFail(codes.newerVersion, versionOf(json));
  if (typeof json.appVersion !== 'string' || json.appVersion.length > 100)
    return fileFail(codes.invalidRecord, { field: 'appVersion', problem: 'type' });
  return { ok: true, value: json };
}

/** A field of the file's top level that must be an object (the archive's data, the backup's tables). */
export function fileObject(
  file: Record<string, unknown>,
  field: string,
  codes: FileCodes,
): FileResult<Record<string, unknown>> {
  const value = file[field];
  if (isPlainObject(value)) return { ok: true, value };
  return fileFail(codes.invalidRecord, { field, problem: value === undefined ? 'missing' : 'type' });
}

/** The app version a file names, for the "made by a newer version" message. */
export function versionOf(json: Record<string, unknown>): FileProblem {
  return typeof json.appVersion === 'string' ? { version: json.appVersion.slice(0, 40) } : {};
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

const formatProblems: Partial<Record<string, FieldProblem>> = { datetime: 'time', date: 'date', uuid: 'id' };

/** A zod issue in words: what is wrong with the field. */
export function issueProblem(issue: z.core.$ZodIssue, record: unknown): FieldProblem {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(record, issue.path) === undefined ? 'missing' : 'type';
    case 'invalid_format':
      return formatProblems[issue.format] ?? 'format';
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'bigint' ? 'tooBig' : 'tooLong';
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'bigint' ? 'tooSmall' : 'tooShort';
    case 'invalid_value':
      return 'choice';
    case 'invalid_union':
      return issue.errors.every((branch) => branch.every((i) => i.code === 'invalid_value'))
        ? 'choice'
        : 'type';
    case 'custom':
      return 'mismatch';
    default:
      return 'invalid';
  }
}

/** Where a record's first issue is: its list, its position, the field and what is wrong with it. */
export function issuePlace(
  issue: z.core.$ZodIssue,
  record: unknown,
  list: string,
  index: number | undefined,
): FileProblem {
  const place: FileProblem = { list, problem: issueProblem(issue, record) };
  if (index !== undefined) place.record = index + 1;
  if (issue.path.length > 0) place.field = issue.path.map(String).join('.');
  return place;
}

export interface RecordsCheckOptions<T> {
  /** A record's identity, for refusing repeats: its `id` unless the table is keyed otherwise. */
  keyOf?: (record: T) => string;
  /** Keep the records as the file has them (a backup restores exactly what was saved). */
  raw?: boolean;
}

/**
 * Checks every record of one list against its schema and for repeated ids; returns the parsed records
 * or the first problem (with how many other records have one). Parsed records are zod's copies unless
 * `raw`: unknown fields are dropped, so an archive cannot smuggle data into the database past the schema.
 */
export function recordsCheck<T>(
  value: unknown,
  list: string,
  schema: z.ZodType<T>,
  codes: FileCodes,
  options: RecordsCheckOptions<T> = {},
): FileResult<T[]> {
  const keyOf = options.keyOf ?? ((record: T) => (record as { id: string }).id);
  if (!Array.isArray(value))
    return fileFail(codes.invalidRecord, { field: list, problem: value === undefined ? 'missing' : 'type' });
  const records: T[] = [];
  const seen = new Set<string>();
  let first: DomainError | null = null;
  let wrong = 0;
  value.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    let error: DomainError | null = null;
    if (!parsed.success) {
      error = { code: codes.invalidRecord, file: issuePlace(parsed.error.issues[0]!, raw, list, index) };
    } else {
      const key = keyOf(parsed.data);
      if (seen.has(key)) error = { code: codes.duplicateRecord, file: { list, record: index + 1 } };
      seen.add(key);
      records.push(options.raw ? (raw as T) : parsed.data);
    }
    if (error) {
      wrong++;
      first ??= error;
    }
  });
  if (first) return { ok: false, error: withMore(first, wrong - 1) };
  return { ok: true, value: records };
}

export function withMore(error: DomainError, more: number): DomainError {
  return more > 0 ? { ...error, file: { ...error.file, more } } : error;
}

/**
 * Checks every list with `check`: all of their records, or the first problem with how many records are
 * wrong in all the lists together.
 */
export function listsCheckAll<L extends string, T>(
  lists: readonly L[],
  check: (list: L) => FileResult<T[]>,
): FileResult<Record<L, T[]>> {
  const checked: Partial<Record<L, T[]>> = {};
  let first: DomainError | null = null;
  let wrong = 0;
  for (const list of lists) {
    const records = check(list);
    if (records.ok) checked[list] = records.value;
    else {
      first ??= records.error;
      wrong += 1 + (records.error.file?.more ?? 0);
    }
  }
  if (!first) return { ok: true, value: checked as Record<L, T[]> };
  const { more: _ofOneList, ...place } = first.file ?? {};
  return { ok: false, error: withMore({ ...first, file: place }, wrong - 1) };
}
