/**
 * The bench page and the probe, built for the harness (bench/run.ts) into .bench/dist and served at
 * /bench/ next to the app, so that both share one origin and one IndexedDB.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve('bench/page'),
  base: '/bench/',
  logLevel: 'warn',
  build: {
    outDir: resolve('.bench/dist'),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      input: { main: resolve('bench/page/index.html'), probe: resolve('bench/page/probe.ts') },
      output: {
        // The probe is injected as a classic script, so it keeps a fixed name and has no imports.
        entryFileNames: (chunk) => (chunk.name === 'probe' ? 'probe.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
