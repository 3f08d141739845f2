/** Stakeholders and instants shared by the domain tests of the directory and the who-to-inform board. */
import { expect } from 'vitest';
import type { IncidentId, StakeholderId } from '../../../shared/domain/ids';
import type { Stakeholder, StakeholderDraft } from '../../../shared/domain/stakeholder';

export const INCIDENT = '0190f5e2-0000-7000-8000-000000000001' as IncidentId;
export const OTHER_INCIDENT = '0190f5e2-0000-7000-8000-000000000002' as IncidentId;
export const MEMBER = '0190f5e2-0000-7000-8000-0000000000aa';
export const T0 = '2026-11-24T08:00:00.000Z';
export const T1 = '2026-11-24T08:05:00.000Z';
export const T2 = '2026-11-24T08:09:00.000Z';

export const draft: StakeholderDraft = {
  kind: 'person',
  name: 'Anna de Vries',
  organisation: 'Gemeente Zaanstad',
  group: 'authorities',
  priority: 1,
  contacts: [],
  languages: [],
  notes: '',
};

let n = 0;
/** A stored stakeholder with a fresh id. */
export function stakeholder(name: string, fields: Partial<Stakeholder> = {}): Stakeholder {
  n += 1;
  return {
    ...draft,
    id: `0190f5e2-0000-7000-8000-${String(n).padStart(12, '0')}` as StakeholderId,
    name,
    organisation: '',
    createdAt: T0,
    removedAt: null,
    ...fields,
  };
}

export function refused(result: { ok: boolean }, code: string): void {
  expect(result).toMatchObject({ ok: false, error: { code } });
}
