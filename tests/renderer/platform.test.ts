import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserPlatform, desktopPlatform } from '../../renderer/platform';
import { FILE_MAX_BYTES, type DesktopApi } from '../../shared/ipc';

describe('browser platform: files', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves by downloading the content under a safe name with the kind’s extension', async () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:crisis-room/1';
    });
    const result = await browserPlatform.fileSave({
      suggestedName: 'Brand 3/12: hal B',
      kind: 'archive',
      content: '{"incident":{}}',
    });
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('Brand 3-12- hal B.crisisroom');
    expect(clicked[0]!.href).toBe('blob:crisis-room/1');
    expect(clicked[0]!.isConnected).toBe(false);
    expect(await blobs[0]!.text()).toBe('{"incident":{}}');
    expect(blobs[0]!.type).toContain('application/vnd.crisisroom.archive+json');
  });

  describe('opening a file', () => {
    /** What the user does in the file picker the next time one opens. */
    function userPicks(file: File | 'cancel'): { accept: () => string } {
      let accept = '';
      vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
        accept = this.accept;
        if (file === 'cancel') {
          this.dispatchEvent(new Event('cancel'));
          return;
        }
        Object.defineProperty(this, 'files', { value: [file] });
        this.dispatchEvent(new Event('change'));
      });
      return { accept: () => accept };
    }

    it('reads the chosen file, offering only the kind’s extension', async () => {
      const picker = userPicks(new File(['{"backup":1}'], 'crisis-room-20261204-154102-auto.json'));
      await expect(browserPlatform.fileOpen({ kind: 'backup' })).resolves.toEqual({
        ok: true,
        value: { name: 'crisis-room-20261204-154102-auto.json', content: '{"backup":1}' },
      });
      expect(picker.accept()).toBe('.json');
    });

    it('answers null when the user cancels', async () => {
      userPicks('cancel');
      await expect(browserPlatform.fileOpen({ kind: 'archive' })).resolves.toEqual({ ok: true, value: null });
    });

    it('refuses a file over the size limit without reading it', async () => {
      const huge = new File(['x'], 'huge.crisisroom');
      Object.defineProperty(huge, 'size', { value: FILE_MAX_BYTES + 1 });
      const text = vi.spyOn(huge, 'text');
      userPicks(huge);
      await expect(browserPlatform.fileOpen({ kind: 'archive' })).resolves.toEqual({
        ok: false,
        error: { code: 'file.tooLarge' },
      });
      expect(text).not.toHaveBeenCalled();
    });
  });

  it('has no backups: lists none, and writing, reading or showing them is unsupported', async () => {
    await expect(browserPlatform.backupList()).resolves.toEqual({ ok: true, value: [] });
    const unsupported = { ok: false, error: { code: 'platform.unsupported' } };
    await expect(browserPlatform.backupWrite({ content: '{}', reason: 'auto' })).resolves.toEqual(
      unsupported,
    );
    await expect(browserPlatform.backupRead({ name: 'x' })).resolves.toEqual(unsupported);
    await expect(browserPlatform.backupReveal()).resolves.toEqual(unsupported);
    const listener = vi.fn();
    browserPlatform.onBackupRequest(listener)();
    browserPlatform.onArchiveOpen(listener)();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('browser platform: report as PDF', () => {
  const settings = (window as unknown as { happyDOM: { settings: Record<string, boolean> } }).happyDOM
    .settings;
  const frameWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
  let printed: { document: Document; window: Window }[];

  beforeEach(() => {
    // The print frame is a real (same-origin, about:blank) frame; happy-dom loads none unless asked to,
    // and its windows have no print(): record the call instead.
    settings['disableIframePageLoading'] = false;
    settings['enableIframePageLoading'] = true;
    printed = [];
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const view = frameWindow.get!.call(this) as (Window & { print?: () => void }) | null;
        if (view !== null) view.print = () => printed.push({ document: view.document, window: view });
        return view;
      },
    });
  });
  afterEach(() => {
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', frameWindow);
    settings['disableIframePageLoading'] = true;
    settings['enableIframePageLoading'] = false;
  });

  const report = `<!doctype html><html lang="nl"><head><title>x</title>
    <style>h1 { color: rgb(179, 38, 30); }</style>
    <style>.chart rect { fill: rgb(1, 2, 3); }</style>
    <script>document.title = 'pwned'</script>
    </head><body><h1>Evaluatie</h1><p style="font-weight: 700">Brand hal B</p>
    <style>p { margin: 0; }</style><script>parent.postMessage('pwned', '*')</script>
    <svg class="chart"><rect width="10" height="10"></rect></svg></body></html>`;

  it('opens the print dialog for the report, styled through the CSSOM (the CSP refuses inline styles)', async () => {
    const result = await browserPlatform.reportPdf({ suggestedName: 'Evaluatie brand', html: report });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(printed).toHaveLength(1);
    const { document: doc, window: view } = printed[0]!;
    expect(doc.title).toBe('Evaluatie brand');
    expect(doc.documentElement.lang).toBe('nl');
    expect(doc.querySelector('h1')?.textContent).toBe('Evaluatie');
    // No inline style elements or attributes and no scripts: the CSP would refuse them.
    expect(doc.querySelectorAll('style, script, [style]:not(p)')).toHaveLength(0);
    expect(doc.adoptedStyleSheets.map((sheet) => sheet.cssRules[0]?.cssText)).toEqual([
      'h1 { color: rgb(179, 38, 30); }',
      '.chart rect { fill: rgb(1, 2, 3); }',
      'p { margin: 0px; }',
    ]);
    expect(doc.querySelector('svg rect')).not.toBeNull();
    expect(view.getComputedStyle(doc.querySelector('h1')!).color).toBe('rgb(179, 38, 30)');
    expect((doc.querySelector('p') as HTMLElement).style.fontWeight).toBe('700');
  });

  it('keeps one print frame at a time, and removes it after printing', async () => {
    await browserPlatform.reportPdf({ suggestedName: 'a', html: '<p>a</p>' });
    await browserPlatform.reportPdf({ suggestedName: 'b', html: '<p>b</p>' });
    const frames = document.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]!.getAttribute('aria-hidden')).toBe('true');
    printed.at(-1)!.window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
  });
});

