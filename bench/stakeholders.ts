/**
 * The stakeholder benchmark, in Node (same V8 as the renderer, no browser needed): search over 10,000
 * stakeholders and the import of a 10,000-row CSV. Prints figures against the goals and never fails on
 * them. Run with `tsx bench/stakeholders.ts`.
 */
import {
  stakeholderSearchText,
  stakeholdersFilter,
  type Stakeholder,
  type StakeholderFilter,
} from '../shared/domain/stakeholder';
import { csvImport, csvMappingGuess, csvPreview } from '../shared/io/stakeholders-csv';
import { stakeholdersCsv, stakeholdersMake } from '../tests/fixtures/stakeholders';
import { machineDescribe, max, median, ms, rowsPrint, type Row } from './report';

const DIRECTORY = 10_000;
const CSV_ROWS = 10_000;
const SEARCH_RUNS = 21;
const WARMUP_RUNS = 5;
const IMPORT_RUNS = 5;
const SEARCH_GOAL_MS = 50;
const IMPORT_GOAL_MS = 3_000;

const queries: readonly (Partial<StakeholderFilter> & { label: string })[] = [
  { label: 'everything (no query)', query: '' },
  { label: '"jan"', query: 'jan' },
  { label: '"gemeente utrecht"', query: 'gemeente utrecht' },
  { label: '"helene" (accent folded)', query: 'helene' },
  { label: '"06 1"', query: '06 1' },
  { label: '"no such person"', query: 'no such person' },
  { label: '"de" in group media', query: 'de', group: 'media' },
  { label: 'priority 1, no query', query: '', priority: 1 },
];

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function searchRows(
  all: readonly Stakeholder[],
  searchText: (s: Stakeholder) => string,
  note: string,
): Row[] {
  return queries.map(({ label, ...filter }) => {
    const full: StakeholderFilter = { query: '', group: null, priority: null, ...filter };
    const hits = stakeholdersFilter(all, full, searchText).length;
    for (let i = 0; i < WARMUP_RUNS; i++) stakeholdersFilter(all, full, searchText);
    const samples = Array.from({ length: SEARCH_RUNS }, () =>
      timed(() => stakeholdersFilter(all, full, searchText)),
    );
    return {
      metric: `search ${label}${note} → ${hits} shown`,
      value: `${ms(median(samples))} (max ${ms(max(samples))})`,
      goal: `≤ ${SEARCH_GOAL_MS} ms`,
      pass: median(samples) <= SEARCH_GOAL_MS,
    };
  });
}

function main(): void {
  const directory = stakeholdersMake(DIRECTORY);
  // Computed once when the directory loads (or changes), not per keystroke.
  let texts = new Map<Stakeholder, string>();
  const indexMs = timed(() => {
    texts = new Map(directory.map((s) => [s, stakeholderSearchText(s)]));
  });
  const cached = (s: Stakeholder) => texts.get(s)!;
  const searches = [
    ...searchRows(directory, cached, ''),
    ...searchRows(directory, stakeholderSearchText, ', texts not cached').map((r) => ({
      ...r,
      pass: undefined,
    })),
  ];

  const text = stakeholdersCsv(CSV_ROWS);
  const headers = (() => {
    const preview = csvPreview(text);
    if (!preview.ok) throw new Error(`the benchmark CSV does not parse: ${JSON.stringify(preview.error)}`);
    return preview.value.headers;
  })();
  const mapping = csvMappingGuess(headers);
  let imported = 0;
  let skipped = 0;
  const imports = Array.from({ length: IMPORT_RUNS }, () =>
    timed(() => {
      const result = csvImport(text, mapping, directory);
      if (!result.ok) throw new Error(`the benchmark CSV does not import: ${JSON.stringify(result.error)}`);
      imported = result.value.drafts.length;
      skipped = result.value.skipped.length;
    }),
  );
  const previews = Array.from({ length: IMPORT_RUNS }, () => timed(() => csvPreview(text)));

  for (const line of machineDescribe('not used (Node)')) console.log(line);
  rowsPrint(
    `Stakeholder search over ${DIRECTORY.toLocaleString('en-US')} stakeholders (median of ${SEARCH_RUNS})`,
    [{ metric: 'search texts computed once', value: ms(indexMs), goal: '' }, ...searches],
  );
  rowsPrint(
    `CSV import of ${CSV_ROWS.toLocaleString('en-US')} rows (${(text.length / 2 ** 20).toFixed(1)} MiB)`,
    [
      {
        metric: `parse + map + validate + duplicates (csvImport) → ${imported} drafts, ${skipped} skipped`,
        value: `${ms(median(imports))} (max ${ms(max(imports))})`,
        goal: `≤ ${IMPORT_GOAL_MS} ms`,
        pass: median(imports) <= IMPORT_GOAL_MS,
      },
      { metric: 'of which parsing (csvPreview)', value: ms(median(previews)), goal: '' },
    ],
  );
}

main();
