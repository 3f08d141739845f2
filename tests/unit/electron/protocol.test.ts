import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }));

vi.mock('electron', () => ({
  app: { isPackaged: true },
  protocol: { registerSchemesAsPrivileged: electron.registerSchemesAsPrivileged, handle: electron.handle },
}));

import { resolveAppPath } from '../../../electron/main/app-path';
import { contentSecurityPolicy } from '../../../electron/main/csp';
import { handleAppProtocol, registerAppScheme, serveAppRequest } from '../../../electron/main/protocol';

describe('resolveAppPath', () => {
  const root = '/opt/crisis-room/out/renderer';

  it('serves index.html for the root and for client-side routes', () => {
    expect(resolveAppPath(root, 'app://crisis-room/')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://crisis-room/incidents/42')).toBe(`${root}/index.html`);
  });

  it('serves build files by their path', () => {
    expect(resolveAppPath(root, 'app://crisis-room/assets/index-abc.js')).toBe(`${root}/assets/index-abc.js`);
    expect(resolveAppPath(root, 'app://crisis-room/assets/my%20icon.svg')).toBe(`${root}/assets/my icon.svg`);
  });

  it.each([
    ['../ with encoded slashes', 'app://crisis-room/..%2f..%2f..%2fetc%2fpasswd'],
    ['encoded dots and slashes', 'app://crisis-room/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['upper-case encoding', 'app://crisis-room/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
    ['a deeper climb out', 'app://crisis-room/assets/..%2f..%2f..%2f..%2f.ssh%2fid_rsa.pub'],
    ['an encoded absolute path', 'app://crisis-room/%2fetc%2fpasswd'],
    ['an encoded backslash', 'app://crisis-room/..%5c..%5cetc%5cpasswd.txt'],
    ['a NUL byte', 'app://crisis-room/index.html%00.png'],
    ['malformed encoding', 'app://crisis-room/%E0%A4%A.js'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeUndefined();
  });

  it.each([
    ['a drive path', 'app://crisis-room/C:/Windows/win.ini'],
    ['an encoded drive path', 'app://crisis-room/C%3A%5CWindows%5Cwin.ini'],
    ['backslash traversal', 'app://crisis-room/assets%5c..%5c..%5c..%5cWindows%5cwin.ini'],
    ['a UNC path', 'app://crisis-room/%5c%5cserver%5cshare%5cx.js'],
  ])('refuses %s on Windows', (_label, url) => {
    expect(resolveAppPath('C:\\Program Files\\Crisis Room\\out\\renderer', url, path.win32)).toBeUndefined();
  });

  it('resolves a normal file on Windows', () => {
    expect(
      resolveAppPath('C:\\Crisis Room\\out\\renderer', 'app://crisis-room/assets/a.js', path.win32),
    ).toBe('C:\\Crisis Room\\out\\renderer\\assets\\a.js');
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://other-host/index.html')).toBeUndefined();
    expect(resolveAppPath(root, 'file:///opt/crisis-room/out/renderer/index.html')).toBeUndefined();
    expect(resolveAppPath(root, 'not a url')).toBeUndefined();
  });
});

describe('serveAppRequest', () => {
  let root: string;

  beforeAll(async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'crisis-room-protocol-'));
    root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Crisis Room</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    // A file next to the renderer folder: exactly what traversal would try to reach.
    await writeFile(path.join(base, 'secret.txt'), 'secret');
  });

  afterAll(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  it('serves index.html for / with the CSP and nosniff headers', async () => {
    const response = await serveAppRequest(root, new Request('app://crisis-room/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Crisis Room</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await serveAppRequest(root, new Request('app://crisis-room/assets/app.js'));
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404, with the security headers, for a missing file or a way out', async () => {
    for (const url of ['app://crisis-room/assets/missing.js', 'app://crisis-room/..%2fsecret.txt']) {
      const response = await serveAppRequest(root, new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('refuses anything but GET and HEAD', async () => {
    const response = await serveAppRequest(
      root,
      new Request('app://crisis-room/', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});

describe('app scheme registration', () => {
  it('registers app: as a standard, secure scheme without CORS', () => {
    registerAppScheme();
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('routes app: requests to the renderer folder', async () => {
    handleAppProtocol('/nowhere');
    expect(electron.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = electron.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    expect((await handler(new Request('app://crisis-room/..%2f..%2fetc%2fpasswd'))).status).toBe(404);
  });
});

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('allows scripts only from the app itself: no inline, no eval, no remote sources', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it('lets the page reach a hub at any address, and nothing else remote', () => {
    expect(directives.get('connect-src')).toEqual(["'self'", 'http:', 'https:', 'ws:', 'wss:']);
    const remote = [...directives].filter(([, values]) => values.some((v) => /^(https?|wss?):/.test(v)));
    expect(remote.map(([name]) => name)).toEqual(['connect-src']);
  });
});
