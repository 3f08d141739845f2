/**
 * Where the renderer is allowed to come from. Every guard (navigation, IPC sender, permissions) asks
 * this one module, so "is this our app?" has a single answer.
 */
import { app } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'crisis-room';
/** The packaged renderer's origin, served by the `app` protocol handler (see protocol.ts). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/**
 * The Vite dev server URL that `electron-vite dev` passes in. Ignored in a packaged app, so that an
 * environment variable can never point a shipped build at foreign code.
 */
export function devServerUrl(): string | undefined {
  if (app.isPackaged) return undefined;
  const url = process.env['ELECTRON_RENDERER_URL'];
  return url === undefined || url === '' ? undefined : url;
}

/**
 * `scheme://host[:port]` of a URL, or undefined when it does not parse. Node's `URL.origin` is "null"
 * for schemes it does not know (like `app:`), so the origin is built from its parts.
 */
export function urlOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? undefined : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/** The origins our own renderer may run on: the app protocol, plus the dev server in development. */
export function appOrigins(): string[] {
  const dev = devServerUrl();
  const devOrigin = dev === undefined ? undefined : urlOrigin(dev);
  return devOrigin === undefined ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin];
}

export function isAppUrl(url: string): boolean {
  const origin = urlOrigin(url);
  return origin !== undefined && appOrigins().includes(origin);
}
