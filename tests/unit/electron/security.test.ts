import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeWebContents, type FakeWebContents } from './fake-electron';

const electron = vi.hoisted(() => ({
  isPackaged: true,
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  openExternal: vi.fn(async (_url: string) => undefined),
}));

vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return electron.isPackaged;
    },
    on: (event: string, listener: (...args: unknown[]) => void) => electron.appListeners.set(event, listener),
  },
  shell: { openExternal: electron.openExternal },
}));

import {
  externalUrlAllowed,
  guardWebContents,
  installSecurityGuards,
  permissionAllowed,
} from '../../../electron/main/security';

describe('externalUrlAllowed', () => {
  it.each([
    'https://www.nu.nl/brand',
    'http://intranet.example.nl/crisis',
    'mailto:pers@example.nl?subject=Verklaring',
    'tel:+31201234567',
  ])('allows %s', (url) => {
    expect(externalUrlAllowed(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['our own scheme', 'app://crisis-room/'],
    ['smb:', 'smb://server/share'],
    ['a malformed URL', 'https//missing-colon'],
    ['an empty string', ''],
    ['a URL with a user name', 'https://bank.nl@evil.example/'],
    ['a URL with credentials', 'https://user:secret@example.nl/'],
    ['an http URL without host', 'https://'],
    ['an absurdly long URL', `https://example.nl/${'a'.repeat(3000)}`],
  ])('denies %s', (_label, url) => {
    expect(externalUrlAllowed(url)).toBe(false);
  });
});

describe('permissionAllowed', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'denies %s even to the app itself',
    (permission) => {
      expect(permissionAllowed(permission, 'app://crisis-room/')).toBe(false);
    },
  );

  it('allows clipboard writes and persistent storage to the app only', () => {
    expect(permissionAllowed('clipboard-sanitized-write', 'app://crisis-room')).toBe(true);
    expect(permissionAllowed('persistent-storage', 'app://crisis-room/index.html')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(permissionAllowed('persistent-storage', undefined)).toBe(false);
  });
});

describe('guardWebContents', () => {
  let contents: FakeWebContents;

  beforeEach(() => {
    electron.isPackaged = true;
    electron.openExternal.mockClear();
    contents = fakeWebContents();
    guardWebContents(contents as never);
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('blocks navigation to a foreign page', () => {
    expect(contents.emitPreventable('will-navigate', { url: 'https://evil.example/' })).toBe(true);
    expect(contents.emitPreventable('will-navigate', { url: 'file:///etc/passwd' })).toBe(true);
    expect(contents.emitPreventable('will-navigate', { url: 'app://other-host/' })).toBe(true);
  });

  it('allows navigation within the app', () => {
    expect(contents.emitPreventable('will-navigate', { url: 'app://crisis-room/incidents/1' })).toBe(false);
  });

  it('blocks redirects away from the app', () => {
    expect(contents.emitPreventable('will-redirect', { url: 'https://evil.example/' })).toBe(true);
    expect(contents.emitPreventable('will-redirect', { url: 'app://crisis-room/' })).toBe(false);
  });

  it('allows the dev server in development, never in a packaged app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    electron.isPackaged = false;
    expect(contents.emitPreventable('will-navigate', { url: 'http://localhost:5173/x' })).toBe(false);
    expect(contents.emitPreventable('will-navigate', { url: 'http://localhost:5174/x' })).toBe(true);
    electron.isPackaged = true;
    expect(contents.emitPreventable('will-navigate', { url: 'http://localhost:5173/x' })).toBe(true);
  });

  it('refuses to attach a <webview>', () => {
    expect(contents.emitPreventable('will-attach-webview')).toBe(true);
  });

  it('denies every new window and hands only allowed links to the system', () => {
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => {
      action: string;
    };
    expect(openHandler({ url: 'https://www.rijksoverheid.nl/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'app://crisis-room/' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.rijksoverheid.nl/');
  });

  it('denies permission requests and checks that are not on the list', () => {
    const request = contents.session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => void;
    const check = contents.session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    const callback = vi.fn();
    request(contents, 'media', callback, { requestingUrl: 'app://crisis-room/' });
    request(contents, 'clipboard-sanitized-write', callback, { requestingUrl: 'https://evil.example/' });
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(check(contents, 'geolocation', 'app://crisis-room', {})).toBe(false);
    expect(check(contents, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
    expect(check(contents, 'clipboard-sanitized-write', 'app://crisis-room', {})).toBe(true);
  });
});

describe('installSecurityGuards', () => {
  it('guards every webContents the app creates', () => {
    installSecurityGuards();
    const onCreated = electron.appListeners.get('web-contents-created');
    expect(onCreated).toBeDefined();
    const contents = fakeWebContents();
    onCreated?.({}, contents);
    expect(contents.emitPreventable('will-navigate', { url: 'https://evil.example/' })).toBe(true);
    expect(contents.emitPreventable('will-attach-webview')).toBe(true);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(contents.session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
  });
});
