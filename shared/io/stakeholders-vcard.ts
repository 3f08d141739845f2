/**
 * Stakeholders from vCard 3 and 4 files (address book exports), parsed by ical.js. The file is cut into
 * cards here only to know each card's line and to parse each with its own version; ical.js reads the
 * cards. Same all-or-nothing and duplicate rules as the CSV import.
 */
import ICAL from 'ical.js';
import type { ContactPoint, Stakeholder, StakeholderDraft, StakeholderKind } from '../domain/stakeholder';
import { stakeholderValidate } from '../domain/stakeholder';
import {
  IMPORT_MAX_ROWS,
  importFail,
  importFieldOf,
  importFinish,
  importTextCheck,
  importValueShown,
  type ImportError,
  type ImportField,
  type ImportRecord,
  type ImportResult,
  type StakeholderImport,
} from './import-error';

interface Card {
  /** 1-based line of BEGIN:VCARD. */
  line: number;
  lines: string[];
}

const BEGIN = 'BEGIN:VCARD';
const END = 'END:VCARD';

/** Cuts the file into cards, or names the line where the structure breaks. */
function cardsSplit(text: string): ImportResult<Card[]> {
  const lines = text.split(/\r\n|\n|\r/);
  const cards: Card[] = [];
  let open: Card | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const upper = raw.trimEnd().toUpperCase();
    if (open) {
      if (upper === BEGIN) return importFail({ code: 'import.badVcard', line: open.line, value: END });
      open.lines.push(raw);
      if (upper === END) {
        cards.push(open);
        open = null;
      }
    } else if (upper === BEGIN) {
      if (cards.length >= IMPORT_MAX_ROWS) return importFail({ code: 'import.tooManyRows', line: i + 1 });
      open = { line: i + 1, lines: [raw] };
    } else if (raw.trim() !== '') {
      // Text outside a card: a different kind of file, or a card without its BEGIN.
      if (!text.toUpperCase().includes(BEGIN)) return importFail({ code: 'import.notVcard' });
      return importFail({ code: 'import.badVcard', line: i + 1, value: importValueShown(raw) });
    }
  }
  if (open) return importFail({ code: 'import.badVcard', line: open.line, value: END });
  if (cards.length === 0) return importFail({ code: 'import.notVcard' });
  return { ok: true, value: cards };
}

/** The line of a card that starts with property `name` (possibly grouped) and holds `value`. */
function propertyLine(card: Card, name: string, value?: string): number {
  const start = new RegExp(`^([\\w-]+\\.)?${name}[;:]`, 'i');
  let first = -1;
  for (let i = 0; i < card.lines.length; i++) {
    const line = card.lines[i]!;
    if (!start.test(line)) continue;
    if (value === undefined || line.includes(value)) return card.line + i;
    if (first === -1) first = i;
  }
  return first === -1 ? card.line : card.line + first;
}

interface Line {
  text: string;
  line: number;
}

/** The properties this import reads; ical.js only parses these (and any line that is no property). */
const READ = new Set(['begin', 'end', 'version', 'fn', 'n', 'org', 'tel', 'email', 'lang', 'note', 'kind']);
const READ_APPLE = ['x-abshowas', 'x-addressbookserver-kind', 'x-ablabel'];
const PROPERTY = /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]/;

/**
 * Leaves out the properties this import does not read, with their folded continuation lines, so that a
 * malformed birthday or revision date cannot refuse a whole address book, and photos are not decoded.
 */
function linesRead(card: Card): Line[] {
  const kept: Line[] = [];
  let keep = true;
  card.lines.forEach((text, i) => {
    if (!/^[ \t]/.test(text)) {
      const name = PROPERTY.exec(text)?.[1]?.toLowerCase();
      keep = name === undefined || READ.has(name) || READ_APPLE.includes(name);
    }
    if (keep) kept.push({ text, line: card.line + i });
  });
  return kept;
}

function parseErrorLine(card: Card, lines: readonly Line[], message: string): number {
  // ical.js quotes the line it could not read: invalid line (no token ";" or ":") "…"
  const quoted = /["']([^"']*)["']\s*$/.exec(message)?.[1]?.trimEnd();
  return lines.find((l) => quoted !== undefined && l.text.trimEnd() === quoted)?.line ?? card.line;
}

type Property = InstanceType<typeof ICAL.Property>;

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join(' ');
  return typeof value === 'string' ? value.trim() : '';
}

function firstText(card: InstanceType<typeof ICAL.Component>, name: string): string {
  return valueText(card.getFirstProperty(name)?.getFirstValue());
}

const GENERIC_TYPES = new Set(['voice', 'pref', 'internet', 'x400', 'text', 'msg']);
const TYPE_WORDS: Record<string, string> = { cell: 'mobile', home: 'home', work: 'work', fax: 'fax' };
const APPLE_LABEL = /^_\$!<(.*)>!\$_$/;

/** "work", "mobile", Apple's item1.X-ABLabel, or what TYPE says; generic types left out. */
function labelOf(property: Property, appleLabels: ReadonlyMap<string, string>): string {
  const group = property.getParameter('group');
  const apple = typeof group === 'string' ? appleLabels.get(group.toLowerCase()) : undefined;
  if (apple) return apple;
  const type = property.getParameter('type');
  const types = (Array.isArray(type) ? type : type ? [type] : [])
    .flatMap((t) => String(t).split(','))
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '' && !GENERIC_TYPES.has(t));
  return types.map((t) => TYPE_WORDS[t] ?? t).join(', ');
}

