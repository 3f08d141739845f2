/// <reference lib="dom" />
/**
 * The stakeholder bench page: served from the app's origin so that it shares the app's IndexedDB, it
 * seeds the directory through the real renderer/db mutation and times the app's own steps outside React.
 * Exposes `window.stakeholderBench` to the harness (bench/stakeholders-ui.ts).
 */
import { Dexie } from 'dexie';
import {
  stakeholderSearchText,
  stakeholdersFilter,
  type Stakeholder,
  type StakeholderDraft,
} from '../../../shared/domain/stakeholder';
import { importBytesDecode } from '../../../shared/io/import-error';
import { csvImport, csvMappingGuess, csvPreview } from '../../../shared/io/stakeholders-csv';
import { profileSave } from '../../../renderer/db/profile';
import { dbOpen } from '../../../renderer/db/schema';
import { sessionLoad, type Session } from '../../../renderer/db/session';
import { stakeholdersImport } from '../../../renderer/db/stakeholders';
import { stakeholdersCsv, stakeholdersMake } from '../../../tests/fixtures/stakeholders';
import type {
  StakeholderBenchApi,
  StakeholderBenchGlobal,
  StakeholderBreakdown,
} from '../../stakeholders-api';

let appSession: Session | null = null;

async function sessionWithProfile(name?: string): Promise<Session> {
  const session = await sessionLoad(dbOpen(name));
  if (session.member) return session;
  const saved = await profileSave(session, { name: 'Bench Press Officer', role: 'pressOfficer' });
  if (!saved.ok) throw new Error(`profileSave: ${saved.error.code}`);
  return session;
}

/** The generator's directory records as the drafts a person or an import would add. */
function drafts(count: number): StakeholderDraft[] {
  return stakeholdersMake(count).map(({ id: _id, createdAt: _c, removedAt: _r, ...draft }) => draft);
}

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
}

/** The median of a few runs of `work`, after one warm-up run. */
function medianOf(runs: number, work: () => unknown): number {
  work();
  const samples = Array.from({ length: runs }, () => timed(work)[1]).sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)]!;
}

const bench: StakeholderBenchApi = {
  async setup() {
    appSession = await sessionWithProfile();
  },

  async seed(count) {
    if (!appSession) throw new Error('setup() first');
    const all = drafts(count);
    const start = performance.now();
    const result = await stakeholdersImport(appSession, all);
    if (!result.ok) throw new Error(`stakeholdersImport: ${result.error.code} ${result.error.detail ?? ''}`);
    return performance.now() - start;
  },

  async breakdown(csvRows, queries) {
    if (!appSession) throw new Error('setup() first');
    let start = performance.now();
    const all: Stakeholder[] = await appSession.db.stakeholders.toArray();
    const readAllMs = performance.now() - start;
    let texts = new Map<string, string>();
    const searchTextsMs = medianOf(3, () => {
      texts = new Map(all.map((s) => [s.id, stakeholderSearchText(s)]));
    });
    const cached = (s: Stakeholder) => texts.get(s.id) ?? '';
    const filterMs: Record<string, number> = {};
    for (const query of ['', ...queries])
      filterMs[query] = medianOf(5, () =>
        stakeholdersFilter(all, { query, group: null, priority: null }, cached),
      );

    const bytes = new TextEncoder().encode(stakeholdersCsv(csvRows));
    const [decoded, decodeMs] = timed(() => importBytesDecode(bytes));
    if (!decoded.ok) throw new Error(`importBytesDecode: ${decoded.error.code}`);
    const [preview, previewMs] = timed(() => csvPreview(decoded.value));
    if (!preview.ok) throw new Error(`csvPreview: ${preview.error.code}`);
    const mapping = csvMappingGuess(preview.value.headers);
    const [imported, importMapMs] = timed(() => csvImport(preview.value, mapping, []));
    if (!imported.ok) throw new Error(`csvImport: ${imported.error.code} at line ${imported.error.line}`);

    const name = `bench-stakeholders-${Date.now()}`;
    const fresh = await sessionWithProfile(name);
    start = performance.now();
    const written = await stakeholdersImport(fresh, imported.value.drafts);
    const writeMs = performance.now() - start;
    if (!written.ok) throw new Error(`stakeholdersImport: ${written.error.code}`);
    fresh.db.close();
    await Dexie.delete(name);

    const result: StakeholderBreakdown = {
      readAllMs,
      searchTextsMs,
      filterMs,
      decodeMs,
      previewMs,
      importMapMs,
      drafts: imported.value.drafts.length,
      writeMs,
    };
    return result;
  },
};

(globalThis as StakeholderBenchGlobal).stakeholderBench = bench;
document.title = 'Crisis Room stakeholder bench: ready';
