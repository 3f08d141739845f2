/**
 * What the organisation said: every version that went out, on which channels, when and by whom, with the
 * approvals that let it out, and the whole approval path of its draft (rejections and approvals a newer
 * version voided included), so the evaluation sees how each statement came to be.
 */
import type { Publication } from '../domain/publication';
import type { DraftRecordsOf } from './report-drafts';
import { reportApproval } from './report-drafts';
import type { ReportCommunication, ReportPublication, ReportPublishedVersion } from './report-model';

function publicationOf(p: Publication, withdrawals: readonly Publication[]): ReportPublication {
  const withdrawal = withdrawals.find((w) => w.publicationId === p.id);
  return {
    channelName: p.channelName,
    at: p.at,
    memberName: p.memberName,
    reference: p.reference,
    override: p.override,
    withdrawn: withdrawal
      ? { at: withdrawal.at, memberName: withdrawal.memberName, reason: withdrawal.reference }
      : null,
  };
}

function communicationOf(records: DraftRecordsOf): ReportCommunication | null {
  const published = records.publications.filter((p) => p.kind === 'published');
  if (published.length === 0) return null;
  const withdrawals = records.publications.filter((p) => p.kind === 'withdrawn');
  // Publications are oldest first, so versions come in the order they first went out.
  const byVersion = new Map<string, ReportPublishedVersion>();
  for (const p of published) {
    let version = byVersion.get(p.versionId);
    if (!version) {
      const v = records.versionById.get(p.versionId);
      version = {
        versionId: p.versionId,
        number: records.numbers.get(p.versionId) ?? null,
        body: v?.body ?? null,
        authorName: v?.authorName ?? null,
        createdAt: v?.createdAt ?? null,
        publications: [],
        approvals: records.approvals
          .filter((a) => a.versionId === p.versionId)
          .map((a) => reportApproval(records, a)),
      };
      byVersion.set(p.versionId, version);
    }
    version.publications.push(publicationOf(p, withdrawals));
  }
  const draft = records.draft;
  return {
    draftId: records.draftId,
    title: draft?.title ?? null,
    kind: draft?.kind ?? null,
    language: draft?.language ?? null,
    requiredRoles: draft?.requiredRoles ?? [],
    versions: [...byVersion.values()],
    path: records.approvals.map((a) => reportApproval(records, a)),
  };
}

/** Drafts that went out at least once, in the order they first went out. */
export function reportCommunications(drafts: Iterable<DraftRecordsOf>): ReportCommunication[] {
  const out: ReportCommunication[] = [];
  for (const records of drafts) {
    const communication = communicationOf(records);
    if (communication) out.push(communication);
  }
  const first = (c: ReportCommunication) => c.versions[0]!.publications[0]!.at;
  return out.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
}
