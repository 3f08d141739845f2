import { describe, expect, it } from 'vitest';
import type { Approval } from '../../../shared/domain/approval';
import type { Draft } from '../../../shared/domain/draft';
import { defaultApproverRoles, draftInputValidate, draftKinds } from '../../../shared/domain/draft';
import {
  approverWaits,
  decisionCheck,
  draftState,
  firstPublication,
  publishCheck,
  roleHolders,
  withdrawCheck,
  type DraftState,
} from '../../../shared/domain/draft-state';
import {
  contentHash,
  draftVersionSchema,
  versionBuild,
  versionHeads,
  type DraftVersion,
} from '../../../shared/domain/draft-version';
import type {
  ApprovalId,
  DraftId,
  IncidentId,
  MemberId,
  PublicationId,
  VersionId,
} from '../../../shared/domain/ids';
import type { RoleAssignment } from '../../../shared/domain/incident-role';
import type { Publication } from '../../../shared/domain/publication';

const INCIDENT = '0190f5e2-0000-7000-8000-000000000001' as IncidentId;
const DRAFT = '0190f5e2-0000-7000-8000-000000000002' as DraftId;
const CHANNEL_X = '0190f5e2-0000-7000-8000-0000000000c1';
const CHANNEL_WEB = '0190f5e2-0000-7000-8000-0000000000c2';
const WRITER = '0190f5e2-0000-7000-8000-00000000a001';
const LEGAL = '0190f5e2-0000-7000-8000-00000000a002';
const LEAD = '0190f5e2-0000-7000-8000-00000000a003';
const LEGAL_2 = '0190f5e2-0000-7000-8000-00000000a004';

let n = 0;
const uuid = (prefix: string) =>
  `0190f5e2-0000-7000-8000-${prefix}${String(++n).padStart(12 - prefix.length, '0')}`;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 9, minute)).toISOString();

const draft: Draft = {
  id: DRAFT,
  incidentId: INCIDENT,
  kind: 'holdingStatement',
  title: 'Holding statement',
  language: 'en',
  channelIds: [CHANNEL_X, CHANNEL_WEB],
  audiences: ['media'],
  requiredRoles: ['crisisLead', 'legal'],
  templateId: null,
  createdAt: at(0),
  createdBy: WRITER,
  removedAt: null,
};

function version(body: string, parents: DraftVersion[], minute: number, author = WRITER): DraftVersion {
  const built = versionBuild({
    id: uuid('b') as VersionId,
    draftId: DRAFT,
    incidentId: INCIDENT,
    body,
    parents,
    author: { id: author, name: author === WRITER ? 'Wim' : 'Other' },
    at: at(minute),
  });
  if (!built.ok) throw new Error(built.error.code);
  return built.value;
}

function approval(
  v: DraftVersion,
  kind: Approval['kind'],
  role: string,
  member: string,
  minute: number,
  comment = '',
): Approval {
  return {
    id: uuid('a') as ApprovalId,
    draftId: DRAFT,
    incidentId: INCIDENT,
    versionId: v.id,
    hash: v.hash,
    kind,
    role,
    comment,
    memberId: member,
    memberName: member,
    at: at(minute),
    ownVersion: false,
  };
}

function publication(
  v: DraftVersion,
  channelId: string,
  minute: number,
  withdrawn?: Publication,
): Publication {
  return {
    id: uuid('c') as PublicationId,
    draftId: DRAFT,
    incidentId: INCIDENT,
    versionId: v.id,
    hash: v.hash,
    channelId,
    channelName: channelId === CHANNEL_X ? '@acme' : 'Website',
    kind: withdrawn ? 'withdrawn' : 'published',
    publicationId: withdrawn ? withdrawn.id : null,
    reference: '',
    memberId: WRITER,
    memberName: 'Wim',
    at: at(minute),
    override: null,
  };
}

function state(versions: DraftVersion[], approvals: Approval[] = [], pubs: Publication[] = []): DraftState {
  return draftState({ draft, versions, approvals, publications: pubs });
}

const v1 = version('We are aware of a problem with the customer portal.', [], 1);
const v2 = version('We are aware of a problem with the customer portal. We are investigating.', [v1], 2);

