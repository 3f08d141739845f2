/**
 * What the stakeholder imports (CSV, vCard) share: the reason codes of a refused file, the limits, the
 * guard that turns away binary junk before any parser sees it, and the duplicate rules. An import is
 * all-or-nothing: either every record is valid, or one error names the first line that is wrong.
 */
import type { ErrorCode } from '../domain/errors';
import { stakeholderKey, type Stakeholder, type StakeholderDraft } from '../domain/stakeholder';

/** The UI translates each as `errors.<code>` (so `errors.import.empty`), with {{line}} and {{column}}. */
export const importErrorCodes = [
  'import.empty',
  'import.tooLarge',
  'import.notText',
  /** Characters that could not be decoded: usually a file saved as ANSI / Windows-1252, not UTF-8. */
  'import.encoding',
  'import.tooManyRows',
  'import.badQuoting',
  /** A row has more non-empty cells than the header has columns (often an unquoted delimiter). */
  'import.columnCount',
  'import.missingColumn',
  /** A cell the import cannot understand, such as kind "maybe" or priority "7"; see `value`. */
  'import.invalidValue',
  /** A record that stakeholderValidate refuses; see `reason`. */
  'import.invalidRow',
  'import.notVcard',
  'import.badVcard',
  /** vCard 2.1 (old Outlook and Android exports) is not read: export as vCard 3 or 4. */
  'import.vcardVersion',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

/** The fields a stakeholder import fills, for naming a missing or invalid column. */
export const importFields = [
  'name',
  'kind',
  'organisation',
  'group',
  'priority',
  'phone',
  'email',
  'other',
  'languages',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];

export interface ImportError {
  code: ImportErrorCode;
  /** 1-based physical line in the file (a CSV header is line 1; a vCard's BEGIN line for a card). */
  line?: number;
  /** The column as the file names it (a CSV header, a vCard property such as "EMAIL"). */
  column?: string;
  /** The target field, for a missing column or a row that fails validation. */
  field?: ImportField;
  /** Why stakeholderValidate refused the row (code `import.invalidRow`). */
  reason?: ErrorCode;
  /** The offending value, short, for showing next to the message. */
  value?: string;
  /** How many further records are also invalid, so the UI can say "and 12 more". */
  moreRows?: number;
}

export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: ImportError };

export interface ImportSkip {
  /** The record's line (CSV row or vCard BEGIN line). */
  line: number;
  reason: 'duplicateInFile' | 'alreadyInDirectory';
  /** For `duplicateInFile`: the line of the first record with the same name and organisation. */
  of?: number;
}

export interface StakeholderImport {
  drafts: StakeholderDraft[];
  skipped: ImportSkip[];
}

/** Larger files are refused before parsing: a directory export is far smaller. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 50_000;
const VALUE_SHOWN_MAX = 80;

export function importFail<T = never>(error: ImportError): ImportResult<T> {
  return { ok: false, error };
}

/** Shortens a value for an error message. */
export function importValueShown(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > VALUE_SHOWN_MAX ? `${flat.slice(0, VALUE_SHOWN_MAX - 1)}…` : flat;
}

// Control characters other than tab, line feed and carriage return never occur in a text export;
// random bytes are full of them. U+FFFD is what a UTF-8 decoder leaves for bytes it could not read.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const UNDECODED = '\ufffd';

/**
 * Refuses what no parser should see: nothing, too much, binary junk, undecodable text. Strips a BOM.
 * Runs in linear time with no allocation per line, so megabytes of junk are turned away at once.
 */
export function importTextCheck(text: string): ImportResult<string> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // A decoded text never has more UTF-16 units than its file had bytes.
  if (body.length > IMPORT_MAX_BYTES) return importFail({ code: 'import.tooLarge' });
  if (body.trim() === '') return importFail({ code: 'import.empty' });
  const control = CONTROL.exec(body);
  if (control) return importFail({ code: 'import.notText', line: lineAt(body, control.index) });
  const undecoded = body.indexOf(UNDECODED);
  if (undecoded !== -1) return importFail({ code: 'import.encoding', line: lineAt(body, undecoded) });
  return { ok: true, value: body };
}

