/**
 * How main reads and writes the files the renderer asks for. Reads are bounded (the size is checked
 * before a byte is read into memory); writes are atomic (a temporary file beside the target, flushed to
 * disk, then renamed over it), so a crash, a full disk or a pulled USB stick leaves the old file or
 * none, never half a backup. Plain Node: no electron here, so the store and handlers test without it.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomainFailure } from '../../shared/domain/errors';
import { FILE_MAX_BYTES } from '../../shared/ipc';

/** Temporary files end in this; a folder main owns may sweep up ones a crash left behind. */
export const TEMP_SUFFIX = '.tmp';

/** The failure that crosses IPC (a code), with the cause kept for main's log. */
function failure(
  code: 'file.tooLarge' | 'file.readFailed' | 'file.writeFailed',
  cause?: unknown,
): DomainFailure {
  return new DomainFailure({ code }, { cause });
}

/**
 * The text of a regular file of at most `maxBytes`, decoded as UTF-8 (a byte-order mark is dropped, as
 * JSON.parse would choke on it). Never holds more than the size it checked in memory. Throws
 * DomainFailure: file.tooLarge, or file.readFailed for anything else (missing, a folder, a pipe or
 * device, no permission, changed while being read); the cause is logged by the IPC layer, never sent.
 */
export async function fileReadLimited(file: string, maxBytes = FILE_MAX_BYTES): Promise<string> {
  let handle;
  try {
    // Before opening: opening a named pipe waits for a writer, and a device never ends.
    if (!(await stat(file)).isFile()) throw failure('file.readFailed');
    handle = await open(file, 'r');
  } catch (error) {
    if (error instanceof DomainFailure) throw error;
    throw failure('file.readFailed', error);
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw failure('file.tooLarge');
    const bytes = Buffer.alloc(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // Being written meanwhile: what was read is a torn copy (shorter, or with more still to come).
    const { bytesRead: more } = await handle.read(Buffer.alloc(1), 0, 1, filled);
    if (filled < size || more > 0) throw failure('file.readFailed');
    return new TextDecoder('utf-8').decode(bytes);
  } catch (error) {
    if (error instanceof DomainFailure) throw error;
    throw failure('file.readFailed', error);
  } finally {
    await handle.close();
  }
}

/**
 * Writes `content` to `target` atomically. A string is stored as UTF-8 and refused (file.tooLarge) when
 * that is over the read limit: a file the app writes must be one it can read back. Any other failure
 * throws file.writeFailed, after removing the temporary file.
 */
export async function fileWriteAtomic(
  target: string,
  content: string | Uint8Array,
  maxBytes = FILE_MAX_BYTES,
): Promise<void> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (bytes.length > maxBytes) throw failure('file.tooLarge');
  // Hidden, beside the target (a rename is only atomic within one file system), unique per write.
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomUUID()}${TEMP_SUFFIX}`,
  );
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      // On disk before the rename, or a power cut could leave the new name on an empty file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw failure('file.writeFailed', error);
  }
}
