/**
 * The report's charts as inline SVG: no script, no external resource, printable in any browser. Each
 * has a title and a description that state its values, and draws its values as text next to the bars,
 * so nothing is only in the picture.
 */
import type { DurationChart, PhaseChart } from './report-document';
import { htmlEscape } from './html-escape';

const WIDTH = 720;
const FONT = 'font-size="11" fill="#1f2328"';
const LABEL_MAX = 42;

const colours = ['#2f6fb5', '#d08a1f', '#b23b3b', '#3f8f5a', '#6b6b6b'];

/**
 * SVG text cannot wrap: a long label is shortened in the middle, keeping its end ("… v2"), which tells
 * similar labels apart (the description has it in full).
 */
function shortened(label: string): string {
  if (label.length <= LABEL_MAX) return label;
  const tail = 12;
  return `${label.slice(0, LABEL_MAX - tail - 1)}…${label.slice(-tail)}`;
}

function svgOpen(id: string, height: number, title: string, description: string): string {
  return (
    `<svg role="img" viewBox="0 0 ${WIDTH} ${height}" ` +
    `width="100%" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">${htmlEscape(title)}</title><desc id="${id}-d">${htmlEscape(description)}</desc>`
  );
}

/** One row per phase: its bar across the incident's span, the times written under it. */
export function phaseChartSvg(chart: PhaseChart, id: string): string {
  const left = 120;
  const span = WIDTH - left - 10;
  const row = 36;
  const height = chart.bars.length * row + 30;
  const parts = [svgOpen(id, height, chart.title, chart.description)];
  chart.bars.forEach((bar, i) => {
    const y = i * row + 4;
    const x = left + bar.from * span;
    const w = Math.max(2, (bar.to - bar.from) * span);
    const colour = colours[i % colours.length]!;
    parts.push(
      `<text x="0" y="${y + 11}" ${FONT} font-weight="bold">${htmlEscape(shortened(bar.label))}</text>`,
      `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="14" fill="${colour}"` +
        `${bar.open ? ' fill-opacity="0.6"' : ''}/>`,
      `<text x="${left}" y="${y + 27}" font-size="10" fill="#444">${htmlEscape(bar.valueText)}</text>`,
    );
  });
  const axis = chart.bars.length * row + 8;
  parts.push(
    `<line x1="${left}" y1="${axis}" x2="${WIDTH - 10}" y2="${axis}" stroke="#888"/>`,
    `<text x="${left}" y="${axis + 16}" font-size="10" fill="#444">${htmlEscape(chart.startLabel)}</text>`,
    `<text x="${WIDTH - 10}" y="${axis + 16}" font-size="10" fill="#444" text-anchor="end">` +
      `${htmlEscape(chart.endLabel)}</text>`,
    '</svg>',
  );
  return parts.join('');
}

/** One bar per duration on a common scale, its value written after it. */
export function durationChartSvg(chart: DurationChart, id: string): string {
  const left = 270;
  const span = WIDTH - left - 150;
  const row = 22;
  const height = chart.bars.length * row + 8;
  const longest = Math.max(1, ...chart.bars.map((b) => b.ms ?? 0));
  const parts = [svgOpen(id, height, chart.title, chart.description)];
  chart.bars.forEach((bar, i) => {
    const y = i * row + 4;
    const w = bar.ms === null ? 0 : Math.max(2, (Math.max(0, bar.ms) / longest) * span);
    parts.push(`<text x="0" y="${y + 11}" ${FONT}>${htmlEscape(shortened(bar.label))}</text>`);
    if (bar.ms !== null)
      parts.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="14" fill="${colours[0]}"/>`);
    const style = bar.ms === null ? 'fill="#b23b3b" font-style="italic"' : 'fill="#1f2328"';
    parts.push(
      `<text x="${(left + w + 6).toFixed(1)}" y="${y + 11}" font-size="11" ${style}>` +
        `${htmlEscape(bar.valueText)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