/** The 1-based line holding character `index` (a CRLF counts once, a lone CR counts as a break). */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

interface Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options?: { fatal?: boolean }) => Decoder;

/**
 * Decodes a file's bytes: UTF-16 when it starts with its byte order mark, UTF-8 when it is valid UTF-8,
 * else Windows-1252, which is what Excel's plain "CSV" (Dutch: "CSV (puntkomma gescheiden)") writes.
 * Call this instead of `File.text()`, which would silently turn every é in a Windows-1252 file into
 * U+FFFD. Checks the size before decoding.
 */
export function importBytesDecode(bytes: Uint8Array): ImportResult<string> {
  if (bytes.length > IMPORT_MAX_BYTES) return importFail({ code: 'import.tooLarge' });
  // TextDecoder is in every runtime this code runs in (Chromium, Node) but in neither the ES library
  // nor shared/'s types, which carry no DOM and no Node on purpose.
  const TextDecoder = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;
  // Excel's "Unicode text" export (tab-separated) is UTF-16 with a byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return importTextCheck(new TextDecoder('utf-16le').decode(bytes));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return importTextCheck(new TextDecoder('utf-16be').decode(bytes));
  try {
    return importTextCheck(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return importTextCheck(new TextDecoder('windows-1252').decode(bytes));
  }
}

/** A record read from a file, before duplicates are set aside. */
export interface ImportRecord {
  line: number;
  draft: StakeholderDraft;
}

const reasonFields: Partial<Record<ErrorCode, ImportField>> = {
  'stakeholder.nameEmpty': 'name',
  'stakeholder.nameTooLong': 'name',
  'stakeholder.groupInvalid': 'group',
  'stakeholder.priorityInvalid': 'priority',
  'stakeholder.notesTooLong': 'notes',
  'stakeholder.emailInvalid': 'email',
  'stakeholder.phoneInvalid': 'phone',
  'stakeholder.languageInvalid': 'languages',
};

/** The field a validation failure is about, when there is one. */
export function importFieldOf(reason: ErrorCode): ImportField | undefined {
  return reasonFields[reason];
}

/**
 * The end of every import: the first error wins (with how many more records are wrong), else the
 * records without their duplicates. Nothing is returned half-way.
 */
export function importFinish(
  results: readonly (ImportRecord | ImportError)[],
  existing: readonly Stakeholder[],
): ImportResult<StakeholderImport> {
  const errors = results.filter((r): r is ImportError => 'code' in r);
  const first = errors[0];
  if (first) return importFail(errors.length > 1 ? { ...first, moreRows: errors.length - 1 } : first);
  return { ok: true, value: importDeduplicate(results as readonly ImportRecord[], existing) };
}

/**
 * Sets aside records that repeat an earlier record in the file or a stakeholder already in the
 * directory (same name and organisation, ignoring case and accents). Removed stakeholders do not count:
 * importing one again brings it back as a new record.
 */
export function importDeduplicate(
  records: readonly ImportRecord[],
  existing: readonly Stakeholder[],
): StakeholderImport {
  const inDirectory = new Set(existing.filter((s) => s.removedAt === null).map(stakeholderKey));
  const firstLine = new Map<string, number>();
  const drafts: StakeholderDraft[] = [];
  const skipped: ImportSkip[] = [];
  for (const { line, draft } of records) {
    const key = stakeholderKey(draft);
    const of = firstLine.get(key);
    if (of !== undefined) skipped.push({ line, reason: 'duplicateInFile', of });
    else if (inDirectory.has(key)) {
      firstLine.set(key, line);
      skipped.push({ line, reason: 'alreadyInDirectory' });
    } else {
      firstLine.set(key, line);
      drafts.push(draft);
    }
  }
  return { drafts, skipped };
}
