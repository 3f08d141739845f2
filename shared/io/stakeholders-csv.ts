/**
 * The stakeholder directory as CSV, parsed and written by papaparse. Import runs in three steps the
 * import dialog shows: csvPreview (what is in the file), csvMappingGuess (which column is which field,
 * for the person to confirm), csvImport (all rows valid, or one error naming the line).
 */
import Papa from 'papaparse';
import type { ContactPoint, Stakeholder, StakeholderDraft } from '../domain/stakeholder';
import { stakeholderValidate } from '../domain/stakeholder';
import {
  IMPORT_MAX_ROWS,
  importFail,
  importFieldOf,
  importFinish,
  importTextCheck,
  importValueShown,
  lineAt,
  type ImportError,
  type ImportField,
  type ImportRecord,
  type ImportResult,
  type StakeholderImport,
} from './import-error';
import {
  contactsFromCell,
  contactsToCell,
  groupFromText,
  groupLabel,
  headerGuess,
  headerLabels,
  kindFromText,
  kindLabels,
  languagesFromText,
  priorityFromText,
  type ExportLanguage,
} from './stakeholder-vocabulary';
import { csvDelimiters, csvWrite, type CsvDelimiter } from './csv-write';

export { csvDelimiters, type CsvDelimiter };

export interface CsvRow {
  /** 1-based physical line where the row starts; the header is line 1 unless blank lines precede it. */
  line: number;
  cells: string[];
}

export interface CsvPreview {
  delimiter: CsvDelimiter;
  headers: string[];
  /** The line of the header row. */
  headerLine: number;
  /** The first rows, for the mapping step. */
  sample: string[][];
  /** Data rows, without the header and blank rows. */
  rowCount: number;
  /** Every data row: csvImport reads these, so a previewed file is not parsed twice. */
  rows: CsvRow[];
}

/** What one column holds; several columns may fill the same field (first name + last name, two phones). */
export interface CsvColumnTarget {
  field: ImportField;
  /** For phone, e-mail and other columns: the label their contact points get ("werk", "mobile"). */
  label?: string;
}

/** One entry per column, in column order; null leaves the column out. */
export type CsvMapping = readonly (CsvColumnTarget | null)[];

export interface CsvImportOptions {
  /** The group for rows whose group cell is empty; without it such a row is an error. */
  defaultGroup?: string;
}

const SAMPLE_ROWS = 5;
// Excel writes "sep=;" as a first line when asked to name the delimiter.
const SEP_LINE = /^sep=([,;\t])\r?\n/i;

/** The delimiter that occurs most often in the header line, outside quotes; a comma when there is none. */
function delimiterGuess(text: string): CsvDelimiter {
  const end = text.search(/[\r\n]/);
  const header = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const d of csvDelimiters) {
    const count = header.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/** Parses the file once: header, rows with their lines, the delimiter. Refuses junk and broken quoting. */
export function csvPreview(text: string): ImportResult<CsvPreview> {
  const checked = importTextCheck(text);
  if (!checked.ok) return checked;
  let body = checked.value;
  let lineOffset = 0;
  let delimiter: CsvDelimiter;
  const sep = SEP_LINE.exec(body);
  if (sep) {
    delimiter = sep[1] as CsvDelimiter;
    body = body.slice(sep[0].length);
    lineOffset = 1;
  } else delimiter = delimiterGuess(body);

  const parsed: CsvRow[] = [];
  let failure = null as ImportError | null;
  let cursor = 0;
  let line = 1 + lineOffset;
  Papa.parse<string[]>(body, {
    delimiter,
    step: (result, parser) => {
      if (failure) return;
      const rowLine = line;
      const quoting = result.errors.find((e) => e.type === 'Quotes');
      if (quoting) {
        const at = quoting.index === undefined ? rowLine : lineAt(body, quoting.index) + lineOffset;
        failure = { code: 'import.badQuoting', line: at };
        parser.abort();
        return;
      }
      // The next row starts after the line breaks this one spans (inside quotes too).
      line += lineAt(body.slice(cursor, result.meta.cursor), Infinity) - 1;
      cursor = result.meta.cursor;
      if (result.data.every((cell) => cell.trim() === '')) return;
      // The header row does not count towards the limit.
      if (parsed.length > IMPORT_MAX_ROWS) {
        failure = { code: 'import.tooManyRows', line: rowLine };
        parser.abort();
        return;
      }
      parsed.push({ line: rowLine, cells: result.data });
    },
  });
  if (failure) return importFail(failure);

  const [header, ...rows] = parsed;
  if (!header || rows.length === 0) return importFail({ code: 'import.empty' });
  const headers = header.cells.map((h) => h.trim());
  for (const row of rows) {
    const extra = row.cells.slice(headers.length).find((cell) => cell.trim() !== '');
    if (extra !== undefined)
      return importFail({ code: 'import.columnCount', line: row.line, value: importValueShown(extra) });
  }
  return {
    ok: true,
    value: {
      delimiter,
      headers,
      headerLine: header.line,
      sample: rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
      rowCount: rows.length,
      rows,
    },
  };
}

const repeatable = new Set<ImportField>(['name', 'organisation', 'phone', 'email', 'other', 'notes']);

/**
 * A first mapping from the header names (Dutch or English), for the person to confirm. A field that
 * holds one value (kind, group, priority, languages) is given to its first column only.
 */
export function csvMappingGuess(headers: readonly string[]): (CsvColumnTarget | null)[] {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const guess = headerGuess(header);
    if (!guess || (taken.has(guess.field) && !repeatable.has(guess.field))) return null;
    taken.add(guess.field);
    return guess.label === '' ? { field: guess.field } : { field: guess.field, label: guess.label };
  });
}

