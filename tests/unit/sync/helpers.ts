/** Set-up shared by the tests of syncing the local database. */
import type { CrisisRoomDb } from '../../../renderer/db/schema';
import type { Session } from '../../../renderer/db/session';
import { entriesLog } from '../../../renderer/db/timeline';
import type { IncidentId } from '../../../shared/domain/ids';
import type { Operation } from '../../../shared/sync/operation';

/** Logs `count` observations `<label> 0`, `<label> 1`, … in one transaction (one entriesLog call). */
export async function entriesAdd(session: Session, incidentId: IncidentId, count: number, label: string) {
  const inputs = Array.from({ length: count }, (_, i) => ({
    kind: 'observation' as const,
    text: `${label} ${i}`,
  }));
  const logged = await entriesLog(session, incidentId, inputs);
  if (!logged.ok) throw new Error(logged.error.code);
  return logged.value;
}

/** Every operation waiting in the outbox, in the order it was written (batches in id order, flattened). */
export async function outboxOperations(db: CrisisRoomDb): Promise<Operation[]> {
  return (await db.outbox.orderBy('id').toArray()).flatMap((batch) => batch.operations);
}
