import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API_PREFIX } from '../../../shared/sync/protocol';
import type { Hub } from '../../../electron/hub/server';
import { removeTempDirs, tempDir, testHub } from './helpers';

let hub: Hub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
  removeTempDirs();
});

async function hubWithWebBuild(): Promise<Hub> {
  const webRoot = tempDir();
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Crisis Room</title>');
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1)');
  hub = await testHub({ webRoot });
  return hub;
}

describe('serving the browser build', () => {
  it('serves index.html at / with security headers', async () => {
    const h = await hubWithWebBuild();
    const response = await h.app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<title>Crisis Room</title>');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cache-control': 'no-cache',
    });
  });

  it('serves fingerprinted assets as immutable', async () => {
    const h = await hubWithWebBuild();
    const response = await h.app.inject({ url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('falls back to index.html for client-side routes', async () => {
    const h = await hubWithWebBuild();
    const response = await h.app.inject({ url: '/incidents/42?tab=timeline' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Crisis Room</title>');
  });

  it('answers a missing file with a 404, not the page', async () => {
    const h = await hubWithWebBuild();
    const response = await h.app.inject({ url: '/assets/missing.js' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'hub.notFound' } });
  });

  it.each([`${API_PREFIX}/unknown`, '/api/v2/pull', '/api', `${API_PREFIX}/join/extra`])(
    'never answers the API path %s with the page',
    async (url) => {
      const h = await hubWithWebBuild();
      const response = await h.app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['cache-control']).toBe('no-store');
    },
  );

  it('answers / with a JSON 404 when there is no browser build', async () => {
    hub = await testHub();
    const response = await hub.app.inject({ url: '/' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'hub.notFound' } });
  });
});
