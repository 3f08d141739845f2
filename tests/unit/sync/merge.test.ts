import { describe, expect, it } from 'vitest';
import {
  fieldSeen,
  recordApply,
  recordConflicts,
  recordMaterialize,
  recordStateEmpty,
  type RecordState,
} from '../../../shared/sync/merge';
import type { Operation } from '../../../shared/sync/operation';

const RECORD = '00000000-0000-7000-8000-00000000a001';
const A = '00000000-0000-7000-8000-0000000000da';
const B = '00000000-0000-7000-8000-0000000000db';
const hlc = (ms: number, device: string) => `${ms.toString().padStart(15, '0')}.000000.${device}`;
let n = 0;
const opId = () => `00000000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`;

const create = (): Operation => ({
  id: opId(),
  table: 'incidents',
  recordId: RECORD,
  kind: 'create',
  patch: { id: RECORD, title: 'Fire', phase: 'detected' },
  hlc: hlc(1, A),
  author: A,
  device: A,
});
const patch = (
  field: string,
  value: unknown,
  ms: number,
  device: string,
  seen: string[] = [],
): Operation => ({
  id: opId(),
  table: 'incidents',
  recordId: RECORD,
  kind: 'patch',
  patch: { [field]: value },
  seen: { [field]: seen },
  hlc: hlc(ms, device),
  author: device,
  device,
});
const apply = (ops: Operation[], state: RecordState = recordStateEmpty('incidents', RECORD)) =>
  ops.reduce(recordApply, state);

describe('merging one record', () => {
  it('a patch that overtakes its create is kept and shows once the create arrives', () => {
    const c = create();
    const p = patch('phase', 'assessing', 5, B);
    const early = apply([p]);
    expect(recordMaterialize(early)).toBeNull();
    expect(recordMaterialize(apply([c], early))).toEqual({ id: RECORD, title: 'Fire', phase: 'assessing' });
  });

  it('applying an operation twice changes nothing', () => {
    const c = create();
    const p = patch('title', 'Big fire', 5, B);
    const once = apply([c, p]);
    expect(recordApply(once, p)).toBe(once);
    expect(recordApply(once, c)).toBe(once);
  });

  it('concurrent edits of one field are a conflict; an edit that saw both resolves it', () => {
    const c = create();
    const pa = patch('phase', 'assessing', 5, A);
    const pb = patch('phase', 'responding', 6, B);
    const state = apply([c, pa, pb]);
    expect(recordMaterialize(state)!.phase).toBe('responding');
    const [conflict] = recordConflicts(state);
    expect(conflict!.field).toBe('phase');
    expect(conflict!.heads.map((h) => h.value)).toEqual(['assessing', 'responding']);
    const resolution = patch('phase', 'assessing', 7, A, fieldSeen(state.fields.phase));
    const resolved = recordApply(state, resolution);
    expect(recordConflicts(resolved)).toEqual([]);
    expect(recordMaterialize(resolved)!.phase).toBe('assessing');
  });

  it('a sequential edit that saw the previous value is no conflict, and concurrent equal values are none either', () => {
    const c = create();
    const first = patch('phase', 'assessing', 5, A);
    const second = patch('phase', 'responding', 6, B, [first.id]);
    expect(recordConflicts(apply([c, second, first]))).toEqual([]);
    const same1 = patch('title', 'Fire hall 3', 8, A);
    const same2 = patch('title', 'Fire hall 3', 9, B);
    expect(recordConflicts(apply([c, same1, same2]))).toEqual([]);
  });

  it('a delete is a tombstone field that merges like any other', () => {
    const state = apply([create(), patch('deleted', true, 5, B)]);
    expect(recordMaterialize(state)).toMatchObject({ deleted: true, title: 'Fire' });
  });

  it('never lets a patch change the id or reach an object prototype', () => {
    const evil = patch('id', 'other', 5, B);
    const proto = {
      ...patch('x', 1, 6, B),
      patch: JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>,
    };
    const state = apply([create(), evil, proto]);
    expect(recordMaterialize(state)!.id).toBe(RECORD);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(state.fields)).toEqual([]);
  });
});