// The export guards against formula injection by prefixing such cells with an apostrophe; take it off.
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

function cellRead(cell: string | undefined): string {
  if (cell === undefined) return '';
  return (ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell).trim();
}

interface Column {
  index: number;
  header: string;
  target: CsvColumnTarget;
}

function rowRead(
  row: CsvRow,
  columns: readonly Column[],
  options: CsvImportOptions,
): ImportRecord | ImportError {
  const draft: StakeholderDraft = {
    kind: 'person',
    name: '',
    organisation: '',
    group: '',
    priority: 2,
    contacts: [],
    languages: [],
    notes: '',
  };
  const names: string[] = [];
  const organisations: string[] = [];
  const notes: string[] = [];
  const contacts: ContactPoint[] = [];
  const seen = new Set<ImportField>();
  for (const { index, header, target } of columns) {
    const cell = cellRead(row.cells[index]);
    if (cell === '') continue;
    const invalid = {
      code: 'import.invalidValue',
      line: row.line,
      column: header,
      field: target.field,
    } as const;
    const first = !seen.has(target.field);
    seen.add(target.field);
    switch (target.field) {
      case 'name':
        names.push(cell);
        break;
      case 'organisation':
        organisations.push(cell);
        break;
      case 'notes':
        notes.push(cell);
        break;
      case 'kind': {
        const kind = kindFromText(cell);
        if (kind === null) return { ...invalid, value: importValueShown(cell) };
        if (first) draft.kind = kind;
        break;
      }
      case 'group':
        if (first) draft.group = groupFromText(cell);
        break;
      case 'priority': {
        const priority = priorityFromText(cell);
        if (priority === null) return { ...invalid, value: importValueShown(cell) };
        if (first) draft.priority = priority;
        break;
      }
      case 'languages':
        draft.languages.push(...languagesFromText(cell));
        break;
      case 'phone':
      case 'email':
      case 'other':
        contacts.push(...contactsFromCell(cell, target.field, target.label));
        break;
    }
  }
  draft.name = names.join(' ');
  draft.organisation = organisations.join(', ');
  draft.notes = notes.join('\n');
  draft.contacts = contacts;
  if (draft.group === '') draft.group = options.defaultGroup ?? '';
  const valid = stakeholderValidate(draft);
  if (valid.ok) return { line: row.line, draft: valid.value };
  const { code: reason, detail } = valid.error;
  const field = importFieldOf(reason);
  const column = columns.find((c) => c.target.field === field)?.header;
  return {
    code: 'import.invalidRow',
    line: row.line,
    reason,
    ...(field && { field }),
    ...(column !== undefined && { column }),
    ...(detail !== undefined && { value: importValueShown(detail) }),
  };
}

/**
 * Reads every row through the mapping. All-or-nothing: an error names the first wrong line (and how
 * many more are wrong); otherwise every row becomes a draft except duplicates, which are listed.
 */
export function csvImport(
  source: string | CsvPreview,
  mapping: CsvMapping,
  existing: readonly Stakeholder[],
  options: CsvImportOptions = {},
): ImportResult<StakeholderImport> {
  const preview = typeof source === 'string' ? csvPreview(source) : { ok: true as const, value: source };
  if (!preview.ok) return preview;
  const { headers, rows } = preview.value;
  const columns: Column[] = [];
  mapping.forEach((target, index) => {
    if (target && index < headers.length) columns.push({ index, header: headers[index]!, target });
  });
  if (!columns.some((c) => c.target.field === 'name'))
    return importFail({ code: 'import.missingColumn', field: 'name' });
  return importFinish(
    rows.map((row) => rowRead(row, columns, options)),
    existing,
  );
}

export interface CsvExportOptions {
  /** The language of the header row and of kinds and groups; both read back. */
  language?: ExportLanguage;
  /** A semicolon suits Excel with Dutch regional settings. */
  delimiter?: CsvDelimiter;
}

const exportFields = Object.keys(headerLabels.en) as ImportField[];

function contactsOf(s: Stakeholder, kind: ContactPoint['kind']): string {
  return contactsToCell(s.contacts.filter((c) => c.kind === kind));
}

/**
 * The directory (without removed stakeholders) as CSV that csvMappingGuess and csvImport read back. It
 * starts with a BOM so that Excel reads it as UTF-8, and cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) get a leading apostrophe.
 */
export function csvExport(stakeholders: readonly Stakeholder[], options: CsvExportOptions = {}): string {
  const language = options.language ?? 'en';
  const cells: Record<ImportField, (s: Stakeholder) => string> = {
    name: (s) => s.name,
    kind: (s) => kindLabels[language][s.kind],
    organisation: (s) => s.organisation,
    group: (s) => groupLabel(s.group, language),
    priority: (s) => String(s.priority),
    phone: (s) => contactsOf(s, 'phone'),
    email: (s) => contactsOf(s, 'email'),
    other: (s) => contactsOf(s, 'other'),
    languages: (s) => s.languages.join(', '),
    notes: (s) => s.notes,
  };
  const data = stakeholders
    .filter((s) => s.removedAt === null)
    .map((s) => exportFields.map((field) => cells[field](s)));
  return csvWrite(
    exportFields.map((field) => headerLabels[language][field]),
    data,
    options.delimiter,
  );
}
