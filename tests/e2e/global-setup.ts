/**
 * Serves the real browser build (dist-web, made by `npm run build:web`) on a free local port for the
 * end-to-end tests, with Vite's production preview server.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist-web/index.html')) {
    throw new Error('dist-web/ is missing: run `npm run build:web` first (`npm run test:e2e` does).');
  }
  const server = await preview({
    configFile: 'vite.web.config.ts',
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no address');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
  };
}
