/** React hooks over the drafts of an incident: each draft with its derived state (draft-state.ts). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Draft } from '../../shared/domain/draft';
import { draftState, recordsByDraft, type DraftState } from '../../shared/domain/draft-state';
import type { ChannelId, DraftId, IncidentId } from '../../shared/domain/ids';
import type { ChecklistItem } from '../../shared/domain/checklist';
import { publishStepIds } from '../../shared/domain/checklist-defaults';
import type { Publication } from '../../shared/domain/publication';
import type { CrisisRoomDb } from './schema';

export interface DraftView {
  draft: Draft;
  state: DraftState;
}

/** The incident's drafts that are not set aside, newest first, with their state. */
export function useDrafts(db: CrisisRoomDb, incidentId: IncidentId): DraftView[] | undefined {
  return useLiveQuery(async () => {
    const [drafts, versions, approvals, publications] = await Promise.all([
      db.drafts.where('incidentId').equals(incidentId).toArray(),
      db.draftVersions.where('incidentId').equals(incidentId).toArray(),
      db.approvals.where('incidentId').equals(incidentId).toArray(),
      db.publications.where('incidentId').equals(incidentId).toArray(),
    ]);
    const v = recordsByDraft(versions);
    const a = recordsByDraft(approvals);
    const p = recordsByDraft(publications);
    return drafts
      .filter((d) => d.removedAt === null)
      .sort((x, y) => (x.createdAt < y.createdAt ? 1 : x.createdAt > y.createdAt ? -1 : 0))
      .map((draft) => ({
        draft,
        state: draftState({
          draft,
          versions: v.get(draft.id) ?? [],
          approvals: a.get(draft.id) ?? [],
          publications: p.get(draft.id) ?? [],
        }),
      }));
  }, [db, incidentId]);
}

/**
 * How many approval requests are open in incidents that are not closed: drafts whose current version was
 * sent for review and still waits for a decision. For the dock or taskbar badge and its notification.
 * Only drafts that were ever sent for review are read in full.
 */
export function useOpenApprovalRequests(db: CrisisRoomDb): number | undefined {
  return useLiveQuery(async () => {
    const requested = new Set(
      (await db.approvals.toArray()).filter((a) => a.kind === 'request').map((a) => a.draftId as string),
    );
    let open = 0;
    for (const draftId of requested) {
      const view = await draftViewRead(db, draftId as DraftId);
      if (!view || view.draft.removedAt !== null) continue;
      if ((await db.incidents.get(view.draft.incidentId))?.closedAt !== null) continue;
      if (view.state.status === 'inReview' && view.state.request !== null) open++;
    }
    return open;
  }, [db]);
}

/** One draft and its derived state, read from the four tables; null when this device does not have it. */
async function draftViewRead(db: CrisisRoomDb, draftId: DraftId): Promise<DraftView | null> {
  const [draft, versions, approvals, publications] = await Promise.all([
    db.drafts.get(draftId),
    db.draftVersions.where('draftId').equals(draftId).toArray(),
    db.approvals.where('draftId').equals(draftId).toArray(),
    db.publications.where('draftId').equals(draftId).toArray(),
  ]);
  if (!draft) return null;
  return { draft, state: draftState({ draft, versions, approvals, publications }) };
}

/** One draft with its state; null when this device does not have it. */
export function useDraft(db: CrisisRoomDb, draftId: DraftId): DraftView | null | undefined {
  return useLiveQuery(() => draftViewRead(db, draftId), [db, draftId]);
}

/** Every publication of the incident (for the time to the first statement). */
export function useIncidentPublications(db: CrisisRoomDb, incidentId: IncidentId): Publication[] | undefined {
  return useLiveQuery(
    () => db.publications.where('incidentId').equals(incidentId).toArray(),
    [db, incidentId],
  );
}

/** The open checklist step that publishing on this channel ticks, if the incident has one. */
export function usePublishStep(
  db: CrisisRoomDb,
  incidentId: IncidentId,
  channelId: ChannelId,
): ChecklistItem | undefined {
  return useLiveQuery(
    async () =>
      (await db.checklistItems.where('incidentId').equals(incidentId).toArray()).find(
        (i) =>
          i.channelId === channelId &&
          i.status === 'open' &&
          i.templateItemId !== null &&
          publishStepIds.has(i.templateItemId),
      ),
    [db, incidentId, channelId],
  );
}
