/** Shared set-up for the tests of the people, channel and checklist mutations and their sync. */
import { expect } from 'vitest';
import { incidentCreate } from '../../../renderer/db/incidents';
import type { Session } from '../../../renderer/db/session';
import { outboxAcknowledge } from '../../../renderer/db/sync-apply';
import type { Language } from '../../../shared/domain/checklist';
import type { Incident } from '../../../shared/domain/incident';
import type { StakeholderDraft } from '../../../shared/domain/stakeholder';
import { operationSchema, syncedTables, type Operation } from '../../../shared/sync/operation';
import type { SequencedOperation } from '../../../shared/sync/protocol';

export function stakeholderDraft(name: string, fields: Partial<StakeholderDraft> = {}): StakeholderDraft {
  return {
    kind: 'organisation',
    name,
    organisation: '',
    group: 'authorities',
    priority: 2,
    contacts: [],
    languages: ['nl'],
    notes: '',
    ...fields,
  };
}

export async function incidentOpen(session: Session, language: Language = 'en'): Promise<Incident> {
  const created = await incidentCreate(
    session,
    { title: 'Data breach at the customer portal', crisisType: 'dataBreach', severity: 3, exercise: false },
    language,
  );
  if (!created.ok) throw new Error(created.error.code);
  return created.value;
}

/** Row counts of every synced table and of the bookkeeping a write touches. */
export async function counts(session: Session): Promise<Record<string, number>> {
  const { db } = session;
  const tables = [...syncedTables, 'outbox', 'fields', 'conflicts'] as const;
  const sizes = await Promise.all(tables.map((t) => db[t].count()));
  return Object.fromEntries(tables.map((t, i) => [t, sizes[i]!]));
}

/** Runs `refuse`, expects it to fail with `code`, and nothing at all to have been written. */
export async function expectRefusedUnchanged(
  session: Session,
  code: string,
  refuse: () => Promise<{ ok: boolean }>,
): Promise<void> {
  const before = await counts(session);
  const records = await Promise.all(syncedTables.map((t) => session.db[t].toArray()));
  expect(await refuse()).toMatchObject({ ok: false, error: { code } });
  expect(await counts(session)).toEqual(before);
  expect(await Promise.all(syncedTables.map((t) => session.db[t].toArray()))).toEqual(records);
}

/**
 * The outbox operations written since the outbox held `before` rows (`outbox.count()`: one batch per
 * write), each checked against the schema.
 */
export async function opsSince(session: Session, before: number): Promise<Operation[]> {
  const batches = (await session.db.outbox.orderBy('id').toArray()).slice(before);
  const ops = batches.flatMap((batch) => batch.operations);
  for (const op of ops) expect(operationSchema.parse(op)).toEqual(op);
  return ops;
}

let seq = 0;
/** What the hub would hand out: the device's outbox, sequenced, after acknowledging the push. */
export async function shipped(from: Session): Promise<SequencedOperation[]> {
  const batches = await from.db.outbox.orderBy('id').toArray();
  await outboxAcknowledge(from.db, batches);
  return batches.flatMap((batch) => batch.operations).map((operation) => ({ seq: ++seq, operation }));
}
