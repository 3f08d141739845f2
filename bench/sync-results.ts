/** The sync figures as table rows, against the goals of issue 5 (docs/benchmarks.md, "Sync"). */
import type { ApplyFigures } from './sync-api';
import type { ReconnectFigures } from './sync-clients';
import type { IngestFigures } from './sync-ingest';
import { max, median, ms, quantile, type Row } from './report';

export interface SyncFigures {
  reconnect: ReconnectFigures;
  live: number[];
  /** One per round. */
  apply: ApplyFigures[];
  ingest: IngestFigures[];
}

const rate = (value: number) => `${Math.round(value).toLocaleString('en-US')} ops/s`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;

function ingestRows(f: IngestFigures): Row[] {
  const label = f.devices === 1 ? '1 device, one batch after another' : `${f.devices} devices at once`;
  return [
    {
      metric: `hub ingest, ${label} (${f.operations.toLocaleString('en-US')} ops)`,
      value: rate(f.operationsPerSecond),
      goal: '≥ 5,000 ops/s',
      pass: f.operationsPerSecond >= 5000,
    },
    {
      metric: `  push of 1,000 ops (median / max)`,
      value: `${ms(median(f.requestMs))} / ${ms(max(f.requestMs))}`,
      goal: '',
    },
  ];
}

export function syncRows(f: SyncFigures): Row[] {
  const r = f.reconnect;
  const all = max(r.convergedMs);
  const applyRate = median(f.apply.map((a) => a.operationsPerSecond));
  const p95 = quantile(f.live, 0.95);
  const perClient = (r.operations / r.clients).toLocaleString('en-US');
  return [
    {
      metric: `${r.clients} clients × ${perClient} offline ops reconnect → all converged`,
      value: seconds(all),
      goal: '≤ 10 s',
      pass: all <= 10_000,
    },
    {
      metric: '  first client converged / median',
      value: `${seconds(Math.min(...r.convergedMs))} / ${seconds(median(r.convergedMs))}`,
      goal: '',
    },
    {
      metric: '  every client had pushed all of its own (median / max)',
      value: `${seconds(median(r.pushedMs))} / ${seconds(max(r.pushedMs))}`,
      goal: '',
    },
    {
      metric: `  identical state on every client (${r.timeline.toLocaleString('en-US')} entries)`,
      value: r.identical ? 'yes' : 'NO',
      goal: 'yes',
      pass: r.identical,
    },
    {
      metric: '  writing the offline ops (entriesLog, per client, median)',
      value: seconds(median(r.writeMs)),
      goal: '',
    },
    ...f.ingest.flatMap(ingestRows),
    {
      metric: `remote apply in the browser (operationsApply, median of ${f.apply.length})`,
      value: rate(applyRate),
      goal: '≥ 5,000 ops/s',
      pass: applyRate >= 5000,
    },
    {
      metric: '  raw writes of the same records + history, no reads (median)',
      value: rate(median(f.apply.map((a) => a.writesOnlyPerSecond))),
      goal: '',
    },
    {
      metric: `live propagation A → B (p95 of ${f.live.length})`,
      value: ms(p95),
      goal: '≤ 1,000 ms',
      pass: p95 <= 1000,
    },
    {
      metric: '  live propagation (median / max)',
      value: `${ms(median(f.live))} / ${ms(max(f.live))}`,
      goal: '',
    },
  ];
}
