/**
 * The words people use in stakeholder lists, in Dutch and English: header names, groups, kinds,
 * priorities, languages, and contact cells such as "mobiel: 06 1234 5678; werk: 020 123 4567". Shared by
 * the CSV and vCard imports and by the CSV export, which writes words these functions read back.
 */
import {
  fold,
  isStandardGroup,
  standardGroups,
  type ContactKind,
  type ContactPoint,
  type Priority,
  type StakeholderKind,
  type StandardGroup,
} from '../domain/stakeholder';
import type { ImportField } from './import-error';

export type ExportLanguage = 'en' | 'nl';

/** Lower case, no accents, only letters and digits: "E-mail adres" → "emailadres". */
export function wordCompact(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '');
}

function lookup<T>(entries: readonly (readonly [T, readonly string[]])[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries) for (const word of words) map.set(wordCompact(word), value);
  return map;
}

export const groupLabels: Record<ExportLanguage, Record<StandardGroup, string>> = {
  en: {
    authorities: 'Authorities',
    emergencyServices: 'Emergency services',
    media: 'Media',
    employees: 'Employees',
    customers: 'Customers',
    residents: 'Residents',
    partners: 'Partners',
    regulators: 'Regulators',
    shareholders: 'Shareholders',
  },
  nl: {
    authorities: 'Overheid',
    emergencyServices: 'Hulpdiensten',
    media: 'Media',
    employees: 'Medewerkers',
    customers: 'Klanten',
    residents: 'Omwonenden',
    partners: 'Partners',
    regulators: 'Toezichthouders',
    shareholders: 'Aandeelhouders',
  },
};

const groupWords = lookup<StandardGroup>([
  ['authorities', ['authority', 'government', 'overheden', 'gemeente', 'gemeenten', 'municipality']],
  ['authorities', ['provincie', 'province', 'rijksoverheid', 'ministerie', 'ministry', 'bestuur']],
  ['authorities', ['veiligheidsregio', 'burgemeester', 'mayor', 'public authorities']],
  ['emergencyServices', ['hulpdienst', 'brandweer', 'fire brigade', 'fire service', 'politie', 'police']],
  ['emergencyServices', ['ambulance', 'ambulancedienst', 'GHOR', 'first responders', '112']],
  ['media', ['press', 'pers', 'pers en media', 'press and media', 'journalists', 'journalisten', 'news']],
  ['media', ['journalist', 'nieuws']],
  ['employees', ['employee', 'staff', 'personnel', 'personeel', 'medewerker', 'werknemers', 'werknemer']],
  ['customers', ['customer', 'clients', 'client', 'klant', 'afnemers', 'consumers', 'consumenten']],
  ['residents', ['resident', 'bewoners', 'buurtbewoners', 'neighbours', 'neighbors', 'omwonende']],
  ['residents', ['local residents', 'buren']],
  ['partners', ['partner', 'suppliers', 'supplier', 'leveranciers', 'leverancier', 'ketenpartners']],
  ['partners', ['business partners', 'zakenpartners']],
  ['regulators', ['regulator', 'toezichthouder', 'toezicht', 'supervisor', 'inspectie', 'inspectorate']],
  ['shareholders', ['shareholder', 'aandeelhouder', 'investors', 'investeerders', 'beleggers', 'owners']],
  ...standardGroups.map((g) => [g, [g, groupLabels.en[g], groupLabels.nl[g]]] as const),
]);

/** A standard group key for a known word in either language; anything else stays as custom text. */
export function groupFromText(text: string): string {
  const trimmed = text.trim();
  return groupWords.get(wordCompact(trimmed)) ?? trimmed;
}

export function groupLabel(group: string, language: ExportLanguage): string {
  return isStandardGroup(group) ? groupLabels[language][group] : group;
}

export const kindLabels: Record<ExportLanguage, Record<StakeholderKind, string>> = {
  en: { person: 'person', organisation: 'organisation' },
  nl: { person: 'persoon', organisation: 'organisatie' },
};

const kindWords = lookup<StakeholderKind>([
  ['person', ['person', 'persoon', 'individual', 'individu', 'individueel', 'p', 'contactpersoon']],
  ['organisation', ['organisation', 'organization', 'organisatie', 'org', 'o', 'company', 'bedrijf']],
  ['organisation', ['instantie', 'instelling']],
]);

