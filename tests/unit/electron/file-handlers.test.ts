import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainFailure } from '../../../shared/domain/errors';
import { FILE_MAX_BYTES } from '../../../shared/ipc';
import { ipcInvokeFrom } from './fake-electron';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  /** What the next dialog answers: a path, or undefined for Cancel. */
  answer: undefined as string | undefined,
  saveDialogs: [] as unknown[][],
  openDialogs: [] as unknown[][],
}));

vi.mock('electron', async () => ({
  ipcMain: (await import('./fake-electron')).fakeIpcMain(electron.handlers),
  BrowserWindow: { fromWebContents: () => ({}) },
  app: { isPackaged: true },
  dialog: {
    showSaveDialog: vi.fn(async (...args: unknown[]) => {
      electron.saveDialogs.push(args);
      return { canceled: electron.answer === undefined, filePath: electron.answer ?? '' };
    }),
    showOpenDialog: vi.fn(async (...args: unknown[]) => {
      electron.openDialogs.push(args);
      return { canceled: electron.answer === undefined, filePaths: electron.answer ? [electron.answer] : [] };
    }),
  },
}));

import { registerFileHandlers } from '../../../electron/main/handlers/files';

let dir: string;
const parentWindow = { id: 'main window' };
const pdfRender = vi.fn(async (_html: string): Promise<Uint8Array> => Buffer.from('%PDF-1.7'));

const callFrom = (url: string, channel: string, ...args: unknown[]) =>
  ipcInvokeFrom(electron.handlers, url, channel, ...args);
const call = (channel: string, ...args: unknown[]) => callFrom('app://crisis-room/', channel, ...args);

