/**
 * Guards applied to every webContents the app creates: no navigation away from the app, no new
 * windows, no <webview>, external links only to the system browser or mail/phone apps, and every web
 * permission denied unless listed here.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './origins';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Longer URLs are not links a person clicked; some OS URL handlers also misbehave on them. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * Whether a URL may be handed to the operating system. Only web, mail and phone links: other schemes
 * (file:, custom app handlers, javascript:) can launch programs. Credentials in a URL are a phishing
 * pattern (`https://bank.nl@evil.example`), so they are refused too.
 */
export function externalUrlAllowed(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return true;
}

/**
 * Web permissions the app itself needs, and only for its own origin: writing plain text to the clipboard
 * (copying an approved statement into another channel's tool) and persistent storage (so the browser
 * never evicts the crisis log under disk pressure). Everything else (camera, location, notifications…)
 * is denied.
 */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write', 'persistent-storage']);

export function permissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

export function openExternalIfAllowed(url: string): void {
  if (!externalUrlAllowed(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error('openExternal failed', error));
}

function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  );
}

/** Applies every guard to one webContents. Exported for tests; `installSecurityGuards` calls it. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // A server-side redirect is a navigation too; our own origins never redirect elsewhere.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
  guardSession(contents.session);
}

/** Call before any window exists, so no webContents ever runs unguarded. */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
