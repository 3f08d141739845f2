/** Figures to text: summary statistics, the results table and the machine it ran on. */
import { cpus, release, totalmem, type } from 'node:os';

export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);
export const max = (samples: readonly number[]) => Math.max(...samples);

export interface Row {
  metric: string;
  value: string;
  goal: string;
  /** Undefined for figures that have no goal (context, diagnosis). */
  pass?: boolean;
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const perSecond = (value: number) => `${Math.round(value).toLocaleString('en-US')} rows/s`;

export function rowsPrint(title: string, rows: readonly Row[]): void {
  const widths = [
    Math.max(6, ...rows.map((r) => r.metric.length)),
    Math.max(5, ...rows.map((r) => r.value.length)),
    Math.max(4, ...rows.map((r) => r.goal.length)),
  ];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${title}`);
  console.log(line(['metric', 'value', 'goal', 'result']));
  console.log(line(widths.map((w) => '-'.repeat(w)).concat('------')));
  for (const r of rows) {
    const mark = r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL';
    console.log(line([r.metric, r.value, r.goal, mark]));
  }
}

export function machineDescribe(chromium: string): string[] {
  const cpu = cpus();
  return [
    `CPU:      ${cpu[0]?.model ?? 'unknown'} × ${cpu.length} cores`,
    `Memory:   ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `OS:       ${type()} ${release()}`,
    `Node:     ${process.version}`,
    `Chromium: ${chromium}`,
  ];
}
