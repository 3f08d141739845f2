/**
 * Everything that is not an API route: the browser build (dist-web) as static files with a fallback to
 * index.html for the app's client-side routes, and the JSON 404/405 answers. API paths never fall through
 * to the page: a client that calls a wrong URL must get an error it can read, not HTML.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { applyApiHeaders, HubHttpError, sendHubError } from './errors';

const API_ROOT = '/api/';
const METHODS: readonly HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function pathOf(request: FastifyRequest): string {
  const url = request.raw.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** A client-side route (`/incidents/42`) rather than a missing file (`/assets/x.js`). */
function isPageRoute(request: FastifyRequest): boolean {
  const path = pathOf(request);
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return (request.method === 'GET' || request.method === 'HEAD') && !lastSegment.includes('.');
}

/** Serves `webRoot` (if given) and answers everything unmatched. */
export async function registerWeb(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  if (webRoot !== undefined) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      allowedPath: (pathName) => !pathName.startsWith(API_ROOT),
      setHeaders: (reply, filePath) => {
        // Vite fingerprints assets: they never change. Everything else is revalidated on each load.
        const immutable = /[\\/]assets[\\/]/.test(filePath);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  const notFound = (request: FastifyRequest, reply: FastifyReply) => {
    const path = pathOf(request);
    if (path.startsWith(API_ROOT) || path === API_ROOT.slice(0, -1)) {
      const allowed = METHODS.filter((method) => app.hasRoute({ url: path, method }));
      if (allowed.length > 0) {
        reply.header('allow', allowed.join(', '));
        return sendHubError(
          reply,
          new HubHttpError(
            405,
            'hub.methodNotAllowed',
            `${request.method} is not allowed here; use ${allowed.join(' or ')}.`,
          ),
        );
      }
    } else if (webRoot !== undefined && isPageRoute(request)) {
      return reply
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .sendFile('index.html');
    }
    return sendHubError(reply, new HubHttpError(404, 'hub.notFound', 'Nothing here.'));
  };
  const limiter = app.hasDecorator('rateLimit') ? app.rateLimit() : undefined;
  app.setNotFoundHandler(limiter ? { preHandler: limiter } : {}, notFound);
}

/**
 * Headers for every answer. The page's CSP is in its meta tag; these are the ones a meta tag cannot set.
 * frame-ancestors does not work from a meta tag either, hence X-Frame-Options.
 */
export function securityHeadersHook(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  if (pathOf(request).startsWith(API_ROOT)) applyApiHeaders(reply);
  return Promise.resolve(payload);
}
