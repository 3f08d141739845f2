/**
 * The Electron security audit of `npm run test:security`: runs Doyensec's Electronegativity over the
 * main process, preload and hub sources and fails when it finds anything of medium severity or higher
 * that security/electronegativity-allowlist.json does not explain (see scripts/audit-verdict.ts).
 * Things the tool cannot see (sender checks, URL rules, navigation guards) are unit tests instead:
 * tests/unit/electron/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  allowListSchema,
  auditVerdict,
  findingLine,
  type AuditFinding,
  type AuditVerdict,
} from './audit-verdict.ts';

const root = path.resolve(import.meta.dirname, '..');
const scanned = path.join(root, 'electron');
const allowListPath = path.join(root, 'security', 'electronegativity-allowlist.json');

interface RunOptions {
  input: string;
  isRelative: boolean;
  excludeFromScan: string[];
  electronVersionOverride: string;
}
interface RunResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: AuditFinding[];
}
type Run = (options: RunOptions, forCli: boolean) => Promise<RunResult>;

// The tool's translation download has no network here; its HTTP client then throws this from a retry
// timer after the scan has already finished. Nothing else is swallowed.
process.on('uncaughtException', (error) => {
  if (error.message.includes('`onCancel` handler was attached after the promise settled')) return;
  console.error(error);
  process.exit(2);
});

/** An inline `eng-disable` comment hides a finding from the report, and so from the reviewed list. */
function inlineDisables(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|js|cjs|mjs|html)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (readFileSync(file, 'utf8').includes('eng-disable')) found.push(path.relative(root, file));
  }
  return found;
}

function report(verdict: AuditVerdict, result: RunResult): void {
  console.log(
    `Electronegativity: ${result.atomicChecks + result.globalChecks} checks over ${path.relative(root, scanned)}/, ` +
      `${result.issues.length} findings (${verdict.explained.length + verdict.unexplained.length} medium or higher)`,
  );
  for (const { finding, entry } of verdict.explained) {
    console.log(`  allowed  ${findingLine(finding)}\n           reason: ${entry.reason}`);
  }
  for (const finding of verdict.informational) console.log(`  note     ${findingLine(finding)}`);
  for (const finding of verdict.unexplained) console.error(`  FAIL     ${findingLine(finding)}`);
  for (const entry of verdict.stale) {
    console.error(
      `  STALE    allow-list entry ${entry.check} for ${entry.file} matches no finding: remove it`,
    );
  }
}

async function main(): Promise<number> {
  const allowList = allowListSchema.parse(JSON.parse(readFileSync(allowListPath, 'utf8')));
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const disabled = inlineDisables(scanned);
  if (disabled.length > 0) {
    console.error(`Inline eng-disable comments hide findings from review; use the allow-list: ${disabled}`);
    return 1;
  }
  // The tool looks up its messages by LANG; its English ones are the ones it ships.
  process.env['LANG'] = 'en-US';
  const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;
  const result = await run(
    {
      input: scanned,
      isRelative: true,
      // This check downloads Electron's release list; CI has no network. Electron upgrades are a
      // reviewed dependency change instead.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: pkg.devDependencies['electron']!,
    },
    false,
  );
  const parseErrors = result.errors.filter((error) => !error.tolerable);
  for (const error of parseErrors) console.error(`  UNREAD   ${error.file}: ${error.message}`);
  const verdict = auditVerdict(result.issues, allowList);
  report(verdict, result);
  const passed = verdict.passed && parseErrors.length === 0;
  console.log(passed ? 'Security audit passed.' : 'Security audit FAILED.');
  return passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
