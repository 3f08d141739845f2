/** Set-up shared by the tests of syncing the local database. */
import type { Session } from '../../../renderer/db/session';
import { entriesLog } from '../../../renderer/db/timeline';
import type { IncidentId } from '../../../shared/domain/ids';

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
