/**
 * The incident's drafts with their records gathered once, for the sections that read them
 * (communications, approval lead times, open actions). Records whose draft is not in the data still form
 * a group, so what went out is reported even when its draft is missing.
 */
import type { IncidentData } from '../archive/incident-data';
import { approvalOrder, type Approval } from '../domain/approval';
import type { Draft } from '../domain/draft';
import { draftState, recordsByDraft, type DraftState } from '../domain/draft-state';
import { versionHeads, versionNumbers, versionOrder, type DraftVersion } from '../domain/draft-version';
import type { Publication } from '../domain/publication';
import type { ReportApproval } from './report-model';

export interface DraftRecordsOf {
  draftId: string;
  draft: Draft | null;
  /** Oldest first. */
  versions: DraftVersion[];
  versionById: Map<string, DraftVersion>;
  numbers: Map<string, number>;
  /** The current version (the single head); null when there are none or several siblings. */
  currentId: string | null;
  /** Oldest first. */
  approvals: Approval[];
  /** Oldest first. */
  publications: Publication[];
  /** The draft's derived state; null when the draft is not in the data. */
  state: DraftState | null;
}

const byTime = (a: { at: string }, b: { at: string }) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** Every draft id that appears in any draft record, with those records. */
export function draftRecords(data: IncidentData): Map<string, DraftRecordsOf> {
  const versions = recordsByDraft(data.draftVersions);
  const approvals = recordsByDraft(data.approvals);
  const publications = recordsByDraft(data.publications);
  const drafts = new Map(data.drafts.map((d) => [d.id as string, d]));
  const ids = new Set([...drafts.keys(), ...versions.keys(), ...approvals.keys(), ...publications.keys()]);
  const out = new Map<string, DraftRecordsOf>();
  for (const draftId of ids) {
    const draft = drafts.get(draftId) ?? null;
    const v = (versions.get(draftId) ?? []).sort(versionOrder);
    const a = (approvals.get(draftId) ?? []).sort(approvalOrder);
    const p = (publications.get(draftId) ?? []).sort(byTime);
    const heads = versionHeads(v);
    out.set(draftId, {
      draftId,
      draft,
      versions: v,
      versionById: new Map(v.map((x) => [x.id as string, x])),
      numbers: versionNumbers(v),
      currentId: heads.length === 1 ? heads[0]!.id : null,
      approvals: a,
      publications: p,
      state: draft ? draftState({ draft, versions: v, approvals: a, publications: p }) : null,
    });
  }
  return out;
}

/** An approval record as the report shows it, marked voided (a newer version exists) or mismatched. */
export function reportApproval(records: DraftRecordsOf, approval: Approval): ReportApproval {
  const version = records.versionById.get(approval.versionId);
  return {
    kind: approval.kind,
    role: approval.role,
    memberName: approval.memberName,
    at: approval.at,
    comment: approval.comment,
    versionNumber: records.numbers.get(approval.versionId) ?? null,
    ownVersion: approval.ownVersion,
    voided: version !== undefined && approval.versionId !== records.currentId,
    mismatched: version !== undefined && version.hash !== approval.hash,
  };
}
