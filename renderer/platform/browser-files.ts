/**
 * Files in a browser tab, where there is no file system to write to: saving is a download (the browser
 * decides where it goes, and cannot tell us whether the user cancelled a prompt), opening is the
 * browser's file picker. The same size limit as the desktop app applies.
 */
import { fail, ok, type Result } from '../../shared/domain/errors';
import { fileNameSafe } from '../../shared/file-name';
import {
  FILE_MAX_BYTES,
  fileExtensions,
  type FileKind,
  type FileSaveRequest,
  type OpenedFile,
  type OpenKind,
} from '../../shared/ipc';

const mimeTypes: Record<FileKind, string> = {
  html: 'text/html',
  markdown: 'text/markdown',
  csv: 'text/csv',
  archive: 'application/vnd.crisisroom.archive+json',
  backup: 'application/json',
};

/** Some browsers start the download only after click() has returned: the URL must outlive it. */
const REVOKE_AFTER_MS = 60_000;

/** Downloads `content` under a safe version of the suggested name. */
export function fileDownload(
  { suggestedName, kind, content }: FileSaveRequest,
  doc: Document = document,
): void {
  const blob = new Blob([content], { type: `${mimeTypes[kind]};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileNameSafe(suggestedName, fileExtensions[kind]);
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * Lets the user pick an archive or backup with a transient file input. Null when they cancel (browsers
 * that fire no `cancel` event leave the promise pending, which is harmless: nothing waits on it but the
 * button that asked). file.tooLarge over FILE_MAX_BYTES, checked before the file is read.
 */
export function filePick(kind: OpenKind, doc: Document = document): Promise<Result<OpenedFile | null>> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = `.${fileExtensions[kind]}`;
    input.addEventListener('cancel', () => resolve(ok(null)), { once: true });
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        if (file === undefined) return resolve(ok(null));
        if (file.size > FILE_MAX_BYTES) return resolve(fail('file.tooLarge'));
        file.text().then(
          (content) => resolve(ok({ name: file.name, content })),
          () => resolve(fail('file.readFailed')),
        );
      },
      { once: true },
    );
    input.click();
  });
}
