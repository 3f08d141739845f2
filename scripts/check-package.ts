/**
 * `npm run test:package`: checks the installers' configuration and contents without the network.
 * 1. electron-builder.yml is loaded and validated by electron-builder's own code (every platform's
 *    section, though only Linux can be built here).
 * 2. The app is built and packaged (`--linux dir`) against a stand-in Electron directory, because the
 *    real Electron cannot be downloaded here. The stand-in is a tiny script with an Electron fuse wire in
 *    it, so that electron-builder's fuse step runs for real and its result can be read back.
 * 3. app.asar must hold exactly the expected files (scripts/package-rules.ts), only the NL/EN locales
 *    ship, nothing is unpacked beside the archive, and the binary's fuses are the required ones.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import fuses from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { asarProblems, productionPackages, REQUIRED_FUSES, type PackageLock } from './package-rules.ts';

// CommonJS whose named exports Node cannot detect statically.
const { FuseV1Options, getCurrentFuseWire } = fuses;
const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string): string => path.join(root, 'node_modules', '.bin', name);

/** Electron's fuse wire marker (from @electron/fuses); the stand-in carries Electron's default wire. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_FUSES = '10110001';
/** A fuse's state in the wire is the ASCII digit: '1' on, '0' off. */
const fuseState = (on: boolean): number => (on ? '1' : '0').charCodeAt(0);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}`);
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed (exit ${result.status})`);
  }
}

/** What electron-builder needs of an unpacked Electron: an executable, its version and licences, locales. */
function standInElectron(dir: string, version: string): void {
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const executable = path.join(dir, 'electron');
  const wire = `${FUSE_SENTINEL}\x01${String.fromCharCode(ELECTRON_DEFAULT_FUSES.length)}${ELECTRON_DEFAULT_FUSES}`;
  writeFileSync(
    executable,
    `#!/bin/sh\necho "stand-in for Electron ${version}: cannot run" >&2\nexit 1\n# ${wire}\n`,
  );
  chmodSync(executable, 0o755);
  writeFileSync(path.join(dir, 'version'), version);
  for (const file of ['LICENSE', 'LICENSES.chromium.html', 'chrome-sandbox'])
    writeFileSync(path.join(dir, file), '');
  // More locales than the app speaks, so that electronLanguages visibly drops the rest.
  for (const locale of ['en-US', 'nl', 'de', 'fr'])
    writeFileSync(path.join(dir, 'locales', `${locale}.pak`), '');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

async function main(): Promise<string[]> {
  const problems: string[] = [];
  const config = await getConfig(root, null, null);
  // The logger only records details of an invalid config for electron-builder's debug file.
  await validateConfiguration(config, { isEnabled: false, add: () => undefined } as never);
  console.log('electron-builder.yml: valid for electron-builder (all platforms)');

  run(bin('electron-vite'), ['build']);
  const work = mkdtempSync(path.join(tmpdir(), 'crisis-room-package-'));
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const electronDist = path.join(work, 'electron');
    standInElectron(electronDist, pkg.devDependencies['electron']!);
    const output = path.join(work, 'release');
    run(bin('electron-builder'), [
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ]);
    const unpacked = path.join(output, 'linux-unpacked');
    const archive = path.join(unpacked, 'resources', 'app.asar');

    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as PackageLock;
    const outFiles = filesUnder(path.join(root, 'out')).filter((file) => !file.endsWith('.map'));
    const listing = listPackage(archive, { isPack: false });
    const packages = productionPackages(lock, (key) => existsSync(path.join(root, key)));
    const versionOf = (dir: string): string => {
      const manifest = extractFile(archive, `${dir.slice(1)}/package.json`).toString('utf8');
      return (JSON.parse(manifest) as { version?: string }).version ?? '?';
    };
    problems.push(...asarProblems(listing, { outFiles, packages }, versionOf));
    const shippedPkg = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { main?: string };
    if (shippedPkg.main !== 'out/main/index.js') problems.push(`package.json main is ${shippedPkg.main}`);

    const resources = readdirSync(path.join(unpacked, 'resources'));
    if (resources.join() !== 'app.asar')
      problems.push(`resources/ holds ${resources.join(', ')}, not only app.asar`);
    const locales = readdirSync(path.join(unpacked, 'locales')).sort();
    if (locales.join() !== 'en-US.pak,nl.pak') problems.push(`locales shipped: ${locales.join(', ')}`);

    // Read back from the packaged binary, so both the configuration and electron-builder's fuse step count.
    const wire = (await getCurrentFuseWire(
      path.join(unpacked, config.executableName ?? 'electron'),
    )) as Record<number, number>;
    for (const [name, wanted] of Object.entries(REQUIRED_FUSES)) {
      const index = FuseV1Options[name as keyof typeof FuseV1Options];
      if (wire[index] !== fuseState(wanted)) problems.push(`fuse ${name} is not ${wanted ? 'on' : 'off'}`);
    }
    console.log(
      `app.asar: ${listing.length} entries (${outFiles.length} build files, package.json, ` +
        `${packages.length} production packages)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return problems;
}

main().then(
  (problems) => {
    for (const problem of problems) console.error(`  FAIL ${problem}`);
    console.log(problems.length === 0 ? 'Package check passed.' : 'Package check FAILED.');
    process.exit(problems.length === 0 ? 0 : 1);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
