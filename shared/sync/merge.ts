/**
 * The merge: how one record's operations, from any device in any order, become one state. A record is its
 * create operation plus, per editable field, a multi-value register of patches (register.ts). Append-only
 * records (timeline entries, draft versions) are creates only, so they simply union. Deletes are patches
 * of a `deleted` field: tombstones that merge like any other field. Applying an operation twice, or
 * operations in any order, gives the same state.
 */
import type { Hlc } from './hlc';
import type { Operation, SyncedTable } from './operation';
import { registerAdd, registerConflict, registerHeads, registerWinner, type FieldWrite } from './register';

export interface RecordCreate {
  op: string;
  hlc: Hlc;
  values: Record<string, unknown>;
}

export interface RecordState {
  table: SyncedTable;
  id: string;
  /** Null while only patches have arrived (a patch can overtake its create on the way). */
  created: RecordCreate | null;
  fields: Record<string, readonly FieldWrite[]>;
}

export interface FieldConflict {
  table: SyncedTable;
  recordId: string;
  field: string;
  /** The disagreeing values, oldest first; the last one is the value shown. */
  heads: FieldWrite[];
}

/** Never patched: the identity of a record, and names that could reach an object's prototype. */
const FROZEN_FIELDS = new Set(['id', '__proto__', 'constructor', 'prototype']);

export function recordKey(table: SyncedTable, id: string): string {
  return `${table}/${id}`;
}

export function recordStateEmpty(table: SyncedTable, id: string): RecordState {
  return { table, id, created: null, fields: {} };
}

/** Returns the same object when the operation changes nothing (already applied). */
export function recordApply(state: RecordState, op: Operation): RecordState {
  if (op.kind === 'create') {
    const current = state.created;
    // Two creates of one record only happen when the same record is imported twice; the later one wins.
    if (
      current &&
      (current.op === op.id || current.hlc > op.hlc || (current.hlc === op.hlc && current.op > op.id))
    ) {
      return state;
    }
    const values = Object.fromEntries(
      Object.entries(op.patch).filter(([k]) => !FROZEN_FIELDS.has(k) || k === 'id'),
    );
    return { ...state, created: { op: op.id, hlc: op.hlc, values: { ...values, id: state.id } } };
  }
  let fields = state.fields;
  for (const [field, value] of Object.entries(op.patch)) {
    if (FROZEN_FIELDS.has(field)) continue;
    const write: FieldWrite = {
      op: op.id,
      hlc: op.hlc,
      value,
      supersedes: op.seen?.[field] ?? [],
      author: op.author,
      device: op.device,
    };
    const writes = fields[field] ?? [];
    const next = registerAdd(writes, write);
    if (next !== writes) fields = { ...fields, [field]: next };
  }
  return fields === state.fields ? state : { ...state, fields };
}

/** The record as the app shows it, or null while its create has not arrived. */
export function recordMaterialize(state: RecordState): Record<string, unknown> | null {
  if (!state.created) return null;
  const record: Record<string, unknown> = { ...state.created.values };
  for (const [field, writes] of Object.entries(state.fields)) {
    const winner = registerWinner(writes);
    if (winner) record[field] = winner.value;
  }
  return record;
}

export function recordConflicts(state: RecordState): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  for (const field of Object.keys(state.fields).sort()) {
    const heads = registerConflict(state.fields[field]!);
    if (heads) conflicts.push({ table: state.table, recordId: state.id, field, heads });
  }
  return conflicts;
}

/** What a local edit of `field` saw: the ids of its current heads, which the edit will supersede. */
export function fieldSeen(writes: readonly FieldWrite[] | undefined): string[] {
  return writes ? registerHeads(writes).map((w) => w.op) : [];
}
