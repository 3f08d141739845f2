/**
 * The scribe's quick entry: type, press Enter. A short prefix picks the kind ("d: we evacuate" is a
 * decision), in English or Dutch, so the hands stay on the keyboard.
 */
import type { EntryKind } from './timeline-entry';

type ManualKind = Exclude<EntryKind, 'system'>;

/** Prefixes per kind, English first, then Dutch. Single letters never collide across the two languages. */
export const quickEntryPrefixes: Record<ManualKind, readonly string[]> = {
  observation: ['o', 'obs', 'observation', 'w', 'waarneming'],
  decision: ['d', 'decision', 'b', 'besluit'],
  action: ['a', 'action', 'actie'],
  communication: ['c', 'comm', 'communication', 'communicatie'],
  inquiry: ['i', 'inquiry', 'v', 'vraag'],
  stakeholder: ['s', 'stakeholder'],
};

/** Alt+digit picks a kind in the quick entry, in this order. */
export const quickEntryKindKeys: readonly ManualKind[] = [
  'observation',
  'decision',
  'action',
  'communication',
  'inquiry',
  'stakeholder',
];

const prefixToKind = new Map<string, ManualKind>(
  Object.entries(quickEntryPrefixes).flatMap(([kind, prefixes]) =>
    prefixes.map((p) => [p, kind as ManualKind] as const),
  ),
);

const PREFIX = /^\s*([\p{L}]+)\s*:\s*/u;

export interface QuickEntry {
  kind: ManualKind;
  text: string;
  /** The text started with a recognised prefix. */
  prefixed: boolean;
}

export function quickEntryParse(input: string, currentKind: ManualKind): QuickEntry {
  const match = PREFIX.exec(input);
  const kind = match ? prefixToKind.get(match[1]!.toLowerCase()) : undefined;
  if (!match || !kind) return { kind: currentKind, text: input, prefixed: false };
  return { kind, text: input.slice(match[0].length), prefixed: true };
}
