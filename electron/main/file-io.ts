/**
 * How main reads and writes the files the renderer asks for. Reads are bounded (the size is checked
 * before a byte is read into memory); writes are atomic (a temporary file beside the target, flushed to
 * disk, then renamed over it), so a crash, a full disk or a pulled USB stick leaves the old file or
 * none, never half a backup. Plain Node: no electron here, so the store and handlers test without it.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
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
 * JSON.parse would choke on it). Throws DomainFailure: file.tooLarge, or file.readFailed for anything
 * else (missing, a folder, no permission); the cause is logged by the IPC layer, never sent.
 */
export async function fileReadLimited(file: string, maxBytes = FILE_MAX_BYTES): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw failure('file.readFailed', error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw failure('file.readFailed');
    if (stats.size > maxBytes) throw failure('file.tooLarge');
    const bytes = await handle.readFile();
    // It may have grown between the check and the read.
    if (bytes.length > maxBytes) throw failure('file.tooLarge');
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
