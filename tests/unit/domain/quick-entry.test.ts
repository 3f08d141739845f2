import { describe, expect, it } from 'vitest';
import { quickEntryParse } from '../../../shared/domain/quick-entry';

describe('quick entry prefixes', () => {
  it.each([
    ['d: Evacuate hall 3', 'decision', 'Evacuate hall 3'],
    ['b: Hal 3 ontruimen', 'decision', 'Hal 3 ontruimen'],
    ['A:call the fire brigade', 'action', 'call the fire brigade'],
    ['c : statement on X', 'communication', 'statement on X'],
    ['v: NOS belt over slachtoffers', 'inquiry', 'NOS belt over slachtoffers'],
    ['inquiry: RTL asks for numbers', 'inquiry', 'RTL asks for numbers'],
    ['s: mayor informed', 'stakeholder', 'mayor informed'],
    ['w: rook boven hal 3', 'observation', 'rook boven hal 3'],
  ])('%s → %s', (input, kind, text) => {
    expect(quickEntryParse(input, 'observation')).toEqual({ kind, text, prefixed: true });
  });

  it('keeps the chosen kind and the whole text when there is no known prefix', () => {
    expect(quickEntryParse('Note: the gas main is closed', 'action')).toEqual({
      kind: 'action',
      text: 'Note: the gas main is closed',
      prefixed: false,
    });
    expect(quickEntryParse('10:45 water pressure dropped', 'observation').prefixed).toBe(false);
  });
});