describe('versions', () => {
  it('hashes the body with SHA-256 and the record schema refuses a version whose hash does not match', () => {
    expect(v1.hash).toBe(contentHash(v1.body));
    expect(v1.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(draftVersionSchema.safeParse(v1).success).toBe(true);
    expect(draftVersionSchema.safeParse({ ...v1, body: `${v1.body} (edited)` }).success).toBe(false);
  });

  it('refuses an empty body, an edit that changes nothing, and a body over the maximum', () => {
    const base = {
      id: uuid('b') as VersionId,
      draftId: DRAFT,
      incidentId: INCIDENT,
      author: { id: WRITER, name: 'W' },
      at: at(3),
    };
    expect(versionBuild({ ...base, body: '  \n ', parents: [] })).toMatchObject({
      ok: false,
      error: { code: 'draft.bodyEmpty' },
    });
    expect(versionBuild({ ...base, body: `${v2.body}   `, parents: [v2] })).toMatchObject({
      ok: false,
      error: { code: 'draft.unchanged' },
    });
    expect(versionBuild({ ...base, body: 'x'.repeat(50_001), parents: [] })).toMatchObject({
      ok: false,
      error: { code: 'draft.bodyTooLong' },
    });
  });

  it('two edits of the same version are sibling heads; a merge naming both makes one head again', () => {
    const anna = version(`${v2.body} Anna.`, [v2], 5);
    const bob = version(`${v2.body} Bob.`, [v2], 5, LEGAL);
    const s = state([v1, v2, anna, bob]);
    expect(s.siblings).toBe(true);
    expect(s.latest).toBeNull();
    expect(s.heads.map((v) => v.id).sort()).toEqual([anna.id, bob.id].sort());
    expect(s.status).toBe('draft');
    const merged = version(`${v2.body} Anna and Bob.`, [anna, bob], 6);
    expect(versionHeads([v1, v2, anna, bob, merged]).map((v) => v.id)).toEqual([merged.id]);
    const after = state([v1, v2, anna, bob, merged]);
    expect(after.siblings).toBe(false);
    expect(after.latest?.id).toBe(merged.id);
    expect(after.numbers.get(merged.id)).toBe(5);
  });
});

describe('derived status', () => {
  it('draft → in review → rejected → (new version) in review → approved → published → withdrawn', () => {
    expect(state([v1]).status).toBe('draft');
    const request1 = approval(v1, 'request', '', WRITER, 3);
    expect(state([v1], [request1]).status).toBe('inReview');
    const reject = approval(v1, 'reject', 'legal', LEGAL, 4, 'Do not name the supplier');
    expect(state([v1], [request1, reject]).status).toBe('rejected');

    // A new version voids everything said about the old one.
    const afterEdit = state([v1, v2], [request1, reject]);
    expect(afterEdit.status).toBe('draft');
    expect(afterEdit.voided.map((a) => a.id)).toEqual([request1.id, reject.id]);
    expect(afterEdit.roles.every((r) => r.state === 'pending')).toBe(true);

    const request2 = approval(v2, 'request', '', WRITER, 6);
    const legalOk = approval(v2, 'approve', 'legal', LEGAL, 7);
    expect(state([v1, v2], [request1, reject, request2, legalOk]).status).toBe('inReview');
    const leadOk = approval(v2, 'approve', 'crisisLead', LEAD, 8);
    const approvals = [request1, reject, request2, legalOk, leadOk];
    const approved = state([v1, v2], approvals);
    expect(approved.status).toBe('approved');
    expect(approved.approved).toBe(true);

    const onX = publication(v2, CHANNEL_X, 9);
    expect(state([v1, v2], approvals, [onX]).status).toBe('published');
    const offX = publication(v2, CHANNEL_X, 10, onX);
    const withdrawn = state([v1, v2], approvals, [onX, offX]);
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.live).toEqual([]);
  });

  it('a decision without a request still puts the draft in review', () => {
    expect(state([v1], [approval(v1, 'approve', 'legal', LEGAL, 3)]).status).toBe('inReview');
  });

  it('counts only the latest decision of each role, and ignores decisions whose hash does not match', () => {
    const reject = approval(v1, 'reject', 'legal', LEGAL, 3, 'No');
    const approveLater = approval(v1, 'approve', 'legal', LEGAL, 4);
    const lead = approval(v1, 'approve', 'crisisLead', LEAD, 5);
    expect(state([v1], [reject, approveLater, lead]).status).toBe('approved');
    const forged = { ...approval(v1, 'approve', 'legal', LEGAL, 6), hash: contentHash('other text') };
    const s = state([v1], [forged, lead]);
    expect(s.status).toBe('inReview');
    expect(s.mismatched.map((a) => a.id)).toEqual([forged.id]);
  });

  it('an older version still live keeps being listed, while the new version goes through review', () => {
    const onX = publication(v1, CHANNEL_X, 3);
    const s = state([v1, v2], [], [onX]);
    expect(s.status).toBe('draft');
    expect(s.live.map((p) => p.id)).toEqual([onX.id]);
  });

  it('approver waiting time runs from the request, per pending role', () => {
    const request = approval(v1, 'request', '', WRITER, 10);
    const legalOk = approval(v1, 'approve', 'legal', LEGAL, 12);
    const s = state([v1], [request, legalOk]);
    expect(approverWaits(s, Date.parse(at(25)))).toEqual([{ role: 'crisisLead', ms: 15 * 60_000 }]);
  });
});

