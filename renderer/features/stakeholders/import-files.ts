/** Reading an import file and downloading an export, in the browser and in Electron alike. */
import { importBytesDecode, type ImportResult } from '../../../shared/io/import-error';

/** Lets the browser paint ("Reading…") before a long synchronous parse starts. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The file's text: UTF-8, UTF-16 or Windows-1252, refused when it is junk or too large. */
export async function importFileRead(file: File): Promise<ImportResult<string>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  await nextPaint();
  return importBytesDecode(bytes);
}

/** Saves text as a file through a temporary download link (works offline, no main process needed). */
export function fileDownload(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after this task; give them a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
