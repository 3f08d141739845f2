/**
 * What app.asar must hold, as pure rules over a listing (scripts/check-package.ts feeds them the real
 * package built against a stand-in Electron). "Exactly the expected files": the build output and
 * package.json, plus the main process's production dependencies as node_modules, and nothing else.
 */

/** Libraries the renderer bundles: shipping them as node_modules too would be a second, unused copy. */
export const RENDERER_LIBRARIES = [
  'react',
  'react-dom',
  'dexie',
  'dexie-react-hooks',
  'i18next',
  'react-i18next',
  '@tanstack/react-virtual',
  'papaparse',
  'ical.js',
];

/**
 * Electron fuses the shipped binary must have, whatever electron-builder.yml says: no running as plain
 * Node, no NODE_OPTIONS or --inspect, code only from the integrity-checked app.asar, no extra file://
 * rights, cookies encrypted. Keyed by @electron/fuses' FuseV1Options names.
 */
export const REQUIRED_FUSES: Readonly<Record<string, boolean>> = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};

/** The subset of a package-lock.json v3 that tells production packages from development ones. */
export interface PackageLock {
  packages: Record<
    string,
    { version?: string; dev?: boolean; devOptional?: boolean; optional?: boolean; link?: boolean }
  >;
}

const PACKAGE_DIR = /^\/node_modules\/(?:@[^/]+\/)?[^/@][^/]*(?:\/node_modules\/(?:@[^/]+\/)?[^/@][^/]*)*$/;

/** `name@version` of the package in a lock key or folder such as `node_modules/a/node_modules/@s/b`. */
export function packageId(dir: string, version: string): string {
  return `${dir.slice(dir.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${version}`;
}

/**
 * The packages (`name@version`) a production install has. electron-builder may hoist a nested copy to
 * the top when nothing conflicts, so packages are compared by name and version, not by folder. Optional
 * packages for other platforms are in the lock but not on disk: `installed` says which are.
 */
export function productionPackages(lock: PackageLock, installed: (lockPath: string) => boolean): string[] {
  const ids = Object.entries(lock.packages)
    .filter(([key, info]) => key.startsWith('node_modules/') && !info.dev && !info.devOptional && !info.link)
    .filter(([key, info]) => !info.optional || installed(key))
    .map(([key, info]) => packageId(key, info.version ?? '?'));
  return [...new Set(ids)].sort();
}

/** Every folder above each path, so a listing that includes directories can be compared whole. */
export function withParentDirs(paths: string[]): Set<string> {
  const all = new Set<string>();
  for (const file of paths) {
    const parts = file.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i += 1) all.add(`/${parts.slice(0, i).join('/')}`);
  }
  return all;
}

export interface AsarExpectation {
  /** Files of the build output that must ship, relative to the project (`out/main/index.js`, …). */
  outFiles: string[];
  /** `name@version` of each package of the production install, as from productionPackages(). */
  packages: string[];
}

/** Every way the listing differs from the expectation, one readable line each; empty when it matches. */
export function asarProblems(
  listing: string[],
  expected: AsarExpectation,
  /** The version in the shipped `<dir>/package.json`. */
  versionOf: (dir: string) => string,
): string[] {
  const problems: string[] = [];
  const entries = new Set(listing.map((entry) => entry.replaceAll('\\', '/')));
  const appEntries = [...entries].filter((entry) => !entry.startsWith('/node_modules'));
  const expectedApp = withParentDirs([...expected.outFiles.map((file) => `/${file}`), '/package.json']);
  for (const entry of appEntries) if (!expectedApp.has(entry)) problems.push(`unexpected file ${entry}`);
  for (const entry of expectedApp) if (!entries.has(entry)) problems.push(`missing ${entry}`);

  const shipped = new Set(
    [...entries]
      .filter((entry) => PACKAGE_DIR.test(entry) && entries.has(`${entry}/package.json`))
      .map((dir) => packageId(dir, versionOf(dir))),
  );
  const wanted = new Set(expected.packages);
  for (const id of shipped) if (!wanted.has(id)) problems.push(`unexpected package ${id}`);
  for (const id of wanted) if (!shipped.has(id)) problems.push(`missing package ${id}`);

  for (const library of RENDERER_LIBRARIES) {
    if (entries.has(`/node_modules/${library}`)) problems.push(`renderer library shipped twice: ${library}`);
  }
  for (const entry of entries) {
    if (/\.(map|ts|tsx|mts|cts)$/.test(entry)) problems.push(`source or source map shipped: ${entry}`);
  }
  return problems;
}
