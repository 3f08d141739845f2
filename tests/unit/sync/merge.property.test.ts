/**
 * Convergence of the merge under hostile networks: random schedules of 3–5 replicas with skewed clocks
 * (±10 minutes), partitions, reordered, duplicated and dropped-then-resent deliveries. After healing,
 * every replica must show the identical state, hold every operation, and show a conflict exactly where
 * concurrent edits of one field left different values that nobody superseded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordConflicts, recordKey, recordMaterialize } from '../../../shared/sync/merge';
import type { Operation } from '../../../shared/sync/operation';
import { registerHeads, valueKey } from '../../../shared/sync/register';
import { Replica } from './simulation';

const FIELDS = ['title', 'phase', 'severity'] as const;
const TEN_MINUTES = 10 * 60 * 1000;

type Action =
  | { type: 'create'; replica: number }
  | { type: 'append'; replica: number }
  | { type: 'patch'; replica: number; record: number; field: number; value: number }
  | { type: 'deliver'; pick: number; duplicate: boolean }
  | { type: 'partition'; cut: number }
  | { type: 'heal' }
  | { type: 'tick'; ms: number };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ type: fc.constant('create' as const), replica: fc.nat(4) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('append' as const), replica: fc.nat(4) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('patch' as const),
      replica: fc.nat(4),
      record: fc.nat(50),
      field: fc.nat(FIELDS.length - 1),
      value: fc.nat(3),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      type: fc.constant('deliver' as const),
      pick: fc.nat(10_000),
      duplicate: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('partition' as const), cut: fc.nat(15) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('heal' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 120_000 }) }),
  },
);

const scheduleArb = fc.record({
  skews: fc.array(fc.integer({ min: -TEN_MINUTES, max: TEN_MINUTES }), { minLength: 3, maxLength: 5 }),
  actions: fc.array(actionArb, { minLength: 10, maxLength: 120 }),
  finalOrder: fc.nat(1_000_000),
});

interface Message {
  to: number;
  op: Operation;
}

type Schedule = typeof scheduleArb extends fc.Arbitrary<infer T> ? T : never;

function run({ skews, actions, finalOrder }: Schedule) {
  const replicas = skews.map((skew, i) => new Replica(`00000000-0000-7000-8000-ffff0000000${i}`, skew));
  const n = replicas.length;
  let wall = Date.UTC(2026, 10, 24, 8, 0);
  let group = (_i: number) => 0;
  const inFlight: Message[] = [];
  const dropped: Message[] = [];
  const all: Operation[] = [];
  const past = new Map<string, Set<string>>();

  function broadcast(from: number, op: Operation) {
    past.set(op.id, new Set([...replicas[from]!.known].filter((id) => id !== op.id)));
    all.push(op);
    for (let to = 0; to < n; to++) {
      if (to === from) continue;
      (group(from) === group(to) ? inFlight : dropped).push({ to, op });
    }
  }

  for (const action of actions) {
    switch (action.type) {
      case 'create': {
        const r = action.replica % n;
        broadcast(r, replicas[r]!.create('incidents', { title: 't', phase: 'detected', severity: 1 }, wall));
        break;
      }
      case 'append': {
        const r = action.replica % n;
        broadcast(r, replicas[r]!.create('timeline', { text: `entry by ${r} at ${wall}` }, wall));
        break;
      }
      case 'patch': {
        const r = action.replica % n;
        const keys = replicas[r]!.recordKeys().filter((k) => k.startsWith('incidents/'));
        if (keys.length === 0) break;
        const field = FIELDS[action.field]!;
        const op = replicas[r]!.patch(
          keys[action.record % keys.length]!,
          field,
          `${field}-${action.value}`,
          wall,
        );
        if (op) broadcast(r, op);
        break;
      }
      case 'deliver': {
        if (inFlight.length === 0) break;
        const index = action.pick % inFlight.length;
        const message = inFlight[index]!;
        if (!action.duplicate) inFlight.splice(index, 1);
        const from = replicas.findIndex((r) => r.device === message.op.device);
        // A message that meets a partition on its way is lost; it is resent when connectivity returns.
        if (group(from) !== group(message.to)) dropped.push(message);
        else replicas[message.to]!.receive(message.op, wall);
        break;
      }
      case 'partition': {
        const cut = action.cut;
        group = (i) => (cut >> i) & 1;
        break;
      }
      case 'heal':
        group = () => 0;
        inFlight.push(...dropped.splice(0));
        break;
      case 'tick':
        wall += action.ms;
        break;
    }
  }

  // Connectivity returns: everything in flight or dropped is (re)sent, in a shuffled order, twice.
  const final = [...inFlight, ...dropped, ...inFlight];
  for (let i = final.length - 1; i > 0; i--) {
    const j = (finalOrder * (i + 7)) % (i + 1);
    [final[i], final[j]] = [final[j]!, final[i]!];
  }
  for (const { to, op } of final) replicas[to]!.receive(op, wall);
  return { replicas, all, past };
}

describe('merge convergence (property)', () => {
  it('replicas converge to the identical state, lose nothing and show every concurrent edit as a conflict', () => {
    let conflictsSeen = 0;
    fc.assert(
      fc.property(scheduleArb, (schedule) => {
        const { replicas, all, past } = run(schedule);
        const digests = new Set(replicas.map((r) => r.digest()));
        expect(digests.size).toBe(1);

        for (const replica of replicas) {
          for (const op of all) expect(replica.known.has(op.id)).toBe(true);
          for (const op of all) {
            const state = replica.states.get(recordKey(op.table, op.recordId))!;
            if (op.kind === 'create') expect(state.created?.op).toBe(op.id);
            else
              for (const field of Object.keys(op.patch))
                expect(state.fields[field]!.some((w) => w.op === op.id)).toBe(true);
          }
        }

        // Ground truth: a write stays a head iff no other write of the field had it in its causal past.
        const reference = replicas[0]!;
        for (const state of reference.states.values()) {
          const conflicts = recordConflicts(state);
          for (const [field, writes] of Object.entries(state.fields)) {
            const oracleHeads = writes.filter(
              (w) => !writes.some((x) => x.op !== w.op && past.get(x.op)!.has(w.op)),
            );
            expect(registerHeads(writes).map((w) => w.op)).toEqual(oracleHeads.map((w) => w.op));
            // Last writer wins by (HLC, device): the value shown is the head with the greatest timestamp.
            const latest = oracleHeads.reduce((a, b) => (b.hlc > a.hlc ? b : a));
            expect(recordMaterialize(state)![field]).toEqual(latest.value);
            const distinct = new Set(oracleHeads.map((w) => valueKey(w.value))).size;
            const shown = conflicts.find((c) => c.field === field);
            expect(Boolean(shown)).toBe(distinct > 1);
            if (shown) conflictsSeen++;
          }
        }
      }),
      { numRuns: 1000 },
    );
    // The schedules must actually exercise conflicts, or the property above proves little.
    expect(conflictsSeen).toBeGreaterThan(50);
  });
});