describe('derived status, every other path', () => {
  const request = approval(v2, 'request', '', WRITER, 3);
  const legalOk = approval(v2, 'approve', 'legal', LEGAL, 4);
  const leadOk = approval(v2, 'approve', 'crisisLead', LEAD, 5);
  const legalNo = approval(v2, 'reject', 'legal', LEGAL, 6, 'Too early');
  const onX = publication(v2, CHANNEL_X, 7);
  const onWeb = publication(v2, CHANNEL_WEB, 8);
  const offX = publication(v2, CHANNEL_X, 9, onX);
  const onXAgain = publication(v2, CHANNEL_X, 10);
  const v1OnX = publication(v1, CHANNEL_X, 2);
  const anna = version(`${v2.body} Anna.`, [v2], 11);
  const bob = version(`${v2.body} Bob.`, [v2], 11, LEGAL);
  const v3 = version(`${v2.body} Next update at 15:00.`, [v2], 12);

  it.each([
    ['a request on an older version only', [v1, v2], [approval(v1, 'request', '', WRITER, 1)], [], 'draft'],
    ['one role approved, the other not yet', [v1, v2], [request, legalOk], [], 'inReview'],
    ['a rejection outweighs the other role’s approval', [v1, v2], [request, leadOk, legalNo], [], 'rejected'],
    [
      'approved, then rejected by the same role',
      [v1, v2],
      [request, legalOk, leadOk, legalNo],
      [],
      'rejected',
    ],
    [
      'approval after a rejection by the same role',
      [v1, v2],
      [request, legalNo, { ...legalOk, at: at(7) }, leadOk],
      [],
      'approved',
    ],
    ['an approved version followed by a new one', [v1, v2, v3], [request, legalOk, leadOk], [], 'draft'],
    [
      'live on one channel, withdrawn from the other',
      [v1, v2],
      [legalOk, leadOk],
      [onX, onWeb, offX],
      'published',
    ],
    ['withdrawn and published again', [v1, v2], [legalOk, leadOk], [onX, offX, onXAgain], 'published'],
    [
      'published by the lead’s override, never approved',
      [v1, v2],
      [request],
      [{ ...onX, override: 'Urgent' }],
      'published',
    ],
    [
      'an older version published, the current one not',
      [v1, v2],
      [request, legalOk, leadOk],
      [v1OnX],
      'approved',
    ],
    ['withdrawn, then a new version written', [v1, v2, v3], [legalOk, leadOk], [onX, offX], 'draft'],
    ['sibling versions after publishing', [v1, v2, anna, bob], [legalOk, leadOk], [onX], 'draft'],
  ] as const)('%s', (_, versions, approvals, pubs, expected) => {
    expect(state([...versions], [...approvals], [...pubs]).status).toBe(expected);
  });

  it('decisions for a role the draft does not (or no longer) require do not count', () => {
    const leadOnly = { ...draft, requiredRoles: ['crisisLead'] };
    const s = draftState({
      draft: leadOnly,
      versions: [v1, v2],
      approvals: [legalNo, leadOk],
      publications: [],
    });
    expect(s.status).toBe('approved');
    expect(s.roles.map((r) => r.role)).toEqual(['crisisLead']);
  });

  it('every derived status is reached by some path above', () => {
    const seen = new Set(
      [
        state([v1]),
        state([v1], [approval(v1, 'request', '', WRITER, 3)]),
        state([v1, v2], [request, legalNo]),
        state([v1, v2], [legalOk, leadOk]),
        state([v1, v2], [legalOk, leadOk], [onX]),
        state([v1, v2], [legalOk, leadOk], [onX, offX]),
      ].map((x) => x.status),
    );
    expect([...seen].sort()).toEqual(['approved', 'draft', 'inReview', 'published', 'rejected', 'withdrawn']);
  });
});