/** Empty means a person; null means a word this import does not know. */
export function kindFromText(text: string): StakeholderKind | null {
  const compact = wordCompact(text);
  return compact === '' ? 'person' : (kindWords.get(compact) ?? null);
}

const priorityWords = lookup<Priority>([
  [1, ['1', 'p1', 'prio 1', 'hoog', 'high', 'urgent', 'eerst', 'first']],
  [2, ['2', 'p2', 'prio 2', 'midden', 'middel', 'medium', 'normaal', 'normal', 'gemiddeld']],
  [3, ['3', 'p3', 'prio 3', 'laag', 'low']],
]);

/** Empty means 2; null means a value that is not a priority. */
export function priorityFromText(text: string): Priority | null {
  const compact = wordCompact(text);
  return compact === '' ? 2 : (priorityWords.get(compact) ?? null);
}

const languageWords = lookup<string>([
  ['nl', ['nederlands', 'dutch', 'vlaams', 'flemish']],
  ['en', ['engels', 'english']],
  ['de', ['duits', 'german', 'deutsch']],
  ['fr', ['frans', 'french', 'français']],
  ['es', ['spaans', 'spanish', 'español']],
  ['it', ['italiaans', 'italian']],
  ['pt', ['portugees', 'portuguese']],
  ['pl', ['pools', 'polish']],
  ['tr', ['turks', 'turkish']],
  ['ar', ['arabisch', 'arabic']],
  ['uk', ['oekraïens', 'ukrainian']],
  ['ru', ['russisch', 'russian']],
  ['fy', ['fries', 'frisian', 'frysk']],
]);

/** "Nederlands, EN; de" → ["nl", "en", "de"]; unknown words are kept as written, lower-cased. */
export function languagesFromText(text: string): string[] {
  return text
    .split(/[,;|/\s]+/)
    .filter(Boolean)
    .map((word) => languageWords.get(wordCompact(word)) ?? word.toLowerCase());
}

/** "Piet <piet@example.nl>" → "piet@example.nl"; "mailto:" and "tel:" prefixes go too. */
function contactValueClean(kind: ContactKind, value: string): string {
  if (kind === 'email') {
    const bracketed = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
    return (bracketed ? bracketed[1]! : value).replace(/^mailto:/i, '');
  }
  return kind === 'phone' ? value.replace(/^tel:/i, '') : value;
}

/**
 * One cell with several contact points: separated by `;` or `|`, or by line breaks when the cell has
 * any (then `;` and `|` belong to the values). Each may carry a label as "label: value".
 */
export function contactsFromCell(cell: string, kind: ContactKind, label = ''): ContactPoint[] {
  const pieces = /[\r\n]/.test(cell) ? cell.split(/\r?\n|\r/) : cell.split(/[;|]/);
  const contacts: ContactPoint[] = [];
  for (const piece of pieces) {
    const colon = piece.indexOf(': ');
    const value = (colon === -1 ? piece : piece.slice(colon + 2)).trim();
    if (value === '') continue;
    const own = colon === -1 ? '' : piece.slice(0, colon).trim();
    contacts.push({ kind, label: own || label, value: contactValueClean(kind, value) });
  }
  return contacts;
}

/** The inverse of contactsFromCell, so an export reads back the same contact points. */
export function contactsToCell(contacts: readonly ContactPoint[]): string {
  const pieces = contacts.map((c) =>
    c.label !== '' ? `${c.label}: ${c.value}` : c.value.includes(': ') ? `: ${c.value}` : c.value,
  );
  return pieces.join(pieces.some((p) => /[;|]/.test(p)) ? '\n' : '; ');
}

export const headerLabels: Record<ExportLanguage, Record<ImportField, string>> = {
  en: {
    name: 'Name',
    kind: 'Kind',
    organisation: 'Organisation',
    group: 'Group',
    priority: 'Priority',
    phone: 'Phone',
    email: 'E-mail',
    other: 'Other contact',
    languages: 'Languages',
    notes: 'Notes',
  },
  nl: {
    name: 'Naam',
    kind: 'Soort',
    organisation: 'Organisatie',
    group: 'Groep',
    priority: 'Prioriteit',
    phone: 'Telefoon',
    email: 'E-mail',
    other: 'Overig contact',
    languages: 'Talen',
    notes: 'Notities',
  },
};

