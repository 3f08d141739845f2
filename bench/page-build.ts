/**
 * Builds a bench page (an index.html and its main.ts) and its probe into `.bench/<name>`, to be served at
 * /bench/ next to the app; returns the probe's code for Playwright's addInitScript.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

export async function benchPageBuild(name: string): Promise<{ dir: string; probe: string }> {
  const root = resolve('bench/page', name);
  const dir = resolve('.bench', name);
  await build({
    configFile: false,
    root,
    base: '/bench/',
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input: { main: resolve(root, 'index.html'), probe: resolve(root, 'probe.ts') },
        // The probe is injected as a classic script, so it keeps a fixed name and has no imports.
        output: { entryFileNames: (c) => (c.name === 'probe' ? 'probe.js' : 'assets/[name]-[hash].js') },
      },
    },
  });
  return { dir, probe: readFileSync(resolve(dir, 'probe.js'), 'utf8') };
}
