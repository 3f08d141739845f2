import 'fake-indexeddb/auto';
import { dbOpen } from '../../../renderer/db/schema';
import { profileSave } from '../../../renderer/db/profile';
import { sessionLoad, type Session } from '../../../renderer/db/session';

let n = 0;

/** A fresh database with a saved profile, as after the first run. */
export async function sessionFresh(name = 'Anna de Vries', role = 'scribe'): Promise<Session> {
  const db = dbOpen(`test-${Date.now()}-${n++}`);
  const session = await sessionLoad(db);
  const saved = await profileSave(session, { name, role });
  if (!saved.ok) throw new Error(saved.error.code);
  return session;
}
