import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * One project per runtime: `unit` (pure code and main-process modules with electron mocked, in Node),
 * `renderer` (React components over fake-indexeddb in a DOM), `integration` (real hub processes over
 * HTTP), and `e2e` (the real browser build in real Chromium; needs `npm run build:web` first, which
 * `npm run test:e2e` does).
 */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test'), __PLATFORM__: JSON.stringify('browser') },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A browser on a busy CI machine can take seconds to show what a person would wait for.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
