/// <reference lib="dom" />
/**
 * The drafts bench page: served from the app's origin so that it shares the app's IndexedDB, it writes a
 * press release with hundreds of versions through the real renderer/db mutations and times the app's own
 * steps of opening and diffing it outside React. Exposes `window.draftBench` to the harness
 * (bench/drafts-ui.ts).
 */
import { diffWordsWithSpace } from 'diff';
import { draftState } from '../../../shared/domain/draft-state';
import type { DraftId, IncidentId, VersionId } from '../../../shared/domain/ids';
import { channelsAddDefaults } from '../../../renderer/db/channels';
import { draftCreate, versionSave } from '../../../renderer/db/drafts';
import { incidentCreate } from '../../../renderer/db/incidents';
import { profileSave } from '../../../renderer/db/profile';
import { dbOpen } from '../../../renderer/db/schema';
import { sessionLoad, type Session } from '../../../renderer/db/session';
import type {
  DraftBenchApi,
  DraftBenchGlobal,
  DraftBreakdown,
  DraftTarget,
  DraftTargetKey,
} from '../../drafts-api';
import { pressReleaseVersions } from './press-release';

const TARGET_KEY: DraftTargetKey = 'crisis-room-bench-draft';
const TITLE = 'Press release: fire at the Botlek plant';
/** The channels a press release goes out on. */
const TARGETS = ['website', 'pressList', 'linkedin'];

let appSession: Session | null = null;

async function sessionWithProfile(): Promise<Session> {
  const session = await sessionLoad(dbOpen());
  if (session.member) return session;
  const saved = await profileSave(session, { name: 'Bench Press Officer', role: 'pressOfficer' });
  if (!saved.ok) throw new Error(`profileSave: ${saved.error.code}`);
  return session;
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The median of a few runs, after one warm-up run. */
async function medianOf(runs: number, work: () => unknown): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function recordsRead(session: Session, draftId: DraftId) {
  const { db } = session;
  const [draft, versions, approvals, publications] = await Promise.all([
    db.drafts.get(draftId),
    db.draftVersions.where('draftId').equals(draftId).toArray(),
    db.approvals.where('draftId').equals(draftId).toArray(),
    db.publications.where('draftId').equals(draftId).toArray(),
  ]);
  if (!draft) throw new Error('the draft is missing');
  return { draft, versions, approvals, publications };
}

const bench: DraftBenchApi = {
  async setup(count) {
    const session = (appSession = await sessionWithProfile());
    const incident = await incidentCreate(session, {
      title: 'Fire at the Botlek plant',
      crisisType: 'fire',
      severity: 3,
      exercise: false,
    });
    if (!incident.ok) throw new Error(`incidentCreate: ${incident.error.code}`);
    const channels = await channelsAddDefaults(session, 'en');
    if (!channels.ok) throw new Error(`channelsAddDefaults: ${channels.error.code}`);
    const channelIds = channels.value.filter((c) => TARGETS.includes(c.kind)).map((c) => c.id);
    const bodies = pressReleaseVersions(count);

    const start = performance.now();
    const created = await draftCreate(session, incident.value.id as IncidentId, {
      kind: 'pressRelease',
      title: TITLE,
      language: 'en',
      channelIds,
      audiences: ['media', 'residents'],
      requiredRoles: ['crisisLead', 'legal'],
      body: bodies[0]!,
      templateId: null,
    });
    if (!created.ok) throw new Error(`draftCreate: ${created.error.code}`);
    const draftId = created.value.draft.id;
    let parent: VersionId = created.value.version.id;
    // One save after the other, each from the one before, as one writer does (no siblings).
    for (const body of bodies.slice(1)) {
      const saved = await versionSave(session, draftId, body, [parent]);
      if (!saved.ok) throw new Error(`versionSave: ${saved.error.code}`);
      parent = saved.value.id;
    }
    const seedMs = performance.now() - start;

    const lengths = bodies.map((b) => b.length).sort((a, b) => a - b);
    const { draft, versions, approvals, publications } = await recordsRead(session, draftId);
    const state = draftState({ draft, versions, approvals, publications });
    if (state.latest?.id !== parent || state.versions.length !== count)
      throw new Error(`seeded ${state.versions.length} versions, latest ${state.latest?.id ?? 'none'}`);
    const target: DraftTarget = { versions: count, body: state.latest.body };
    localStorage.setItem(TARGET_KEY, JSON.stringify(target));
    return {
      incidentId: incident.value.id,
      draftId,
      title: TITLE,
      versions: count,
      seedMs,
      latestBody: state.latest.body,
      bodyChars: [lengths[0]!, lengths[Math.floor(count / 2)]!, lengths.at(-1)!],
    };
  },

  async breakdown(draftId, pairs) {
    if (!appSession) throw new Error('setup() first');
    const session = appSession;
    const readMs = await medianOf(5, () => recordsRead(session, draftId as DraftId));
    const records = await recordsRead(session, draftId as DraftId);
    const stateMs = await medianOf(5, () => draftState(records));
    const { versions } = draftState(records);
    const diffMs: Record<string, number> = {};
    const diffParts: Record<string, number> = {};
    for (const [a, b] of pairs) {
      const from = versions[a - 1]!.body;
      const to = versions[b - 1]!.body;
      diffMs[`${a}-${b}`] = await medianOf(5, () => timed(() => diffWordsWithSpace(from, to)));
      diffParts[`${a}-${b}`] = diffWordsWithSpace(from, to).length;
    }
    const result: DraftBreakdown = { readMs, stateMs, diffMs, diffParts };
    return result;
  },
};

(globalThis as DraftBenchGlobal).draftBench = bench;
document.title = 'Crisis Room drafts bench: ready';
