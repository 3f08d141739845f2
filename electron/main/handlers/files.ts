/**
 * IPC handlers for `file:*` and `report:pdf`: the renderer hands over a string (or asks for one) and
 * main does the dialogs and the disk. Paths never cross: the renderer suggests a name, the user picks
 * the place.
 */
import path from 'node:path';
import { type DialogContext, openPathAsk, savePathAsk } from '../file-dialogs';
import { fileReadLimited, fileWriteAtomic } from '../file-io';
import { ipcHandle } from '../ipc';

export interface FileHandlerDeps extends DialogContext {
  /** Renders report HTML to PDF bytes (report-pdf.ts; a fake in tests). */
  pdfRender(html: string): Promise<Uint8Array>;
}

export function registerFileHandlers(deps: FileHandlerDeps): void {
  ipcHandle('file:save', async ({ suggestedName, kind, content }) => {
    const target = await savePathAsk(deps, kind, suggestedName);
    if (target === undefined) return { saved: false };
    await fileWriteAtomic(target, content);
    return { saved: true };
  });

  // Rendered before the dialog: when Chromium cannot print it, the user is told so without first
  // choosing a place for a file that will never come.
  ipcHandle('report:pdf', async ({ suggestedName, html }) => {
    const pdf = await deps.pdfRender(html);
    const target = await savePathAsk(deps, 'pdf', suggestedName);
    if (target === undefined) return { saved: false };
    await fileWriteAtomic(target, pdf);
    return { saved: true };
  });

  ipcHandle('file:open', async ({ kind }) => {
    const source = await openPathAsk(deps, kind);
    if (source === undefined) return null;
    return { name: path.basename(source), content: await fileReadLimited(source) };
  });
}
