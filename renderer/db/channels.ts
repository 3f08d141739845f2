/** The organisation's channels: add, edit, take in or out of use, remove (a tombstone). */
import { DomainFailure, type Result } from '../../shared/domain/errors';
import {
  channelValidate,
  defaultChannels,
  type Channel,
  type ChannelDraft,
} from '../../shared/domain/channel';
import type { Language } from '../../shared/domain/checklist';
import { idNew, type ChannelId } from '../../shared/domain/ids';
import type { Session } from './session';
import { createDrafts, patchDraft, recordsWrite } from './records';
import { mutate } from './write';

export async function channelCreate(session: Session, draft: ChannelDraft): Promise<Result<Channel>> {
  const valid = channelValidate(draft);
  if (!valid.ok) return valid;
  return mutate(session, [session.db.channels], async (s) => {
    const channel: Channel = {
      id: idNew<ChannelId>(),
      ...valid.value,
      createdAt: new Date().toISOString(),
      removedAt: null,
    };
    await recordsWrite(s, [{ table: 'channels', records: [channel] }], createDrafts('channels', [channel]));
    return { value: channel, changes: [{ table: 'channels', records: [channel] }] };
  });
}

/** Adds the standard set (website, X, LinkedIn, press list, intranet, switchboard) in the given language. */
export async function channelsAddDefaults(session: Session, language: Language): Promise<Result<Channel[]>> {
  return mutate(session, [session.db.channels], async (s) => {
    const now = new Date().toISOString();
    const channels: Channel[] = defaultChannels.map((d) => ({
      ...d,
      audiences: [...d.audiences],
      name: d.name[language],
      id: idNew<ChannelId>(),
      createdAt: now,
      removedAt: null,
    }));
    await recordsWrite(s, [{ table: 'channels', records: channels }], createDrafts('channels', channels));
    return { value: channels, changes: [{ table: 'channels', records: channels }] };
  });
}

export async function channelUpdate(
  session: Session,
  id: ChannelId,
  draft: ChannelDraft,
): Promise<Result<Channel>> {
  const valid = channelValidate(draft);
  if (!valid.ok) return valid;
  return mutate(session, [session.db.channels], async (s) => {
    const current = await s.db.channels.get(id);
    if (!current) throw new DomainFailure({ code: 'channel.notFound' });
    const patch: Partial<Channel> = {};
    for (const [field, value] of Object.entries(valid.value) as [keyof ChannelDraft, unknown][]) {
      if (JSON.stringify(current[field]) !== JSON.stringify(value)) Object.assign(patch, { [field]: value });
    }
    if (Object.keys(patch).length === 0) return { value: current, changes: [] };
    const updated: Channel = { ...current, ...patch };
    await recordsWrite(s, [{ table: 'channels', records: [updated] }], [patchDraft('channels', id, patch)]);
    return { value: updated, changes: [{ table: 'channels', records: [updated] }] };
  });
}

export async function channelRemove(session: Session, id: ChannelId): Promise<Result<Channel>> {
  return mutate(session, [session.db.channels], async (s) => {
    const current = await s.db.channels.get(id);
    if (!current) throw new DomainFailure({ code: 'channel.notFound' });
    const patch = { removedAt: new Date().toISOString(), active: false };
    const updated: Channel = { ...current, ...patch };
    await recordsWrite(s, [{ table: 'channels', records: [updated] }], [patchDraft('channels', id, patch)]);
    return { value: updated, changes: [{ table: 'channels', records: [updated] }] };
  });
}
