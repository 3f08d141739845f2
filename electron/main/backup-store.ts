/**
 * The automatic and manual backups in `<userData>/backups`: one JSON file per backup, made by the
 * renderer (main never reads crisis data itself), written atomically and rotated per reason so that a
 * burst of automatic backups can never push out the one made before a restore. The renderer names a
 * backup only by its file name, which is checked against the pattern below before it touches a path.
 * Plain Node: tested without Electron.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomainFailure } from '../../shared/domain/errors';
import type { BackupInfo, BackupReason } from '../../shared/ipc';
import { fileReadLimited, fileWriteAtomic, TEMP_SUFFIX } from './file-io';

/** How many backups of each reason are kept; the oldest beyond that are deleted after each write. */
export const backupRetention: Record<BackupReason, number> = {
  auto: 24,
  quit: 5,
  manual: 20,
  beforeRestore: 10,
};

/** The reason as it appears in the file name (file names stay lower case). */
const reasonTags: Record<BackupReason, string> = {
  auto: 'auto',
  quit: 'quit',
  manual: 'manual',
  beforeRestore: 'before-restore',
};
const reasonOfTag = new Map(Object.entries(reasonTags).map(([reason, tag]) => [tag, reason as BackupReason]));

/**
 * `crisis-room-20261204-154102-auto.json`: the UTC time (so names sort by time and mean one instant
 * across daylight saving changes), a sequence number when one second holds more than one, and the reason.
 */
const BACKUP_NAME =
  /^crisis-room-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{1,3}))?-([a-z-]+)\.json$/;
const MAX_SEQUENCE = 999;

interface ParsedName {
  name: string;
  createdAt: Date;
  sequence: number;
  reason: BackupReason;
}

/** The parts of a backup's file name, or undefined for anything that is not one (paths included). */
export function backupNameParse(name: string): ParsedName | undefined {
  const match = BACKUP_NAME.exec(name);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, sequence, tag] = match;
  const reason = reasonOfTag.get(tag!);
  const createdAt = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  if (reason === undefined || Number.isNaN(createdAt.getTime())) return undefined;
  const parsed = { name, createdAt, sequence: sequence === undefined ? 0 : Number(sequence), reason };
  // One spelling per backup: no 31 February, no "-0" or "-007" sequence.
  return backupNameFormat(createdAt, reason, parsed.sequence) === name ? parsed : undefined;
}

export function backupNameFormat(createdAt: Date, reason: BackupReason, sequence = 0): string {
  const stamp = createdAt.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `crisis-room-${stamp}${sequence === 0 ? '' : `-${sequence}`}-${reasonTags[reason]}.json`;
}

/** Newest first: by time, then by sequence within one second. */
function newestFirst(a: ParsedName, b: ParsedName): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || b.sequence - a.sequence;
}

export class BackupStore {
  /** Writes run one at a time: the name check, the write and the rotation never interleave. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Writes a backup, then deletes the oldest of its reason beyond the retention. */
  write(content: string, reason: BackupReason): Promise<BackupInfo> {
    const next = this.writing.then(() =>
      this.writeNow(content, reason).catch((error: unknown) => {
        if (error instanceof DomainFailure) throw error;
        // The folder could not be made or read (a file in its place, no permission, a full disk).
        throw new DomainFailure({ code: 'file.writeFailed' }, { cause: error });
      }),
    );
    this.writing = next.catch(() => undefined);
    return next;
  }

  /** Every backup in the folder, newest first, with its size in bytes. */
  async list(): Promise<BackupInfo[]> {
    const parsed = (await this.names()).sort(newestFirst);
    const infos = await Promise.all(parsed.map((backup) => this.info(backup)));
    return infos.filter((info) => info !== undefined);
  }

  /** The content of the backup called `name`; refuses anything but a backup's file name. */
  async read(name: string): Promise<string> {
    const file = this.pathOf(name);
    try {
      return await fileReadLimited(file);
    } catch (error) {
      if (error instanceof DomainFailure && error.error.code === 'file.readFailed') {
        throw new DomainFailure({ code: 'backup.notFound' }, { cause: error.cause });
      }
      throw error;
    }
  }

  /** Creates the folder when needed and returns it (for "show the backups folder"). */
  async ensureDir(): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    return this.dir;
  }

  private pathOf(name: string): string {
    if (backupNameParse(name) === undefined) throw new DomainFailure({ code: 'backup.nameInvalid' });
    const file = path.resolve(this.dir, name);
    // The pattern already rules out separators and dots; this says so once more, for the next reader.
    if (path.dirname(file) !== path.resolve(this.dir)) {
      throw new DomainFailure({ code: 'backup.nameInvalid' });
    }
    return file;
  }

  private async writeNow(content: string, reason: BackupReason): Promise<BackupInfo> {
    await this.ensureDir();
    await this.sweepTemporaries();
    const taken = new Set((await this.names()).map((backup) => backup.name));
    const createdAt = new Date(Math.floor(this.now().getTime() / 1000) * 1000);
    let sequence = 0;
    while (taken.has(backupNameFormat(createdAt, reason, sequence))) {
      if (++sequence > MAX_SEQUENCE) throw new DomainFailure({ code: 'file.writeFailed' });
    }
    const name = backupNameFormat(createdAt, reason, sequence);
    await fileWriteAtomic(this.pathOf(name), content);
    await this.rotate(reason);
    const info = await this.info(backupNameParse(name)!);
    if (info === undefined) throw new DomainFailure({ code: 'file.writeFailed' });
    return info;
  }

  private async rotate(reason: BackupReason): Promise<void> {
    const ofReason = (await this.names()).filter((backup) => backup.reason === reason).sort(newestFirst);
    for (const old of ofReason.slice(backupRetention[reason])) {
      await rm(path.join(this.dir, old.name), { force: true }).catch((error: unknown) => {
        console.error('Could not delete an old backup', error);
      });
    }
  }

  /**
   * Only this app writes here and writes run one at a time (one instance: see index.ts), so a
   * temporary file found before a write is what a crash or power cut left behind.
   */
  private async sweepTemporaries(): Promise<void> {
    for (const entry of await readdir(this.dir)) {
      if (entry.startsWith('.') && entry.endsWith(TEMP_SUFFIX)) {
        await rm(path.join(this.dir, entry), { force: true }).catch(() => undefined);
      }
    }
  }

  private async names(): Promise<ParsedName[]> {
    let entries: string[];
    try {
      entries = await readdir(this.dir);
    } catch {
      return [];
    }
    return entries.map(backupNameParse).filter((parsed) => parsed !== undefined);
  }

  private async info(backup: ParsedName): Promise<BackupInfo | undefined> {
    try {
      const stats = await stat(path.join(this.dir, backup.name));
      if (!stats.isFile()) return undefined;
      return {
        name: backup.name,
        createdAt: backup.createdAt.toISOString(),
        size: stats.size,
        reason: backup.reason,
      };
    } catch {
      // Deleted between the listing and now (rotation, or the user tidying the folder).
      return undefined;
    }
  }
}
