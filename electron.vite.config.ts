import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.ts';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The hub runs in a utility process of its own (electron/main/hub-host.ts).
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'hub-process': resolve('electron/main/hub-process.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS.
      rolldownOptions: {
        input: resolve('electron/preload/index.ts'),
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig(),
    define: { ...rendererConfig().define, __PLATFORM__: JSON.stringify('electron') },
    build: {
      ...rendererConfig().build,
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
});