/** Whole header names, compared compact ("E-mail adres" = "emailadres"). */
const headerWords = lookup<ImportField>([
  ['name', ['naam', 'name', 'full name', 'volledige naam', 'display name', 'weergavenaam', 'contact person']],
  ['name', ['contactpersoon', 'voornaam', 'first name', 'given name', 'roepnaam', 'tussenvoegsel']],
  ['name', ['achternaam', 'last name', 'surname', 'family name', 'middle name', 'wie', 'who']],
  ['kind', ['kind', 'soort', 'person or organisation', 'persoon of organisatie', 'soort contact']],
  ['organisation', ['organisation', 'organization', 'organisatie', 'org', 'company', 'bedrijf']],
  ['organisation', ['employer', 'werkgever', 'instantie', 'instelling', 'affiliation']],
  ['group', ['group', 'groep', 'category', 'categorie', 'doelgroep', 'stakeholder group', 'audience']],
  ['group', ['stakeholdergroep', 'target group']],
  ['priority', ['priority', 'prioriteit', 'prio']],
  ['phone', ['phone', 'telephone', 'tel', 'telefoon', 'telefoonnummer', 'phone number', 'telnr']],
  ['email', ['email', 'e-mail', 'mail', 'emailadres', 'e-mailadres', 'email address', 'mailadres']],
  ['other', ['other', 'other contact', 'overig', 'overig contact', 'overige contactgegevens']],
  ['languages', ['languages', 'language', 'talen', 'taal', 'lang', 'spoken languages']],
  ['notes', ['notes', 'note', 'notities', 'notitie', 'opmerkingen', 'opmerking', 'remarks', 'comments']],
  ['notes', ['toelichting', 'memo', 'bijzonderheden', 'description', 'omschrijving']],
]);

/**
 * Stems for headers that are more than a field name: "Telefoon werk", "Werktelefoon", "Mobile phone",
 * "Bedrijfsnaam". Checked in this order, so "Organisation name" is an organisation, not a name. A stem
 * with a label gives that label; otherwise the rest of the header is the label of a contact column.
 */
const headerStems: readonly (readonly [ImportField, string, string?])[] = [
  ['organisation', 'organisati'],
  ['organisation', 'organizati'],
  ['organisation', 'bedrijf'],
  ['organisation', 'company'],
  ['email', 'email'],
  ['email', 'mail'],
  ['phone', 'mobiel', 'mobiel'],
  ['phone', 'mobile', 'mobile'],
  ['phone', 'gsm', 'mobiel'],
  ['phone', 'cell', 'mobile'],
  ['phone', 'telefoon'],
  ['phone', 'telephone'],
  ['phone', 'phone'],
  ['other', 'website', 'website'],
  ['other', 'linkedin', 'LinkedIn'],
  ['other', 'twitter', 'X'],
  ['other', 'signal', 'Signal'],
  ['other', 'overig'],
  ['other', 'other'],
  ['languages', 'taal'],
  ['languages', 'language'],
  ['notes', 'notitie'],
  ['notes', 'opmerking'],
  ['group', 'groep'],
  ['group', 'group'],
  ['name', 'naam'],
  ['name', 'name'],
];

/** Words around a contact field's stem that say nothing about the contact: "nummer", "adres", … */
const NOISE = '(?:nummer|number|nr|adres|address|contact|gegevens)';
const labelNoise = new RegExp(`^${NOISE}+|${NOISE}+$|^1$`, 'g');

export interface HeaderGuess {
  field: ImportField;
  /** For a contact column: the label its values get ("werk" from "Telefoon werk"). */
  label: string;
}

/** What a header most likely holds, or null when it is no known field. */
export function headerGuess(header: string): HeaderGuess | null {
  const compact = wordCompact(header);
  if (compact === '') return null;
  const whole = headerWords.get(compact);
  if (whole) return { field: whole, label: '' };
  for (const [field, stem, label] of headerStems) {
    const at = compact.startsWith(stem) ? 0 : compact.endsWith(stem) ? compact.length - stem.length : -1;
    if (at === -1) continue;
    const isContact = field === 'phone' || field === 'email' || field === 'other';
    const rest = compact.slice(0, at) + compact.slice(at + stem.length);
    return { field, label: !isContact ? '' : (label ?? rest.replace(labelNoise, '')) };
  }
  return null;
}
