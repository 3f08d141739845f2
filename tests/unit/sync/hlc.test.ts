import { describe, expect, it } from 'vitest';
import {
  HLC_MAX_DRIFT_MS,
  hlcCompare,
  hlcFormat,
  hlcInitial,
  hlcParse,
  hlcReceive,
  hlcTick,
} from '../../../shared/sync/hlc';

const A = '0190f5e2-0000-7000-8000-00000000000a';
const B = '0190f5e2-0000-7000-8000-00000000000b';

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    const state = hlcTick(hlcInitial(A), 1_000);
    expect(state).toEqual({ ms: 1_000, counter: 0, device: A });
    expect(hlcTick(state, 2_000)).toEqual({ ms: 2_000, counter: 0, device: A });
  });

  it('never runs backwards when the wall clock does', () => {
    let state = hlcTick(hlcInitial(A), 5_000);
    const stamps = [hlcFormat(state)];
    for (const wall of [4_000, 4_500, 5_000, 3_000]) {
      state = hlcTick(state, wall);
      stamps.push(hlcFormat(state));
    }
    expect([...stamps].sort(hlcCompare)).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('orders a local event after a received remote one, even from a clock ahead of ours', () => {
    const local = hlcTick(hlcInitial(A), 1_000);
    const remote = hlcFormat(hlcTick(hlcInitial(B), 60_000));
    const { state, skewed } = hlcReceive(local, remote, 1_000);
    expect(skewed).toBe(false);
    const next = hlcFormat(hlcTick(state, 1_001));
    expect(hlcCompare(next, remote)).toBe(1);
  });

  it('keeps but flags a timestamp far in the future', () => {
    const remote = hlcFormat({ ms: 10_000 + HLC_MAX_DRIFT_MS + 1, counter: 0, device: B });
    const receipt = hlcReceive(hlcInitial(A), remote, 10_000);
    expect(receipt.skewed).toBe(true);
    expect(receipt.state.ms).toBe(10_000 + HLC_MAX_DRIFT_MS + 1);
  });

  it('round-trips through its string form, which sorts like (time, counter, device)', () => {
    const state = { ms: 1_732_450_000_000, counter: 37, device: A };
    expect(hlcParse(hlcFormat(state))).toEqual(state);
    expect(hlcParse('garbage')).toBeUndefined();
    const sorted = [
      { ms: 2, counter: 0, device: A },
      { ms: 1, counter: 5, device: B },
      { ms: 1, counter: 5, device: A },
      { ms: 1, counter: 40, device: A },
    ]
      .map(hlcFormat)
      .sort(hlcCompare)
      .map((h) => hlcParse(h));
    expect(sorted).toEqual([
      { ms: 1, counter: 5, device: A },
      { ms: 1, counter: 5, device: B },
      { ms: 1, counter: 40, device: A },
      { ms: 2, counter: 0, device: A },
    ]);
  });
});
