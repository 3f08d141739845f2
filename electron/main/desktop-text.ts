/**
 * Every text main shows itself, in Dutch and English: the menus, the about box, the desktop
 * notifications and the file dialogs. (The renderer's texts live in renderer/i18n; menus are built here, in main.)
 */
import type { AppLanguage } from '../../shared/ipc';

const en = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  newEntry: 'New timeline entry',
  newDraft: 'New draft',
  search: 'Search timeline',
  switchIncident: 'Switch incident…',
  export: 'Export…',
  backUp: 'Back up now',
  openDataFolder: 'Open data folder',
  notifications: 'Desktop notifications',
  about: 'About Crisis Room',
  quit: 'Quit Crisis Room',
  aboutDetail:
    'Version {version}\nElectron {electron} · Chromium {chrome} · Node {node}\n\nData folder: {dataFolder}',
  approvalsTitle: 'Approval requested',
  approvalsBody: '{count} statement(s) waiting for approval',
  conflictsTitle: 'Conflicting edits',
  conflictsBody: '{count} edit(s) crossed each other: open Conflicts to choose',
  badgeDescription: '{unsynced} unsynced change(s), {approvals} open approval request(s)',
  ok: 'OK',
  saveTitle: 'Save as',
  openArchiveTitle: 'Open incident archive',
  openBackupTitle: 'Open backup',
  filterHtml: 'HTML report',
  filterMarkdown: 'Markdown',
  filterCsv: 'CSV (spreadsheet)',
  filterArchive: 'Crisis Room archive',
  filterBackup: 'Crisis Room backup',
  filterPdf: 'PDF document',
  archiveOpenFailed: 'The archive could not be opened',
  archiveTooLarge: '{name} is larger than 256 MB.',
  archiveUnreadable: '{name} could not be read.',
};

export type DesktopTextKey = keyof typeof en;

const nl: Record<DesktopTextKey, string> = {
  file: 'Bestand',
  edit: 'Bewerken',
  view: 'Beeld',
  window: 'Venster',
  help: 'Help',
  newEntry: 'Nieuwe tijdlijnregel',
  newDraft: 'Nieuw concept',
  search: 'Zoeken in tijdlijn',
  switchIncident: 'Ander incident…',
  export: 'Exporteren…',
  backUp: 'Nu back-up maken',
  openDataFolder: 'Gegevensmap openen',
  notifications: 'Bureaubladmeldingen',
  about: 'Over Crisis Room',
  quit: 'Crisis Room afsluiten',
  aboutDetail:
    'Versie {version}\nElectron {electron} · Chromium {chrome} · Node {node}\n\nGegevensmap: {dataFolder}',
  approvalsTitle: 'Goedkeuring gevraagd',
  approvalsBody: '{count} tekst(en) wachten op goedkeuring',
  conflictsTitle: 'Botsende wijzigingen',
  conflictsBody: '{count} wijziging(en) kruisten elkaar: kies in Conflicten',
  badgeDescription:
    '{unsynced} niet-gesynchroniseerde wijziging(en), {approvals} open goedkeuringsverzoek(en)',
  ok: 'OK',
  saveTitle: 'Opslaan als',
  openArchiveTitle: 'Incidentarchief openen',
  openBackupTitle: 'Back-up openen',
  filterHtml: 'HTML-rapport',
  filterMarkdown: 'Markdown',
  filterCsv: 'CSV (spreadsheet)',
  filterArchive: 'Crisis Room-archief',
  filterBackup: 'Crisis Room-back-up',
  filterPdf: 'Pdf-document',
  archiveOpenFailed: 'Het archief kon niet worden geopend',
  archiveTooLarge: '{name} is groter dan 256 MB.',
  archiveUnreadable: '{name} kon niet worden gelezen.',
};

const texts: Record<AppLanguage, Record<DesktopTextKey, string>> = { en, nl };

/** The text for `key` in `language`, with `{name}` placeholders filled in. */
export function desktopText(
  language: AppLanguage,
  key: DesktopTextKey,
  values: Record<string, string | number> = {},
): string {
  return texts[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The language before the renderer has said one: the saved choice, else the system's, else English. */
export function desktopLanguagePick(saved: AppLanguage | undefined, systemLanguages: string[]): AppLanguage {
  if (saved !== undefined) return saved;
  for (const tag of systemLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'en';
}
