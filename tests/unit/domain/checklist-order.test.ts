/**
 * Fractional order of checklist items and templates: keys land where asked, ties from concurrent inserts
 * break the same way on every replica, and two replicas merging by last writer per item agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byOrder, orderAt, orderBetween, orderForMove, orderKeys } from '../../../shared/domain/checklist';

describe('fractional order', () => {
  const keyed = (orders: string[]) => orders.map((order, i) => ({ id: `id-${i}`, order }));

  it('sorts by key, then by id when two keys are equal, whatever the input order', () => {
    const list = [
      { id: 'b', order: 'a1' },
      { id: 'c', order: 'a0' },
      { id: 'a', order: 'a1' },
    ];
    expect([...list].sort(byOrder).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(
      [...list]
        .reverse()
        .sort(byOrder)
        .map((i) => i.id),
    ).toEqual(['c', 'a', 'b']);
  });

  it('makes a key strictly between two neighbours, or before the first, or after the last', () => {
    const [a, b] = orderKeys(2) as [string, string];
    const mid = orderBetween(a, b);
    expect(a < mid && mid < b).toBe(true);
    expect(orderBetween(null, a) < a).toBe(true);
    expect(orderBetween(b, null) > b).toBe(true);
    // A tie has no key strictly inside it: the new key goes after both.
    expect(orderBetween(a, a) > a).toBe(true);
  });

  it('moves an item to exactly the asked position among distinct keys', () => {
    const list = keyed(orderKeys(5));
    for (let from = 0; from < list.length; from++) {
      for (let to = 0; to < list.length; to++) {
        const moved = list.map((it, i) => (i === from ? { ...it, order: orderForMove(list, from, to) } : it));
        const expected = list.filter((_, i) => i !== from);
        expected.splice(to, 0, list[from]!);
        expect(moved.sort(byOrder).map((i) => i.id)).toEqual(expected.map((i) => i.id));
      }
    }
  });

  it('moving into a tie lands right after the tied items, not past the next key', () => {
    const list = [
      { id: 'x', order: 'a0' },
      { id: 'a', order: 'a1' },
      { id: 'b', order: 'a1' },
      { id: 'd', order: 'a2' },
    ];
    const order = orderForMove(list, 0, 1);
    const moved = list.map((it) => (it.id === 'x' ? { ...it, order } : it)).sort(byOrder);
    expect(moved.map((i) => i.id)).toEqual(['a', 'b', 'x', 'd']);
  });
});

/**
 * Two replicas of one checklist insert and move items offline and merge by last-writer-wins of `order`
 * per item (what the field register shows). Every local step must place the item where it was asked
 * (as closely as a tie allows), and after merging both show the same order and every item.
 */
describe('order under concurrent edits', () => {
  interface Placed {
    id: string;
    order: string;
    stamp: number;
    replica: number;
  }
  interface Replica {
    clock: number;
    items: Map<string, Placed>;
  }
  type Action =
    | { type: 'insert'; replica: number; at: number }
    | { type: 'move'; replica: number; pick: number; to: number }
    | { type: 'sync' };

  const actionArb: fc.Arbitrary<Action> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ type: fc.constant('insert' as const), replica: fc.nat(1), at: fc.nat(5) }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        type: fc.constant('move' as const),
        replica: fc.nat(1),
        pick: fc.nat(50),
        to: fc.nat(5),
      }),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('sync' as const) }) },
  );

  const sorted = (r: Replica) => [...r.items.values()].sort(byOrder);

  /** Items before the spot stay before, items with a greater key than the one before the spot stay after. */
  function expectPlaced(rest: readonly Placed[], to: number, placed: Placed, after: readonly Placed[]) {
    const index = (id: string) => after.findIndex((i) => i.id === id);
    const at = index(placed.id);
    const before = rest[to - 1]?.order ?? null;
    rest.forEach((other, i) => {
      if (i < to) expect(index(other.id)).toBeLessThan(at);
      else if (before === null || other.order > before) expect(index(other.id)).toBeGreaterThan(at);
    });
  }

  function merge(a: Replica, b: Replica): void {
    for (const id of new Set([...a.items.keys(), ...b.items.keys()])) {
      const p = a.items.get(id);
      const q = b.items.get(id);
      const won = !p
        ? q!
        : !q
          ? p
          : p.stamp > q.stamp || (p.stamp === q.stamp && p.replica > q.replica)
            ? p
            : q;
      a.items.set(id, won);
      b.items.set(id, won);
    }
    a.clock = b.clock = Math.max(a.clock, b.clock);
  }

  it('both replicas end in the same order, with every item, each step placed where asked', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { minLength: 1, maxLength: 60 }), (actions) => {
        const start = orderKeys(3).map((order, i): Placed => ({
          id: `start-${i}`,
          order,
          stamp: 0,
          replica: 0,
        }));
        const replicas: Replica[] = [0, 1].map(() => ({
          clock: 0,
          items: new Map(start.map((p) => [p.id, p])),
        }));
        const created = new Set(start.map((p) => p.id));
        let next = 0;
        for (const action of actions) {
          if (action.type === 'sync') {
            merge(replicas[0]!, replicas[1]!);
            continue;
          }
          const r = replicas[action.replica]!;
          const list = sorted(r);
          if (action.type === 'insert') {
            const to = action.at % (list.length + 1);
            const placed = {
              id: `r${action.replica}-${next++}`,
              order: orderAt(list, to),
              stamp: ++r.clock,
              replica: action.replica,
            };
            r.items.set(placed.id, placed);
            created.add(placed.id);
            expectPlaced(list, to, placed, sorted(r));
          } else {
            const from = action.pick % list.length;
            const to = action.to % list.length;
            const placed = {
              ...list[from]!,
              order: orderForMove(list, from, to),
              stamp: ++r.clock,
              replica: action.replica,
            };
            r.items.set(placed.id, placed);
            expectPlaced(
              list.filter((_, i) => i !== from),
              to,
              placed,
              sorted(r),
            );
          }
        }
        merge(replicas[0]!, replicas[1]!);
        const [a, b] = replicas.map((r) => sorted(r).map((p) => p.id));
        expect(a).toEqual(b);
        expect(new Set(a)).toEqual(created);
        expect(a).toHaveLength(created.size);
      }),
      { numRuns: 300 },
    );
  });

  it('two replicas inserting at the same spot tie, and both show the tie in the same order', () => {
    const [first, last] = orderKeys(2) as [string, string];
    const list = [
      { id: 'first', order: first },
      { id: 'last', order: last },
    ];
    const mine = { id: 'm', order: orderAt(list, 1) };
    const theirs = { id: 't', order: orderAt(list, 1) };
    expect(mine.order).toBe(theirs.order);
    const a = [...list, mine, theirs].sort(byOrder).map((i) => i.id);
    const b = [theirs, ...list, mine].sort(byOrder).map((i) => i.id);
    expect(a).toEqual(['first', 'm', 't', 'last']);
    expect(b).toEqual(a);
    // Inserting between the tied two lands after both, still before `last`.
    const tied = [...list, mine, theirs].sort(byOrder);
    const between = orderAt(tied, 2);
    expect(between > mine.order && between < last).toBe(true);
  });
});
