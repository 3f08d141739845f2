import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

interface FakeReportWindow {
  options: { show?: boolean; webPreferences?: Record<string, unknown> };
  loadedFile?: string;
  loadedHtml?: string;
  listeners: Map<string, Listener>;
  windowOpenHandler?: Listener;
  destroyed: boolean;
  othersOpen: number;
  webContents: { printToPDF: ReturnType<typeof vi.fn> };
}

const electron = vi.hoisted(() => ({
  windows: [] as FakeReportWindow[],
  partitions: [] as string[],
  requestFilter: undefined as
    ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined,
  loadFails: false,
  printFails: false,
  session: {} as object,
}));

vi.mock('electron', () => {
  const reportSession = {
    webRequest: {
      onBeforeRequest: vi.fn((listener: typeof electron.requestFilter) => {
        electron.requestFilter = listener;
      }),
    },
  };
  electron.session = reportSession;
  class BrowserWindow {
    listeners = new Map<string, Listener>();
    windowOpenHandler?: Listener;
    destroyed = false;
    loadedFile?: string;
    loadedHtml?: string;
    webContents = {
      on: (event: string, listener: Listener) => this.listeners.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => {
        this.windowOpenHandler = handler;
      },
      printToPDF: vi.fn(async () => {
        if (electron.printFails) throw new Error('printing failed at /tmp/secret');
        return Buffer.from('%PDF-1.7 report');
      }),
    };
    othersOpen = electron.windows.filter((window) => !window.destroyed).length;
    constructor(readonly options: unknown) {
      electron.windows.push(this as unknown as FakeReportWindow);
    }
    async loadFile(file: string): Promise<void> {
      this.loadedFile = file;
      this.loadedHtml = readFileSync(file, 'utf8');
      if (electron.loadFails) throw new Error('ERR_FAILED');
    }
    isDestroyed = () => this.destroyed;
    destroy = () => {
      this.destroyed = true;
    };
  }
  return {
    BrowserWindow,
    session: {
      fromPartition: (partition: string) => {
        electron.partitions.push(partition);
        return reportSession;
      },
    },
  };
});

import { REPORT_PARTITION, reportPdfRender } from '../../../electron/main/report-pdf';

let tempRoot: string;
const html =
  '<!doctype html><title>Rapport</title><h1>Brand hal B</h1><img src="https://tracker.example/x.png">';

function lastWindow(): FakeReportWindow {
  return electron.windows.at(-1)!;
}

describe('report PDF', () => {
  beforeEach(() => {
    tempRoot = mkdtempSync(path.join(tmpdir(), 'crisis-room-pdf-test-'));
    electron.windows.length = 0;
    electron.partitions.length = 0;
    electron.loadFails = false;
    electron.printFails = false;
  });
  afterEach(() => rmSync(tempRoot, { recursive: true, force: true }));

  it('renders in a hidden, sandboxed window with JavaScript off, no preload and no Node', async () => {
    await reportPdfRender(html, tempRoot);
    const { options } = lastWindow();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(options.webPreferences?.['preload']).toBeUndefined();
    expect(options.webPreferences?.['session']).toBe(electron.session);
  });

  it('uses its own in-memory session, never the app one', async () => {
    await reportPdfRender(html, tempRoot);
    expect(electron.partitions).toEqual([REPORT_PARTITION]);
    expect(REPORT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('loads the HTML from a temporary file, not a data: URL', async () => {
    await reportPdfRender(html, tempRoot);
    const window = lastWindow();
    expect(window.loadedFile?.startsWith(tempRoot)).toBe(true);
    expect(window.loadedHtml).toBe(html);
  });

  it('cancels every request but the report file itself', async () => {
    await reportPdfRender(html, tempRoot);
    const reportUrl = pathToFileURL(lastWindow().loadedFile!).href;
    const cancelled = (url: string): boolean => {
      let answer: boolean | undefined;
      electron.requestFilter!({ url }, ({ cancel }) => {
        answer = cancel;
      });
      return answer!;
    };
    expect(cancelled(reportUrl)).toBe(false);
    expect(cancelled(`${reportUrl}#timeline`)).toBe(false);
    expect(cancelled('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    for (const url of [
      'https://tracker.example/x.png',
      'http://192.168.1.10:8080/api',
      'file:///etc/passwd',
      pathToFileURL(path.join(path.dirname(lastWindow().loadedFile!), 'other.html')).href,
      'app://crisis-room/index.html',
      'ws://hub.local/live',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
  });

  it('lets the report navigate nowhere and open no windows', async () => {
    await reportPdfRender(html, tempRoot);
    const window = lastWindow();
    const preventDefault = vi.fn();
    window.listeners.get('will-frame-navigate')?.({
      url: 'https://evil.example/',
      isMainFrame: true,
      preventDefault,
    });
    window.listeners.get('will-frame-navigate')?.({
      url: 'app://crisis-room/',
      isMainFrame: false,
      preventDefault,
    });
    expect(preventDefault).toHaveBeenCalledTimes(2);
    expect(window.windowOpenHandler?.({ url: 'https://example.nl/' })).toEqual({ action: 'deny' });
  });

  it('prints A4 with backgrounds and returns what Chromium made', async () => {
    const pdf = await reportPdfRender(html, tempRoot);
    expect(lastWindow().webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
    });
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 report');
  });

  it('removes the temporary file and the window afterwards', async () => {
    await reportPdfRender(html, tempRoot);
    expect(readdirSync(tempRoot)).toEqual([]);
    expect(existsSync(lastWindow().loadedFile!)).toBe(false);
    expect(lastWindow().destroyed).toBe(true);
  });

  it.each([
    ['loading', 'loadFails'],
    ['printing', 'printFails'],
  ] as const)('cleans up and says report.pdfFailed when %s fails', async (_step, flag) => {
    electron[flag] = true;
    const error = await reportPdfRender(html, tempRoot).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ error: { code: 'report.pdfFailed' } });
    expect(JSON.stringify((error as { error: unknown }).error)).not.toContain('secret');
    expect(readdirSync(tempRoot)).toEqual([]);
    expect(lastWindow().destroyed).toBe(true);
  });

  it('renders one report at a time: the next window opens after the last one is gone', async () => {
    await Promise.all([reportPdfRender('<p>one</p>', tempRoot), reportPdfRender('<p>two</p>', tempRoot)]);
    expect(electron.windows.map((window) => window.loadedHtml)).toEqual(['<p>one</p>', '<p>two</p>']);
    expect(electron.windows.map((window) => window.othersOpen)).toEqual([0, 0]);
  });
});
