/** Which team hub this device syncs with, and its device token. Stored on the device only. */
import { z } from 'zod';
import type { CrisisRoomDb, OutboxBatch } from './schema';

export const hubConfigSchema = z.object({
  url: z.string().url(),
  token: z.string().min(32),
  teamName: z.string(),
  hubId: z.string(),
});
export type HubConfig = z.infer<typeof hubConfigSchema>;

export async function hubConfigGet(db: CrisisRoomDb): Promise<HubConfig | null> {
  const parsed = hubConfigSchema.safeParse((await db.meta.get('hub'))?.value);
  return parsed.success ? parsed.data : null;
}

/** Joining another hub starts its history from the beginning: the pull cursor belongs to a hub. */
export async function hubConfigSet(db: CrisisRoomDb, config: HubConfig): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const previous = hubConfigSchema.safeParse((await db.meta.get('hub'))?.value);
    if (!previous.success || previous.data.hubId !== config.hubId)
      await db.meta.put({ key: 'cursor', value: 0 });
    await db.meta.put({ key: 'hub', value: config });
  });
}

export async function syncCursorGet(db: CrisisRoomDb): Promise<number> {
  const value = (await db.meta.get('cursor'))?.value;
  return typeof value === 'number' ? value : 0;
}

/** `pending` counts operations (index entries of the outbox's operation ids), not outbox rows. */
export async function syncCounts(db: CrisisRoomDb): Promise<{ pending: number; conflicts: number }> {
  const [pending, conflicts] = await Promise.all([db.outbox.orderBy('opIds').count(), db.conflicts.count()]);
  return { pending, conflicts };
}

/**
 * The oldest outbox batches, in order, until they hold at least `limit` operations (at least one batch,
 * however large: the engine sends it in several pushes).
 */
export function outboxBatches(db: CrisisRoomDb, limit: number): Promise<OutboxBatch[]> {
  let operations = 0;
  return db.outbox
    .orderBy('id')
    .until((batch) => (operations += batch.operations.length) >= limit, true)
    .toArray();
}