describe('who may decide', () => {
  const assignments: RoleAssignment[] = [
    {
      id: uuid('d') as RoleAssignment['id'],
      incidentId: INCIDENT,
      role: 'legal',
      memberId: LEGAL,
      memberName: 'L',
      assignedAt: at(0),
    },
    {
      id: uuid('d') as RoleAssignment['id'],
      incidentId: INCIDENT,
      role: 'crisisLead',
      memberId: LEAD,
      memberName: 'C',
      assignedAt: at(0),
    },
  ];
  const members = [
    { id: WRITER as MemberId, role: 'spokesperson' },
    { id: LEGAL_2 as MemberId, role: 'legal' },
  ];
  const base = { draft, state: state([v1, v2]), versionId: v2.id as string, comment: '' };

  it('role holders are the assigned member and the members whose own role it is', () => {
    expect([...roleHolders('legal', assignments, members)].sort()).toEqual([LEGAL, LEGAL_2].sort());
    expect([...roleHolders('crisisLead', assignments, members)]).toEqual([LEAD]);
  });

  it('a holder of a required role may approve the latest version', () => {
    const holders = roleHolders('legal', assignments, members);
    const result = decisionCheck({ ...base, role: 'legal', kind: 'approve', memberId: LEGAL, holders });
    expect(result).toMatchObject({ ok: true, value: { ownVersion: false } });
  });

  it.each([
    ['an older version', { versionId: v1.id }, 'legal', LEGAL, 'draft.notLatest'],
    ['a role the draft does not need', {}, 'hr', LEGAL, 'draft.roleNotRequired'],
    ['someone who does not hold the role', {}, 'legal', LEAD, 'draft.notRoleHolder'],
  ] as const)('refuses %s', (_, extra, role, member, code) => {
    const holders = roleHolders(role, assignments, members);
    const result = decisionCheck({ ...base, ...extra, role, kind: 'approve', memberId: member, holders });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a rejection without a comment and the same decision twice', () => {
    const holders = roleHolders('legal', assignments, members);
    expect(decisionCheck({ ...base, role: 'legal', kind: 'reject', memberId: LEGAL, holders })).toMatchObject(
      {
        ok: false,
        error: { code: 'draft.commentRequired' },
      },
    );
    const decided = state([v1, v2], [approval(v2, 'approve', 'legal', LEGAL_2, 5)]);
    expect(
      decisionCheck({ ...base, state: decided, role: 'legal', kind: 'approve', memberId: LEGAL, holders }),
    ).toMatchObject({ ok: false, error: { code: 'draft.alreadyDecided' } });
  });

  it('refuses sibling versions until they are picked or merged', () => {
    const anna = version(`${v2.body} A`, [v2], 5);
    const bob = version(`${v2.body} B`, [v2], 5);
    const holders = roleHolders('legal', assignments, members);
    const result = decisionCheck({
      ...base,
      state: state([v1, v2, anna, bob]),
      versionId: anna.id,
      role: 'legal',
      kind: 'approve',
      memberId: LEGAL,
      holders,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'draft.siblings' } });
  });

  /** A version written by `author`, decided on by that author for `role`. */
  function ownDecision(author: string, role: string, kind: 'approve' | 'reject', comment = '') {
    const own = version(`${v2.body} Edit by ${author}.`, [v2], 4, author);
    const holders = roleHolders(role, assignments, members);
    const s = state([v1, v2, own]);
    return decisionCheck({
      ...base,
      state: s,
      versionId: own.id,
      role,
      kind,
      comment,
      memberId: author,
      holders,
    });
  }

  it('the author may not approve their own version while someone else holds the role', () => {
    expect(ownDecision(LEGAL, 'legal', 'approve')).toMatchObject({
      ok: false,
      error: { code: 'draft.ownVersion' },
    });
  });

  it('the author may reject their own version, with a comment, even when others hold the role', () => {
    expect(ownDecision(LEGAL, 'legal', 'reject', 'Not before the police statement')).toMatchObject({
      ok: true,
      value: { ownVersion: false },
    });
  });

  it('the only holder of a role may approve their own version, flagged as such', () => {
    expect(ownDecision(LEAD, 'crisisLead', 'approve')).toMatchObject({
      ok: true,
      value: { ownVersion: true },
    });
  });
});

