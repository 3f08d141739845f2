import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allowListSchema,
  auditVerdict,
  findingBlocks,
  type AllowListEntry,
  type AuditFinding,
} from '../../../scripts/audit-verdict';

function finding(id: string, severity: string, file = 'main/window.ts', sample = ''): AuditFinding {
  return {
    id,
    file,
    severity: { name: severity },
    confidence: { name: 'FIRM' },
    location: { line: 1, column: 0 },
    sample,
    description: 'described',
  };
}

const reason = 'Explained at length, with the test that proves it: tests/unit/electron/x.test.ts.';

describe('auditVerdict', () => {
  it.each([
    ['HIGH', true],
    ['MEDIUM', true],
    ['LOW', false],
    ['INFORMATIONAL', false],
    ['CRITICAL', true],
  ])('a %s finding blocks: %s', (severity, blocks) => {
    expect(findingBlocks(finding('X_CHECK', severity))).toBe(blocks);
  });

  it('fails on a medium finding that the allow-list does not explain', () => {
    const verdict = auditVerdict([finding('SANDBOX_JS_CHECK', 'MEDIUM')], []);
    expect(verdict.passed).toBe(false);
    expect(verdict.unexplained.map((f) => f.id)).toEqual(['SANDBOX_JS_CHECK']);
  });

  it('passes a finding the allow-list explains for that check and file', () => {
    const entry: AllowListEntry = { check: 'SANDBOX_JS_CHECK', file: 'main/window.ts', reason };
    const verdict = auditVerdict([finding('SANDBOX_JS_CHECK', 'MEDIUM')], [entry]);
    expect(verdict.passed).toBe(true);
    expect(verdict.explained).toHaveLength(1);
  });

  it('does not let an entry for one file or call explain another', () => {
    const entry: AllowListEntry = {
      check: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'main/security.ts',
      sampleIncludes: 'shell.openExternal(url)',
      reason,
    };
    const elsewhere = finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/menu.ts', 'shell.openExternal(url)');
    const otherCall = finding(
      'OPEN_EXTERNAL_JS_CHECK',
      'MEDIUM',
      'main/security.ts',
      'shell.openExternal(raw)',
    );
    const verdict = auditVerdict([elsewhere, otherCall], [entry]);
    expect(verdict.unexplained).toEqual([elsewhere, otherCall]);
  });

  it('fails on an allow-list entry that explains nothing any more', () => {
    const entry: AllowListEntry = { check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason };
    const verdict = auditVerdict([], [entry]);
    expect(verdict.passed).toBe(false);
    expect(verdict.stale).toEqual([entry]);
  });

  it('reports low findings without judging them', () => {
    const verdict = auditVerdict([finding('PRELOAD_JS_CHECK', 'LOW')], []);
    expect(verdict.passed).toBe(true);
    expect(verdict.informational).toHaveLength(1);
  });
});

describe('the reviewed allow-list', () => {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../../security/electronegativity-allowlist.json', import.meta.url), 'utf8'),
  );

  it('gives a reason for every entry', () => {
    expect(allowListSchema.safeParse(raw).success).toBe(true);
  });

  it('refuses an entry without a real reason', () => {
    expect(
      allowListSchema.safeParse([{ check: 'SANDBOX_JS_CHECK', file: 'a.ts', reason: 'ok' }]).success,
    ).toBe(false);
    expect(allowListSchema.safeParse([{ check: 'SANDBOX_JS_CHECK', file: 'a.ts' }]).success).toBe(false);
  });
});
