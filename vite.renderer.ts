/**
 * Renderer build settings shared by the desktop build (electron.vite.config.ts) and the browser build
 * (vite.web.config.ts), so that both ship the same code under the same Content Security Policy.
 */
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { contentSecurityPolicy } from './shared/csp.ts';

/** The dev server needs inline scripts for React refresh, so the policy is written into production builds only. */

function cspMetaTag(): Plugin {
  return {
    name: 'crisis-room-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export function rendererConfig(): UserConfig {
  return {
    root: 'renderer',
    plugins: [react(), cspMetaTag()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    // The app loads from disk or the local hub, never over a slow link: one bundle is fine.
    build: { chunkSizeWarningLimit: 1024 },
  };
}
