import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { rendererConfig } from './vite.renderer.ts';

/**
 * The browser build: the same renderer, served by `npm run web` or by the hub. A service worker caches
 * the app so a teammate in a browser can reload while offline (browsers allow service workers on https
 * and on localhost only).
 */
const base = rendererConfig();

export default defineConfig({
  ...base,
  plugins: [
    ...(base.plugins ?? []),
    VitePWA({
      registerType: 'autoUpdate',
      // An external registerSW.js rather than an inline script: the CSP allows no inline scripts.
      injectRegister: 'script',
      manifest: {
        name: 'Crisis Room',
        short_name: 'Crisis Room',
        description: 'War room for crisis communication teams',
        theme_color: '#b3261e',
        background_color: '#f5f6f8',
        display: 'standalone',
        icons: [
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        // The hub's API must never be answered from the cache.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  define: { ...base.define, __PLATFORM__: JSON.stringify('browser') },
  build: { ...base.build, outDir: resolve('dist-web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
