/**
 * Hybrid logical clock (Kulkarni et al., 2014). A timestamp is wall-clock milliseconds plus a counter plus
 * the device id, serialised so that plain string comparison gives the total order the merge relies on:
 * (physical time, counter, device). It stays close to real time, yet never runs backwards on a device and
 * always orders an event after every event its device had seen.
 */
export type Hlc = string;

export interface HlcState {
  /** Largest physical time (ms) seen or produced. */
  ms: number;
  counter: number;
  device: string;
}

/** A remote timestamp this far ahead of our wall clock is kept, but flagged as clock skew. */
export const HLC_MAX_DRIFT_MS = 5 * 60 * 1000;

const MS_WIDTH = 15;
const COUNTER_WIDTH = 6;
const COUNTER_MAX = 36 ** COUNTER_WIDTH - 1;

export function hlcInitial(device: string): HlcState {
  return { ms: 0, counter: 0, device };
}

export function hlcFormat(state: HlcState): Hlc {
  return `${state.ms.toString().padStart(MS_WIDTH, '0')}.${state.counter
    .toString(36)
    .padStart(COUNTER_WIDTH, '0')}.${state.device}`;
}

const HLC_PATTERN = /^(\d{15})\.([0-9a-z]{6})\.(.+)$/;

export function hlcParse(hlc: Hlc): HlcState | undefined {
  const match = HLC_PATTERN.exec(hlc);
  if (!match) return undefined;
  const [, ms, counter, device] = match as unknown as [string, string, string, string];
  return { ms: Number(ms), counter: parseInt(counter, 36), device };
}

export function hlcIsValid(hlc: string): boolean {
  return hlcParse(hlc) !== undefined;
}

function bump(counter: number): number {
  if (counter >= COUNTER_MAX) throw new Error('HLC counter overflow');
  return counter + 1;
}

/** Advances the clock for a local event and returns the new state (the timestamp is `hlcFormat(state)`). */
export function hlcTick(state: HlcState, wallMs: number): HlcState {
  if (wallMs > state.ms) return { ms: wallMs, counter: 0, device: state.device };
  return { ms: state.ms, counter: bump(state.counter), device: state.device };
}

export interface HlcReceipt {
  state: HlcState;
  /** The remote timestamp was further ahead of our wall clock than HLC_MAX_DRIFT_MS. */
  skewed: boolean;
}

/**
 * Merges a remote timestamp into the local clock, so that the next local event orders after it.
 * A skewed remote time is still adopted: refusing it would let a later local edit lose to an edit it
 * had already seen. The caller keeps the operation and flags it.
 */
export function hlcReceive(state: HlcState, remote: Hlc, wallMs: number): HlcReceipt {
  const parsed = hlcParse(remote);
  if (!parsed) return { state, skewed: false };
  const skewed = parsed.ms - wallMs > HLC_MAX_DRIFT_MS;
  const ms = Math.max(state.ms, parsed.ms, wallMs);
  let counter: number;
  if (ms === state.ms && ms === parsed.ms) counter = bump(Math.max(state.counter, parsed.counter));
  else if (ms === state.ms) counter = bump(state.counter);
  else if (ms === parsed.ms) counter = bump(parsed.counter);
  else counter = 0;
  return { state: { ms, counter, device: state.device }, skewed };
}

export function hlcCompare(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
