/**
 * The report as PDF: Chromium's own print engine renders the report HTML the renderer built, so the PDF
 * looks exactly like the HTML export. The HTML is not trusted (it quotes whatever was typed in the
 * crisis, and archives come from elsewhere), so it is shown in a window that can do nothing but paint:
 * hidden, sandboxed, JavaScript off, no preload, its own in-memory session in which every request but
 * the report file itself is cancelled, no navigation and no new windows. The HTML goes through a
 * temporary file (a report can be megabytes, too long for a data: URL) in a private temporary folder;
 * window and folder are removed whatever happens.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { DomainFailure } from '../../shared/domain/errors';
import { deadline, TIMED_OUT } from './deadline';

/** No `persist:` prefix: the session lives in memory only and is never written to disk. */
export const REPORT_PARTITION = 'crisis-room-report';
/** A long report takes seconds; a minute and a half means something is stuck. */
const STEP_TIMEOUT_MS = 90_000;

/**
 * The report file itself, and data: URLs (images embedded in the report: they carry their bytes and
 * reach nothing). Everything else (the network, other files, the app's own origin) is cancelled.
 */
export function reportRequestAllowed(url: string, reportUrl: string): boolean {
  return url.split('#')[0] === reportUrl || url.startsWith('data:');
}

async function step<T>(promise: Promise<T>, what: string): Promise<T> {
  const result = await deadline(promise, STEP_TIMEOUT_MS);
  if (result === TIMED_OUT) throw new Error(`PDF report: ${what} timed out`);
  return result;
}

async function renderNow(html: string, tempRoot: string): Promise<Uint8Array> {
  // mkdtemp makes the folder readable by this user only: the report holds personal data.
  const dir = await mkdtemp(path.join(tempRoot, 'crisis-room-report-'));
  let window: BrowserWindow | undefined;
  try {
    const file = path.join(dir, 'report.html');
    await writeFile(file, html, 'utf8');
    const reportUrl = pathToFileURL(file).href;
    const reportSession = session.fromPartition(REPORT_PARTITION);
    reportSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !reportRequestAllowed(details.url, reportUrl) });
    });
    window = new BrowserWindow({
      show: false,
      // About the size of an A4 page; printToPDF lays the pages out itself.
      width: 794,
      height: 1123,
      skipTaskbar: true,
      focusable: false,
      webPreferences: {
        session: reportSession,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        javascript: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        devTools: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    const contents = window.webContents;
    // The general guards (security.ts) let a page navigate to the app's own origin; this one may not
    // navigate at all (in any frame: a meta refresh, an iframe), nor open anything. Only the programmatic
    // loadFile below loads, and that raises no navigation event.
    contents.on('will-frame-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await step(window.loadFile(file), 'loading');
    return await step(contents.printToPDF({ pageSize: 'A4', printBackground: true }), 'printing');
  } finally {
    if (window !== undefined && !window.isDestroyed()) window.destroy();
    await rm(dir, { recursive: true, force: true }).catch((error: unknown) => {
      console.error('Could not remove the temporary report', error);
    });
  }
}

/** Renders one report at a time: the session's request filter names the one file being printed. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The PDF of `html`, A4 with backgrounds. Throws DomainFailure report.pdfFailed (the cause is logged)
 * when Chromium cannot load or print it.
 */
export function reportPdfRender(html: string, tempRoot: string = tmpdir()): Promise<Uint8Array> {
  const run = queue.then(async () => {
    try {
      return await renderNow(html, tempRoot);
    } catch (error) {
      throw new DomainFailure({ code: 'report.pdfFailed' }, { cause: error });
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
