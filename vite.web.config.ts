import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.ts';

/** The browser build: the same renderer, served by `npm run web` (and later by the hub). */
export default defineConfig({
  ...rendererConfig(),
  define: { ...rendererConfig().define, __PLATFORM__: JSON.stringify('browser') },
  build: { ...rendererConfig().build, outDir: resolve('dist-web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
