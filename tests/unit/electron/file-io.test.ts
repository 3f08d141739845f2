import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileReadLimited, fileWriteAtomic } from '../../../electron/main/file-io';
import { FILE_MAX_BYTES } from '../../../shared/ipc';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'crisis-room-file-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bounded reads', () => {
  it('reads a file as UTF-8 text, without a byte-order mark', async () => {
    const file = path.join(dir, 'archive.crisisroom');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"é":"🚒"}')]));
    await expect(fileReadLimited(file)).resolves.toBe('{"é":"🚒"}');
  });

  it('refuses a file over the limit before reading it', async () => {
    const file = path.join(dir, 'huge.crisisroom');
    writeFileSync(file, '');
    // Sparse: a read would fill memory with zeroes, the check must come first.
    truncateSync(file, FILE_MAX_BYTES + 1);
    await expect(fileReadLimited(file)).rejects.toMatchObject({ error: { code: 'file.tooLarge' } });
  });

  it('honours a smaller limit', async () => {
    const file = path.join(dir, 'b.json');
    writeFileSync(file, '12345');
    await expect(fileReadLimited(file, 4)).rejects.toMatchObject({ error: { code: 'file.tooLarge' } });
    await expect(fileReadLimited(file, 5)).resolves.toBe('12345');
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe without waiting for a writer', async () => {
    const pipe = path.join(dir, 'pipe.crisisroom');
    execFileSync('mkfifo', [pipe]);
    await expect(fileReadLimited(pipe)).rejects.toMatchObject({ error: { code: 'file.readFailed' } });
  });

  it('says file.readFailed for a missing file or a folder, without the path in the code', async () => {
    await expect(fileReadLimited(path.join(dir, 'gone.json'))).rejects.toMatchObject({
      error: { code: 'file.readFailed' },
    });
    await expect(fileReadLimited(dir)).rejects.toMatchObject({ error: { code: 'file.readFailed' } });
  });
});

describe('atomic writes', () => {
  it('writes text as UTF-8 and bytes as they are, replacing an older file', async () => {
    const target = path.join(dir, 'report.html');
    writeFileSync(target, 'old');
    await fileWriteAtomic(target, '<p>Brand – “hal B”</p>');
    expect(readFileSync(target, 'utf8')).toBe('<p>Brand – “hal B”</p>');
    await fileWriteAtomic(target, new Uint8Array([37, 80, 68, 70]));
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('removes its temporary file when the last step fails, leaving what was there', async () => {
    // A folder where the file should go: the rename fails after the bytes were written.
    const target = path.join(dir, 'report.html');
    mkdirSync(target);
    writeFileSync(path.join(target, 'inside'), 'keep');
    await expect(fileWriteAtomic(target, 'new')).rejects.toMatchObject({
      error: { code: 'file.writeFailed' },
    });
    expect(readdirSync(dir)).toEqual(['report.html']);
    expect(readFileSync(path.join(target, 'inside'), 'utf8')).toBe('keep');
  });

  it('fails with file.writeFailed when the folder does not exist', async () => {
    await expect(fileWriteAtomic(path.join(dir, 'no', 'such.csv'), 'a')).rejects.toMatchObject({
      error: { code: 'file.writeFailed' },
    });
  });

  it('refuses to write what it could not read back', async () => {
    const target = path.join(dir, 'backup.json');
    // Over the limit in UTF-8 bytes, though under it in characters.
    await expect(fileWriteAtomic(target, 'éé', 3)).rejects.toMatchObject({
      error: { code: 'file.tooLarge' },
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});
