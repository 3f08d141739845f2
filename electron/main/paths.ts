/**
 * Locations of the built preload and renderer, relative to the built main process (out/main/index.js).
 * Inside a package these resolve into app.asar, which Electron's fs reads transparently.
 */
import { join } from 'node:path';

export const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
export const rendererDir = join(import.meta.dirname, '../renderer');
export const hubProcessPath = join(import.meta.dirname, 'hub-process.js');
