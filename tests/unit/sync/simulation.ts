/**
 * A network of replicas for property tests of the merge: each replica has its own skewed clock, edits
 * from what it has seen, and receives other replicas' operations through a lossy, duplicating,
 * reordering network that can be partitioned. Records the causal past of every operation as ground truth.
 */
import { createHash } from 'node:crypto';
import { hlcFormat, hlcInitial, hlcReceive, hlcTick, type HlcState } from '../../../shared/sync/hlc';
import {
  fieldSeen,
  recordApply,
  recordConflicts,
  recordKey,
  recordMaterialize,
  recordStateEmpty,
  type RecordState,
} from '../../../shared/sync/merge';
import type { Operation, SyncedTable } from '../../../shared/sync/operation';
import { valueKey } from '../../../shared/sync/register';

let idCounter = 0;
/** Unique, well-formed ids (UUID layout) without randomness, so a failing schedule replays exactly. */
export function idNext(): string {
  idCounter += 1;
  return `00000000-0000-7000-8000-${idCounter.toString(16).padStart(12, '0')}`;
}

export class Replica {
  clock: HlcState;
  readonly states = new Map<string, RecordState>();
  readonly known = new Set<string>();

  constructor(
    readonly device: string,
    readonly skewMs: number,
  ) {
    this.clock = hlcInitial(device);
  }

  receive(op: Operation, wallMs: number): void {
    this.clock = hlcReceive(this.clock, op.hlc, wallMs + this.skewMs).state;
    const key = recordKey(op.table, op.recordId);
    const state = this.states.get(key) ?? recordStateEmpty(op.table, op.recordId);
    this.states.set(key, recordApply(state, op));
    this.known.add(op.id);
  }

  private stamp(wallMs: number): string {
    this.clock = hlcTick(this.clock, wallMs + this.skewMs);
    return hlcFormat(this.clock);
  }

  create(table: SyncedTable, values: Record<string, unknown>, wallMs: number): Operation {
    const recordId = idNext();
    return this.local(
      {
        id: idNext(),
        table,
        recordId,
        kind: 'create',
        patch: { ...values, id: recordId },
        hlc: this.stamp(wallMs),
        author: this.device,
        device: this.device,
      },
      wallMs,
    );
  }

  patch(key: string, field: string, value: unknown, wallMs: number): Operation | null {
    const state = this.states.get(key);
    if (!state?.created) return null;
    return this.local(
      {
        id: idNext(),
        table: state.table,
        recordId: state.id,
        kind: 'patch',
        patch: { [field]: value },
        seen: { [field]: fieldSeen(state.fields[field]) },
        hlc: this.stamp(wallMs),
        author: this.device,
        device: this.device,
      },
      wallMs,
    );
  }

  private local(op: Operation, wallMs: number): Operation {
    this.receive(op, wallMs - this.skewMs);
    return op;
  }

  /** Records with creates, in a stable order, for picking one by index. */
  recordKeys(): string[] {
    return [...this.states.entries()]
      .filter(([, s]) => s.created)
      .map(([k]) => k)
      .sort();
  }

  /** Everything the team would see: materialised records and open conflicts. */
  digest(): string {
    const view = [...this.states.keys()].sort().map((key) => {
      const state = this.states.get(key)!;
      return { key, record: recordMaterialize(state), conflicts: recordConflicts(state) };
    });
    return createHash('sha256').update(valueKey(view)).digest('hex');
  }
}
