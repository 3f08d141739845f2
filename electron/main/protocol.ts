/**
 * The `app://crisis-room/` protocol that serves the packaged renderer. A real, secure, standard origin
 * (instead of file://) gives the renderer working IndexedDB and localStorage, a meaningful CSP 'self',
 * and no read access to the rest of the disk.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicy } from './csp';
import { resolveAppPath } from './app-path';
import { contentTypeFor } from './content-type';
import { APP_SCHEME } from './origins';

/**
 * Must run before the app is ready. `standard` + `secure` make it a secure context with storage;
 * `supportFetchAPI` lets the renderer fetch its own assets. No `corsEnabled`: nothing else may read it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Headers on every response, so the CSP holds even for a document that lacks the meta tag. */
export function securityHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' };
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Answers one request from `rootDir`: the file, 404 when it is missing or outside, 405 for writes. */
export async function serveAppRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const filePath = resolveAppPath(rootDir, request.url);
  if (filePath === undefined) return textResponse(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(filePath);
  } catch {
    return textResponse(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(extname(filePath)) },
  });
}

/** Must run after the app is ready. Serves the default session, which the main window uses. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request));
}