function contactsRead(
  card: InstanceType<typeof ICAL.Component>,
  appleLabels: ReadonlyMap<string, string>,
): ContactPoint[] {
  const contacts: ContactPoint[] = [];
  for (const property of card.getAllProperties('tel')) {
    // vCard 4 writes phones as URIs: "tel:+31-20-555-1234;ext=12".
    const [number = '', ...params] = valueText(property.getFirstValue()).replace(/^tel:/i, '').split(';');
    const ext = params.find((p) => /^ext=/i.test(p))?.slice(4);
    const label = [labelOf(property, appleLabels), ext ? `ext. ${ext}` : ''].filter(Boolean).join(', ');
    contacts.push({ kind: 'phone', label, value: number.trim() });
  }
  for (const property of card.getAllProperties('email')) {
    const value = valueText(property.getFirstValue()).replace(/^mailto:/i, '');
    contacts.push({ kind: 'email', label: labelOf(property, appleLabels), value });
  }
  return contacts.filter((c) => c.value !== '');
}

function kindRead(card: InstanceType<typeof ICAL.Component>): StakeholderKind {
  const kind = (firstText(card, 'kind') || firstText(card, 'x-addressbookserver-kind')).toLowerCase();
  const appleCompany = firstText(card, 'x-abshowas').toUpperCase() === 'COMPANY';
  return kind === 'org' || kind === 'organization' || kind === 'group' || appleCompany
    ? 'organisation'
    : 'person';
}

function draftRead(component: InstanceType<typeof ICAL.Component>, group: string): StakeholderDraft {
  const appleLabels = new Map<string, string>();
  for (const p of component.getAllProperties('x-ablabel')) {
    const group = p.getParameter('group');
    const label = valueText(p.getFirstValue());
    if (typeof group === 'string')
      appleLabels.set(group.toLowerCase(), APPLE_LABEL.exec(label)?.[1] ?? label);
  }
  const kind = kindRead(component);
  const org = (component.getFirstProperty('org')?.getValues() ?? [])
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .map(valueText)
    .filter(Boolean)
    .join(', ');
  // N is family;given;additional;prefix;suffix; a name is written prefix given additional family suffix.
  const n = component.getFirstProperty('n')?.getFirstValue();
  const parts = Array.isArray(n) ? n.map(valueText) : [valueText(n)];
  const fromN = [parts[3], parts[1], parts[2], parts[0], parts[4]].filter(Boolean).join(' ');
  const name = firstText(component, 'fn') || fromN || (kind === 'organisation' ? org : '');
  return {
    kind,
    name,
    organisation: kind === 'organisation' && org === name ? '' : org,
    group,
    priority: 2,
    contacts: contactsRead(component, appleLabels),
    languages: component.getAllProperties('lang').map((p) => valueText(p.getFirstValue()).toLowerCase()),
    notes: component
      .getAllProperties('note')
      .map((p) => valueText(p.getFirstValue()))
      .join('\n\n'),
  };
}

const fieldProperties: Partial<Record<ImportField, string>> = {
  name: 'FN',
  phone: 'TEL',
  email: 'EMAIL',
  languages: 'LANG',
  notes: 'NOTE',
};

function cardRead(card: Card, group: string): ImportRecord | ImportError {
  const version = card.lines.findIndex((l) => /^VERSION:/i.test(l));
  const versionValue = version === -1 ? '' : card.lines[version]!.slice('VERSION:'.length).trim();
  if (versionValue !== '' && versionValue !== '3.0' && versionValue !== '4.0')
    return { code: 'import.vcardVersion', line: card.line + version, value: importValueShown(versionValue) };
  const lines = linesRead(card);
  let component: InstanceType<typeof ICAL.Component>;
  try {
    component = new ICAL.Component(ICAL.parse(lines.map((l) => l.text).join('\r\n')));
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    return { code: 'import.badVcard', line: parseErrorLine(card, lines, message) };
  }
  const valid = stakeholderValidate(draftRead(component, group));
  if (valid.ok) return { line: card.line, draft: valid.value };
  const { code: reason, detail } = valid.error;
  const field = importFieldOf(reason);
  const column =
    reason === 'stakeholder.contactInvalid' && detail?.includes('@')
      ? 'EMAIL'
      : field && fieldProperties[field];
  return {
    code: 'import.invalidRow',
    line: column === undefined ? card.line : propertyLine(card, column, detail),
    reason,
    ...(field && { field }),
    ...(column !== undefined && { column }),
    ...(detail !== undefined && { value: importValueShown(detail) }),
  };
}

/**
 * Reads every card of a vCard 3 or 4 file: FN (or N), ORG, TEL with its TYPE as label, EMAIL, LANG, NOTE,
 * KIND:org as an organisation. Every stakeholder gets `group` (chosen in the import dialog) and
 * priority 2. All-or-nothing: an error names the line of the first wrong card or property.
 */
export function vcardImport(
  text: string,
  existing: readonly Stakeholder[],
  group: string,
): ImportResult<StakeholderImport> {
  const checked = importTextCheck(text);
  if (!checked.ok) return checked;
  const cards = cardsSplit(checked.value);
  if (!cards.ok) return cards;
  return importFinish(
    cards.value.map((card) => cardRead(card, group)),
    existing,
  );
}
