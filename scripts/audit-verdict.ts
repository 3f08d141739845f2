/**
 * The verdict of the Electron security audit (scripts/audit-electron.ts), kept pure so its rules are
 * tested: which Electronegativity findings block the build, and which the reviewed allow-list explains.
 * Electronegativity exits 0 whatever it finds, so this is the part that makes it a gate.
 */
import { z } from 'zod';

/** Electronegativity's severity scale, lowest first. */
export const severityNames = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type SeverityName = (typeof severityNames)[number];

/** Findings at this severity or above fail the audit unless the allow-list explains them. */
export const BLOCKING_SEVERITY: SeverityName = 'MEDIUM';

/** The part of an Electronegativity issue the gate reads. */
export interface AuditFinding {
  id: string;
  file: string;
  severity: { name: string };
  confidence: { name: string };
  location: { line: number; column: number };
  sample?: string;
  description: string;
}

export const allowListEntrySchema = z.strictObject({
  /** The check id as Electronegativity reports it, e.g. `OPEN_EXTERNAL_JS_CHECK`. */
  check: z.string().regex(/^[A-Z0-9_]+$/),
  /** The file relative to the scanned folder (`N/A` for global checks), exactly as reported. */
  file: z.string().min(1),
  /** Optional text the finding's sample must contain, to pin the entry to one call site. */
  sampleIncludes: z.string().min(1).optional(),
  /** Why this finding is not a problem, and where that is tested: the part a reviewer reads. */
  reason: z.string().trim().min(40),
});
export type AllowListEntry = z.infer<typeof allowListEntrySchema>;

export const allowListSchema = z.array(allowListEntrySchema);

export function severityRank(name: string): number {
  return severityNames.indexOf(name as SeverityName);
}

/** Unknown severities block: a new level in a future version of the tool must not slip through. */
export function findingBlocks(finding: AuditFinding): boolean {
  const rank = severityRank(finding.severity.name);
  return rank === -1 || rank >= severityRank(BLOCKING_SEVERITY);
}

export function entryExplains(entry: AllowListEntry, finding: AuditFinding): boolean {
  return (
    entry.check === finding.id &&
    entry.file === finding.file &&
    (entry.sampleIncludes === undefined || (finding.sample ?? '').includes(entry.sampleIncludes))
  );
}

export interface AuditVerdict {
  /** Blocking findings that no allow-list entry explains: each one fails the audit. */
  unexplained: AuditFinding[];
  /** Blocking findings that an entry explains, with that entry. */
  explained: { finding: AuditFinding; entry: AllowListEntry }[];
  /** Entries that explain nothing any more: the list must be pruned, so that it stays reviewed. */
  stale: AllowListEntry[];
  /** Findings below the blocking severity, reported but not judged. */
  informational: AuditFinding[];
  passed: boolean;
}

export function auditVerdict(findings: AuditFinding[], allowList: AllowListEntry[]): AuditVerdict {
  const unexplained: AuditFinding[] = [];
  const explained: AuditVerdict['explained'] = [];
  const informational: AuditFinding[] = [];
  const used = new Set<AllowListEntry>();
  for (const finding of findings) {
    if (!findingBlocks(finding)) {
      informational.push(finding);
      continue;
    }
    const entry = allowList.find((candidate) => entryExplains(candidate, finding));
    if (entry === undefined) {
      unexplained.push(finding);
    } else {
      used.add(entry);
      explained.push({ finding, entry });
    }
  }
  const stale = allowList.filter((entry) => !used.has(entry));
  return {
    unexplained,
    explained,
    stale,
    informational,
    passed: unexplained.length === 0 && stale.length === 0,
  };
}

/** One line per finding, the way a reviewer wants to read it in CI output. */
export function findingLine(finding: AuditFinding): string {
  const where = `${finding.file}:${finding.location.line}:${finding.location.column}`;
  return `${finding.severity.name}/${finding.confidence.name} ${finding.id} at ${where}: ${finding.description}`;
}
