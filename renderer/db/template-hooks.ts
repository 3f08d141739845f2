/** React hooks over the message templates and the organisation's details. */
import { useLiveQuery } from 'dexie-react-hooks';
import { draftKinds } from '../../shared/domain/draft';
import type { MessageTemplate } from '../../shared/domain/message-template';
import { ORGANISATION_ID, type Organisation } from '../../shared/domain/organisation';
import type { CrisisRoomDb } from './schema';

/** Templates not removed, by language, then kind (holding statements first), then name as people read it. */
export function useMessageTemplates(db: CrisisRoomDb): MessageTemplate[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.messageTemplates.toArray())
        .filter((t) => t.removedAt === null)
        .sort(
          (a, b) =>
            a.language.localeCompare(b.language) ||
            draftKinds.indexOf(a.kind) - draftKinds.indexOf(b.kind) ||
            a.name.localeCompare(b.name, undefined, { numeric: true }) ||
            a.id.localeCompare(b.id),
        ),
    [db],
  );
}

/** The organisation's details: undefined while loading, null when nobody has entered them yet. */
export function useOrganisation(db: CrisisRoomDb): Organisation | null | undefined {
  return useLiveQuery(async () => (await db.organisation.get(ORGANISATION_ID)) ?? null, [db]);
}
