import { describe, expect, it } from 'vitest';
import {
  asarProblems,
  packageId,
  productionPackages,
  type PackageLock,
} from '../../../scripts/package-rules';

const lock: PackageLock = {
  packages: {
    '': {},
    'node_modules/zod': { version: '4.6.7' },
    'node_modules/@fastify/static': { version: '10.1.11' },
    'node_modules/@fastify/static/node_modules/glob': { version: '13.0.0' },
    'node_modules/react': { version: '19.3.1', dev: true },
    'node_modules/fsevents': { version: '2.3.3', optional: true },
    'node_modules/esbuild-linux': { version: '1.0.0', devOptional: true },
  },
};

const outFiles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

/** A listing as @electron/asar gives it: folders and files, with the package folders' manifests. */
function listing(extra: string[] = [], without: string[] = []): string[] {
  const entries = [
    '/out',
    '/out/main',
    '/out/main/index.js',
    '/out/preload',
    '/out/preload/index.cjs',
    '/out/renderer',
    '/out/renderer/index.html',
    '/package.json',
    '/node_modules',
    '/node_modules/zod',
    '/node_modules/zod/package.json',
    '/node_modules/@fastify',
    '/node_modules/@fastify/static',
    '/node_modules/@fastify/static/package.json',
    // Hoisted by electron-builder from @fastify/static/node_modules: same package, other folder.
    '/node_modules/glob',
    '/node_modules/glob/package.json',
    ...extra,
  ];
  return entries.filter((entry) => !without.includes(entry));
}

const versions: Record<string, string> = {
  '/node_modules/zod': '4.6.7',
  '/node_modules/@fastify/static': '10.1.11',
  '/node_modules/glob': '13.0.0',
  '/node_modules/react': '19.3.1',
};
const versionOf = (dir: string) => versions[dir] ?? '0.0.0';
const expected = { outFiles, packages: productionPackages(lock, () => false) };

describe('productionPackages', () => {
  it('lists the production packages by name and version, without dev or absent optional ones', () => {
    expect(expected.packages).toEqual(['@fastify/static@10.1.11', 'glob@13.0.0', 'zod@4.6.7']);
    expect(productionPackages(lock, (key) => key === 'node_modules/fsevents')).toContain('fsevents@2.3.3');
  });

  it('names a nested package by its own name', () => {
    expect(packageId('node_modules/a/node_modules/@s/b', '1.0.0')).toBe('@s/b@1.0.0');
  });
});

describe('asarProblems', () => {
  it('accepts exactly the build output, package.json and the production packages', () => {
    expect(asarProblems(listing(), expected, versionOf)).toEqual([]);
  });

  it('finds a stray file, a missing build file and a missing package', () => {
    const problems = asarProblems(
      listing(
        ['/tests', '/tests/secret.test.ts'],
        ['/out/preload/index.cjs', '/node_modules/zod/package.json'],
      ),
      expected,
      versionOf,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'unexpected file /tests',
        'unexpected file /tests/secret.test.ts',
        'missing /out/preload/index.cjs',
        'missing package zod@4.6.7',
        'source or source map shipped: /tests/secret.test.ts',
      ]),
    );
  });

  it('finds a renderer library shipped as node_modules next to its bundled copy', () => {
    const problems = asarProblems(
      listing(['/node_modules/react', '/node_modules/react/package.json']),
      expected,
      versionOf,
    );
    expect(problems).toEqual(['unexpected package react@19.3.1', 'renderer library shipped twice: react']);
  });

  it('finds a source map in the build output', () => {
    const problems = asarProblems(listing(['/out/main/index.js.map']), expected, versionOf);
    expect(problems).toContain('source or source map shipped: /out/main/index.js.map');
  });

  it('finds a package in another version than the lock says', () => {
    const problems = asarProblems(listing(), expected, (dir) =>
      dir === '/node_modules/zod' ? '3.0.0' : versionOf(dir),
    );
    expect(problems).toEqual(['unexpected package zod@3.0.0', 'missing package zod@4.6.7']);
  });
});