describe('desktop platform', () => {
  function fakeApi() {
    const listeners: Record<string, (payload: unknown) => void> = {};
    const answer = async () => ({ ok: true as const, value: 'answer' as never });
    const api = {
      fileSave: vi.fn(answer),
      reportPdf: vi.fn(answer),
      fileOpen: vi.fn(answer),
      backupWrite: vi.fn(answer),
      backupList: vi.fn(answer),
      backupRead: vi.fn(answer),
      backupReveal: vi.fn(answer),
      onBackupRequest: (listener: (payload: unknown) => void) => {
        listeners['backup:request'] = listener;
        return () => undefined;
      },
      onArchiveOpen: (listener: (payload: unknown) => void) => {
        listeners['archive:open'] = listener;
        return () => undefined;
      },
    };
    return { api: api as unknown as DesktopApi, calls: api, listeners };
  }

  it('passes each call to the preload’s function with the same request', async () => {
    const { api, calls } = fakeApi();
    const platform = desktopPlatform(api);
    await platform.fileSave({ suggestedName: 'r', kind: 'html', content: '<p>' });
    await platform.reportPdf({ suggestedName: 'r', html: '<p>' });
    await platform.fileOpen({ kind: 'archive' });
    await platform.backupWrite({ content: '{}', reason: 'quit' });
    await platform.backupList();
    await platform.backupRead({ name: 'n' });
    await platform.backupReveal();
    expect(calls.fileSave).toHaveBeenCalledWith({ suggestedName: 'r', kind: 'html', content: '<p>' });
    expect(calls.reportPdf).toHaveBeenCalledWith({ suggestedName: 'r', html: '<p>' });
    expect(calls.fileOpen).toHaveBeenCalledWith({ kind: 'archive' });
    expect(calls.backupWrite).toHaveBeenCalledWith({ content: '{}', reason: 'quit' });
    expect(calls.backupList).toHaveBeenCalled();
    expect(calls.backupRead).toHaveBeenCalledWith({ name: 'n' });
    expect(calls.backupReveal).toHaveBeenCalled();
  });

  it('passes on only backup requests and archives that match the contract', () => {
    const { api, listeners } = fakeApi();
    const platform = desktopPlatform(api);
    const requests = vi.fn();
    const archives = vi.fn();
    platform.onBackupRequest(requests);
    platform.onArchiveOpen(archives);
    listeners['backup:request']!({ reason: 'quit' });
    listeners['backup:request']!({ reason: 'format-disk' });
    listeners['backup:request']!('quit');
    listeners['archive:open']!({ name: 'a.crisisroom', content: '{}' });
    listeners['archive:open']!({ name: 'a.crisisroom' });
    listeners['archive:open']!({ name: 'a.crisisroom', content: 7 });
    expect(requests.mock.calls).toEqual([[{ reason: 'quit' }]]);
    expect(archives.mock.calls).toEqual([[{ name: 'a.crisisroom', content: '{}' }]]);
  });
});
