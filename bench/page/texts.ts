/**
 * Realistic timeline entries for the benchmark: varied crisis-room sentences of 40–300 characters, six
 * kinds, spread over three days. Deterministic: entry `i` is the same in every run.
 */
import type { EntryInput } from '../../shared/domain/timeline-rules';

/** Occurs in one entry in 10,000: a needle for the search benchmark. */
export const RARE_TERM = 'zwanenburg';
/** A word of the vocabulary that occurs in a large share of the entries. */
export const COMMON_TERM = 'press';

const kinds: EntryInput['kind'][] = [
  'observation',
  'observation',
  'observation',
  'action',
  'action',
  'communication',
  'communication',
  'decision',
  'inquiry',
  'stakeholder',
];

const actors = [
  'Fire brigade',
  'Site security',
  'The press officer',
  'Police liaison',
  'Our spokesperson',
  'The mayor’s office',
  'Regional safety board',
  'HR',
  'Legal',
  'The night shift lead',
  'A local reporter',
  'The insurer',
  'Facility management',
];
const verbs = [
  'reports',
  'confirms',
  'asks about',
  'is checking',
  'has escalated',
  'wants an update on',
  'denies rumours of',
  'sends photos of',
  'will brief the press on',
  'requests a statement on',
];
const subjects = [
  'smoke above hall 3',
  'the evacuation of halls 3 and 4',
  'two injured employees',
  'road closures on the A4',
  'the chemical storage in block B',
  'the holding statement',
  'the press conference at 14:00',
  'families waiting at the gate',
  'the power outage in the east wing',
  'asbestos in the roof panels',
  'the number of people unaccounted for',
  'traffic jams around the site',
  'social media videos of the fire',
  'air quality measurements downwind',
];
const tails = [
  'Next update in 30 minutes.',
  'Source: control room.',
  'Not yet confirmed by a second source.',
  'Press are gathering at the main entrance.',
  'Spokesperson to call back before noon.',
  'Logged for the evaluation.',
  'Wind is turning north-east.',
  'Decision needed from the crisis lead.',
  'See photo in the shared drive.',
  'Journalists from NOS and RTL on site.',
  '#evacuation',
  '#press',
  '#stakeholders',
];

/** A small fast PRNG (mulberry32), seeded per entry so any entry can be made on its own. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

function sentence(next: () => number): string {
  return `${pick(next, actors)} ${pick(next, verbs)} ${pick(next, subjects)}.`;
}

/** Entry `index` of `total`; times run from three days ago to a minute ago, oldest first. */
export function entryInput(index: number, total: number, nowMs: number): EntryInput {
  const next = random(index * 2654435761);
  const target = 40 + Math.floor(next() * next() * 261);
  let text = sentence(next);
  while (text.length < target) text += ` ${next() < 0.6 ? sentence(next) : pick(next, tails)}`;
  if (text.length > 300) text = text.slice(0, 300).trimEnd();
  if (index % 10_000 === 4321) text = `Call from the ${RARE_TERM} community centre: ${text}`.slice(0, 300);
  const span = 3 * 24 * 3600 * 1000;
  const start = nowMs - span - 60_000;
  const occurredMs = start + Math.floor((index / total) * span + next() * 20_000);
  return { kind: pick(next, kinds), text, occurredAt: new Date(occurredMs).toISOString() };
}

export function entryInputs(from: number, count: number, total: number, nowMs: number): EntryInput[] {
  return Array.from({ length: count }, (_, i) => entryInput(from + i, total, nowMs));
}
