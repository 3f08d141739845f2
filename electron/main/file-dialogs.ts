/**
 * The native save and open dialogs, in the app's language, with one filter per kind of file. The
 * renderer never names a path: it suggests a name, and the user picks where it goes (or what to open).
 */
import path from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { fileNameSafe } from '../../shared/file-name';
import { fileExtensions, type AppLanguage, type FileKind, type OpenKind } from '../../shared/ipc';
import { desktopText, type DesktopTextKey } from './desktop-text';

export type SaveKind = FileKind | 'pdf';

export interface DialogContext {
  /** The main window, so the dialog is modal to it (and on macOS a sheet). */
  window(): BrowserWindow | undefined;
  language(): AppLanguage;
  /** Where a save dialog starts (the user's documents folder). */
  defaultDir(): string;
}

const filterNames: Record<SaveKind, DesktopTextKey> = {
  html: 'filterHtml',
  markdown: 'filterMarkdown',
  csv: 'filterCsv',
  archive: 'filterArchive',
  backup: 'filterBackup',
  pdf: 'filterPdf',
};

const openTitles: Record<OpenKind, DesktopTextKey> = {
  archive: 'openArchiveTitle',
  backup: 'openBackupTitle',
};

export function saveDialogOptions(
  kind: SaveKind,
  suggestedName: string,
  language: AppLanguage,
  defaultDir: string,
): SaveDialogOptions {
  const extension = fileExtensions[kind];
  return {
    title: desktopText(language, 'saveTitle'),
    defaultPath: path.join(defaultDir, fileNameSafe(suggestedName, extension)),
    filters: [{ name: desktopText(language, filterNames[kind]), extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function openDialogOptions(kind: OpenKind, language: AppLanguage): OpenDialogOptions {
  return {
    title: desktopText(language, openTitles[kind]),
    filters: [{ name: desktopText(language, filterNames[kind]), extensions: [fileExtensions[kind]] }],
    properties: ['openFile'],
  };
}

/**
 * Where the user wants the file, or undefined when they cancelled. Some Linux dialogs return the name
 * as typed: a name without any extension gets the kind's.
 */
export async function savePathAsk(
  context: DialogContext,
  kind: SaveKind,
  suggestedName: string,
): Promise<string | undefined> {
  const options = saveDialogOptions(kind, suggestedName, context.language(), context.defaultDir());
  const parent = context.window();
  const answer = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
  if (answer.canceled || answer.filePath === undefined || answer.filePath === '') return undefined;
  const chosen = answer.filePath;
  return path.extname(chosen) === '' ? `${chosen}.${fileExtensions[kind]}` : chosen;
}

/** The file the user chose to open, or undefined when they cancelled. */
export async function openPathAsk(context: DialogContext, kind: OpenKind): Promise<string | undefined> {
  const options = openDialogOptions(kind, context.language());
  const parent = context.window();
  const answer = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
  return answer.canceled ? undefined : answer.filePaths[0];
}
