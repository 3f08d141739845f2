/**
 * A `.crisisroom` archive opened with the app: double-clicked or "Open with" on Windows and Linux (a
 * path on the command line, of the first launch or of a second instance handed over to the first), or
 * on macOS the `open-file` event. Main reads it (size limit first) and hands name and text to the
 * renderer as `archive:open` once the window has loaded; the renderer validates and imports it. A file
 * that cannot be read is refused with a dialog here, since there is no request to answer.
 */
import path from 'node:path';
import { DomainFailure } from '../../shared/domain/errors';
import { fileExtensions, type OpenedFile } from '../../shared/ipc';

const ARCHIVE_SUFFIX = `.${fileExtensions.archive}`;

export function isArchivePath(file: string): boolean {
  return file.toLowerCase().endsWith(ARCHIVE_SUFFIX);
}

/**
 * The archive named on a command line, resolved against the directory it was started from. argv[0] is
 * the executable; switches (Chromium adds some to a second instance's argv) are skipped.
 */
export function archiveArgument(argv: readonly string[], workingDirectory: string): string | undefined {
  const file = argv.slice(1).find((arg) => !arg.startsWith('-') && isArchivePath(arg));
  return file === undefined ? undefined : path.resolve(workingDirectory, file);
}

export type ArchiveRefusal = 'file.tooLarge' | 'file.readFailed';

export interface ArchiveInboxDeps {
  /** Reads the file with the size limit (file-io.ts), throwing DomainFailure. */
  read(file: string): Promise<string>;
  /** Hands the archive to the renderer; false when no loaded window can take it yet. */
  deliver(archive: OpenedFile): boolean;
  /** Tells the user why the archive was not opened. */
  refuse(name: string, reason: ArchiveRefusal): void;
}

export class ArchiveInbox {
  private readonly waiting: OpenedFile[] = [];

  constructor(private readonly deps: ArchiveInboxDeps) {}

  /** Reads `file` and delivers it now, or when the window has loaded (see `flush`). */
  async open(file: string): Promise<void> {
    const name = path.basename(file);
    if (!isArchivePath(file)) return;
    let content: string;
    try {
      content = await this.deps.read(file);
    } catch (error) {
      const tooLarge = error instanceof DomainFailure && error.error.code === 'file.tooLarge';
      console.error('Could not open the archive', error instanceof DomainFailure ? error.cause : error);
      this.deps.refuse(name, tooLarge ? 'file.tooLarge' : 'file.readFailed');
      return;
    }
    this.waiting.push({ name, content });
    this.flush();
  }

  /** Delivers what waits, in order; call when the window has finished loading. */
  flush(): void {
    while (this.waiting.length > 0 && this.deps.deliver(this.waiting[0]!)) this.waiting.shift();
  }
}