describe('publish guard', () => {
  const request = approval(v2, 'request', '', WRITER, 3);
  const fully = [
    request,
    approval(v2, 'approve', 'legal', LEGAL, 4),
    approval(v2, 'approve', 'crisisLead', LEAD, 5),
  ];
  const x = { id: CHANNEL_X, removedAt: null };
  const base = { versionId: v2.id as string, channel: x, overLimit: false, override: null, isLead: false };

  it('publishes an approved latest version without override', () => {
    expect(publishCheck({ ...base, state: state([v1, v2], fully) })).toMatchObject({
      ok: true,
      value: { override: null },
    });
  });

  it.each([
    ['unapproved text', {}, [request], 'draft.notApproved'],
    ['an older version', { versionId: v1.id }, [], 'draft.notLatest'],
    ['a removed channel', { channel: { id: CHANNEL_X, removedAt: at(1) } }, [], 'draft.channelUnknown'],
    ['an unknown channel', { channel: undefined }, [], 'draft.channelUnknown'],
    ['a body over the channel limit', { overLimit: true }, [], 'draft.overLimit'],
    [
      'an override by someone who is not the lead',
      { override: 'Lives at stake' },
      [request],
      'draft.overrideNotLead',
    ],
    [
      'an override without a reason',
      { override: '  ', isLead: true },
      [request],
      'draft.overrideReasonRequired',
    ],
  ] as const)('refuses %s', (_, extra, approvals, code) => {
    const s = state([v1, v2], approvals.length > 0 ? [...approvals] : fully);
    expect(publishCheck({ ...base, ...extra, state: s })).toMatchObject({ ok: false, error: { code } });
  });

  it('lets the crisis lead publish unapproved text with a reason, which is returned to be recorded', () => {
    const result = publishCheck({
      ...base,
      state: state([v1, v2], [request]),
      override: ' Lives at stake ',
      isLead: true,
    });
    expect(result).toMatchObject({ ok: true, value: { override: 'Lives at stake' } });
  });

  it('refuses publishing the same version twice on a channel while live, but allows another channel', () => {
    const onX = publication(v2, CHANNEL_X, 6);
    const s = state([v1, v2], fully, [onX]);
    expect(publishCheck({ ...base, state: s })).toMatchObject({
      ok: false,
      error: { code: 'draft.alreadyPublished' },
    });
    expect(publishCheck({ ...base, state: s, channel: { id: CHANNEL_WEB, removedAt: null } }).ok).toBe(true);
    expect(withdrawCheck(s, onX.id)).toMatchObject({ ok: true });
    const off = publication(v2, CHANNEL_X, 7, onX);
    const after = state([v1, v2], fully, [onX, off]);
    expect(withdrawCheck(after, onX.id)).toMatchObject({ ok: false, error: { code: 'draft.notPublished' } });
    expect(publishCheck({ ...base, state: after }).ok).toBe(true);
  });

  it('the first statement is the earliest publication of any version', () => {
    const web = publication(v1, CHANNEL_WEB, 4);
    const x2 = publication(v2, CHANNEL_X, 9);
    expect(firstPublication([x2, web])?.id).toBe(web.id);
    expect(firstPublication([])).toBeNull();
  });
});

describe('draft settings', () => {
  it('every kind needs the crisis lead by default; statements with legal exposure need legal too', () => {
    for (const kind of draftKinds) expect(defaultApproverRoles[kind]).toContain('crisisLead');
    for (const kind of ['holdingStatement', 'pressRelease', 'qa', 'stakeholderLetter'] as const)
      expect(defaultApproverRoles[kind]).toEqual(['crisisLead', 'legal']);
  });

  it('needs a title and at least one approver role; removes duplicates', () => {
    const input = {
      kind: 'socialPost' as const,
      title: ' Post ',
      language: 'nl' as const,
      channelIds: [CHANNEL_X, CHANNEL_X],
      audiences: [' media '],
      requiredRoles: ['crisisLead', 'crisisLead'],
    };
    expect(draftInputValidate(input)).toMatchObject({
      ok: true,
      value: { title: 'Post', channelIds: [CHANNEL_X], audiences: ['media'], requiredRoles: ['crisisLead'] },
    });
    expect(draftInputValidate({ ...input, title: '' })).toMatchObject({
      ok: false,
      error: { code: 'draft.titleEmpty' },
    });
    expect(draftInputValidate({ ...input, requiredRoles: [' '] })).toMatchObject({
      ok: false,
      error: { code: 'draft.noApprovers' },
    });
  });

  it('keeps only the draft’s own fields, so the first version’s text never lands in the draft record', () => {
    const withBody = {
      kind: 'socialPost' as const,
      title: 'Post',
      language: 'nl' as const,
      channelIds: [],
      audiences: [],
      requiredRoles: ['crisisLead'],
      body: 'The text belongs in a version',
      templateId: null,
    };
    const valid = draftInputValidate(withBody);
    if (!valid.ok) throw new Error(valid.error.code);
    expect(Object.keys(valid.value).sort()).toEqual(
      ['audiences', 'channelIds', 'kind', 'language', 'requiredRoles', 'title'].sort(),
    );
  });
});