describe('file handlers', () => {
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'crisis-room-files-'));
    electron.handlers.clear();
    electron.answer = undefined;
    electron.saveDialogs.length = 0;
    electron.openDialogs.length = 0;
    pdfRender.mockClear();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerFileHandlers({
      window: () => parentWindow as never,
      language: () => 'nl',
      defaultDir: () => '/home/lead/Documents',
      pdfRender,
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('file:save', () => {
    const request = { suggestedName: 'Brand 3/12: hal B', kind: 'csv', content: 'tijd;tekst\n09:00;Brand' };

    it('asks where, in the app language, with a safe name and the kind filter, then writes there', async () => {
      electron.answer = path.join(dir, 'export.csv');
      await expect(call('file:save', request)).resolves.toEqual({ ok: true, value: { saved: true } });
      expect(readFileSync(electron.answer, 'utf8')).toBe(request.content);
      const [parent, options] = electron.saveDialogs[0]!;
      expect(parent).toBe(parentWindow);
      expect(options).toMatchObject({
        title: 'Opslaan als',
        defaultPath: path.join('/home/lead/Documents', 'Brand 3-12- hal B.csv'),
        filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
      });
    });

    it('gives an incident archive the .crisisroom extension', async () => {
      electron.answer = path.join(dir, 'archief');
      await call('file:save', { suggestedName: 'Brand', kind: 'archive', content: '{}' });
      expect(electron.saveDialogs[0]![1]).toMatchObject({
        filters: [{ name: 'Crisis Room-archief', extensions: ['crisisroom'] }],
      });
      expect(readdirSync(dir)).toEqual(['archief.crisisroom']);
    });

    it('writes nothing when the user cancels', async () => {
      await expect(call('file:save', request)).resolves.toEqual({ ok: true, value: { saved: false } });
      expect(readdirSync(dir)).toEqual([]);
    });

    it('says file.writeFailed, and nothing about the path, when the write fails', async () => {
      electron.answer = path.join(dir, 'gone', 'export.csv');
      const result = await call('file:save', request);
      expect(result).toEqual({ ok: false, error: { code: 'file.writeFailed', detail: 'file:save' } });
      expect(JSON.stringify(result)).not.toContain(dir);
    });

    it('refuses a foreign page before any dialog opens', async () => {
      electron.answer = path.join(dir, 'export.csv');
      await expect(callFrom('https://evil.example/', 'file:save', request)).resolves.toMatchObject({
        ok: false,
        error: { code: 'ipc.forbiddenSender' },
      });
      expect(electron.saveDialogs).toEqual([]);
      expect(readdirSync(dir)).toEqual([]);
    });

    it.each([
      ['an unknown kind', { ...request, kind: 'exe' }],
      ['an empty name', { ...request, suggestedName: '  ' }],
      ['a path instead of content', { ...request, content: undefined, path: '/etc/passwd' }],
      ['an extra field', { ...request, directory: '/etc' }],
      ['no request', undefined],
    ])('refuses %s', async (_label, bad) => {
      await expect(call('file:save', bad)).resolves.toMatchObject({
        ok: false,
        error: { code: 'ipc.invalidRequest' },
      });
      expect(electron.saveDialogs).toEqual([]);
    });
  });

  describe('report:pdf', () => {
    const request = { suggestedName: 'Evaluatie brand', html: '<h1>Evaluatie</h1>' };

    it('renders the HTML, then asks where to save the PDF and writes its bytes', async () => {
      electron.answer = path.join(dir, 'evaluatie.pdf');
      await expect(call('report:pdf', request)).resolves.toEqual({ ok: true, value: { saved: true } });
      expect(pdfRender).toHaveBeenCalledWith('<h1>Evaluatie</h1>');
      expect(electron.saveDialogs[0]![1]).toMatchObject({
        defaultPath: path.join('/home/lead/Documents', 'Evaluatie brand.pdf'),
        filters: [{ name: 'Pdf-document', extensions: ['pdf'] }],
      });
      expect(readFileSync(electron.answer, 'utf8')).toBe('%PDF-1.7');
    });

    it('writes nothing when the user cancels', async () => {
      await expect(call('report:pdf', request)).resolves.toEqual({ ok: true, value: { saved: false } });
      expect(readdirSync(dir)).toEqual([]);
    });

    it('says report.pdfFailed and asks nothing when rendering fails', async () => {
      pdfRender.mockRejectedValueOnce(new DomainFailure({ code: 'report.pdfFailed' }));
      await expect(call('report:pdf', request)).resolves.toMatchObject({
        ok: false,
        error: { code: 'report.pdfFailed' },
      });
      expect(electron.saveDialogs).toEqual([]);
    });

    it('refuses a foreign page without rendering anything', async () => {
      await callFrom('https://evil.example/', 'report:pdf', request);
      expect(pdfRender).not.toHaveBeenCalled();
    });
  });

  describe('file:open', () => {
    it('returns the chosen file by name (never its path) and text', async () => {
      electron.answer = path.join(dir, 'Brand hal B.crisisroom');
      writeFileSync(electron.answer, '{"incident":{}}');
      await expect(call('file:open', { kind: 'archive' })).resolves.toEqual({
        ok: true,
        value: { name: 'Brand hal B.crisisroom', content: '{"incident":{}}' },
      });
      expect(electron.openDialogs[0]![1]).toMatchObject({
        title: 'Incidentarchief openen',
        filters: [{ extensions: ['crisisroom'] }],
        properties: ['openFile'],
      });
    });

    it('offers JSON files when opening a backup', async () => {
      await call('file:open', { kind: 'backup' });
      expect(electron.openDialogs[0]![1]).toMatchObject({ filters: [{ extensions: ['json'] }] });
    });

    it('answers null when the user cancels', async () => {
      await expect(call('file:open', { kind: 'backup' })).resolves.toEqual({ ok: true, value: null });
    });

    it('refuses a file over the size limit before reading it', async () => {
      electron.answer = path.join(dir, 'huge.crisisroom');
      writeFileSync(electron.answer, '');
      truncateSync(electron.answer, FILE_MAX_BYTES + 1);
      await expect(call('file:open', { kind: 'archive' })).resolves.toEqual({
        ok: false,
        error: { code: 'file.tooLarge', detail: 'file:open' },
      });
    });

    it('refuses any kind but archive and backup', async () => {
      await expect(call('file:open', { kind: 'html' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'ipc.invalidRequest' },
      });
      await expect(call('file:open', { kind: 'archive', path: '/etc/passwd' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'ipc.invalidRequest' },
      });
      expect(electron.openDialogs).toEqual([]);
    });
  });
});
