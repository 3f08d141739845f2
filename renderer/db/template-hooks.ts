/** React hooks over the message templates and the organisation's details. */
import { useLiveQuery } from 'dexie-react-hooks';
import { draftKinds } from '../../shared/domain/draft';
import type { MessageTemplateId } from '../../shared/domain/ids';
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

/**
 * One template, also when it has been removed since (a draft keeps showing where it came from); null
 * when there is no id or this device does not have it.
 */
export function useMessageTemplate(
  db: CrisisRoomDb,
  id: MessageTemplateId | null,
): MessageTemplate | null | undefined {
  return useLiveQuery(
    async () => (id === null ? null : ((await db.messageTemplates.get(id)) ?? null)),
    [db, id],
  );
}

/** The organisation's details: undefined while loading, null when nobody has entered them yet. */
export function useOrganisation(db: CrisisRoomDb): Organisation | null | undefined {
  return useLiveQuery(async () => (await db.organisation.get(ORGANISATION_ID)) ?? null, [db]);
}
