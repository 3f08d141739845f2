import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ArchiveInbox, archiveArgument } from '../../../electron/main/archive-open';
import { DomainFailure } from '../../../shared/domain/errors';
import type { OpenedFile } from '../../../shared/ipc';

describe('archive on the command line', () => {
  it.each([
    [['crisis-room', '/home/lead/Brand.crisisroom'], '/home/lead/Brand.crisisroom'],
    [
      ['Crisis Room.exe', 'C:/Users/lead/Oefening.CRISISROOM'],
      path.resolve('/work', 'C:/Users/lead/Oefening.CRISISROOM'),
    ],
    [
      ['crisis-room', '--allow-file-access-from-files', 'archief.crisisroom'],
      path.resolve('/work', 'archief.crisisroom'),
    ],
    [['electron', '.', 'a.crisisroom'], path.resolve('/work', 'a.crisisroom')],
  ])('finds the archive in %j', (argv, expected) => {
    expect(archiveArgument(argv, '/work')).toBe(expected);
  });

  it.each([
    [['crisis-room']],
    [['crisis-room', '--flag=x.crisisroom']],
    [['crisis-room', 'notes.txt', 'report.json']],
    [['/tmp/evil.crisisroom']],
  ])('finds none in %j', (argv) => {
    expect(archiveArgument(argv, '/work')).toBeUndefined();
  });
});

describe('archive inbox', () => {
  function inbox(read: (file: string) => Promise<string>, loaded: () => boolean) {
    const delivered: OpenedFile[] = [];
    const refused: [string, string][] = [];
    const box = new ArchiveInbox({
      read,
      deliver: (archive) => loaded() && delivered.push(archive) > 0,
      refuse: (name, reason) => refused.push([name, reason]),
    });
    return { box, delivered, refused };
  }

  it('keeps archives until the window has loaded, then delivers each once, in order', async () => {
    let loaded = false;
    const { box, delivered } = inbox(
      async (file) => `content of ${path.basename(file)}`,
      () => loaded,
    );
    await box.open('/a/one.crisisroom');
    await box.open('/a/two.crisisroom');
    expect(delivered).toEqual([]);
    loaded = true;
    box.flush();
    box.flush();
    expect(delivered).toEqual([
      { name: 'one.crisisroom', content: 'content of one.crisisroom' },
      { name: 'two.crisisroom', content: 'content of two.crisisroom' },
    ]);
  });

  it('refuses an archive that is too large or unreadable, naming only the file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const read = vi
      .fn<(file: string) => Promise<string>>()
      .mockRejectedValueOnce(new DomainFailure({ code: 'file.tooLarge' }))
      .mockRejectedValueOnce(new Error('EACCES'));
    const { box, delivered, refused } = inbox(read, () => true);
    await box.open('/home/lead/huge.crisisroom');
    await box.open('/home/lead/locked.crisisroom');
    expect(refused).toEqual([
      ['huge.crisisroom', 'file.tooLarge'],
      ['locked.crisisroom', 'file.readFailed'],
    ]);
    expect(delivered).toEqual([]);
  });

  it('does not read files that are not archives (macOS hands over whatever is dropped on the dock)', async () => {
    const read = vi.fn(async () => 'x');
    const { box, delivered } = inbox(read, () => true);
    await box.open('/Users/lead/.ssh/id_ed25519');
    expect(read).not.toHaveBeenCalled();
    expect(delivered).toEqual([]);
  });
});
