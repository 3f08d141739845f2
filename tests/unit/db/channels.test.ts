import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  channelCreate,
  channelRemove,
  channelsAddDefaults,
  channelUpdate,
} from '../../../renderer/db/channels';
import { templatesAddDefaults } from '../../../renderer/db/checklists';
import { channelSchema } from '../../../shared/domain/channel';
import type { ChannelId } from '../../../shared/domain/ids';
import { sessionFresh } from './helpers';
import { expectRefusedUnchanged, incidentOpen, opsSince } from './people-helpers';

const NO_SUCH = '0190f5e2-0000-7000-8000-00000000dead';

describe('channels', () => {
  it('adding, editing and removing each write the record and a matching operation', async () => {
    const session = await sessionFresh();
    const before = await session.db.outbox.count();
    const created = await channelCreate(session, {
      kind: 'x',
      name: ' @acme ',
      audiences: ['media', ' media '],
      ownerRole: 'socialMedia',
      active: true,
    });
    if (!created.ok) throw new Error(created.error.code);
    expect(created.value).toMatchObject({ name: '@acme', audiences: ['media'] });
    const id = created.value.id;
    await channelUpdate(session, id, { ...created.value, name: '@acme_nl' });
    await channelRemove(session, id);
    const stored = await session.db.channels.get(id);
    expect(stored).toMatchObject({ name: '@acme_nl', active: false });
    expect(stored!.removedAt).not.toBeNull();
    expect(channelSchema.safeParse(stored).success).toBe(true);
    const ops = await opsSince(session, before);
    expect(ops.map((o) => [o.kind, o.patch])).toEqual([
      ['create', created.value],
      ['patch', { name: '@acme_nl' }],
      ['patch', { removedAt: stored!.removedAt, active: false }],
    ]);
    await expectRefusedUnchanged(session, 'channel.nameEmpty', () =>
      channelUpdate(session, id, { ...created.value, name: ' ' }),
    );
    await expectRefusedUnchanged(session, 'channel.notFound', () =>
      channelRemove(session, NO_SUCH as ChannelId),
    );
  });

  it('the default channels come in the chosen language, each with its operation', async () => {
    const session = await sessionFresh();
    const before = await session.db.outbox.count();
    const added = await channelsAddDefaults(session, 'nl');
    if (!added.ok) throw new Error(added.error.code);
    expect(added.value.map((c) => c.name)).toContain('Telefooncentrale');
    expect((await opsSince(session, before)).map((o) => o.recordId)).toEqual(added.value.map((c) => c.id));
  });
});

describe('opening an incident', () => {
  it('instantiates the checklists of the channels in use, in the team language, with their operations', async () => {
    const session = await sessionFresh();
    await templatesAddDefaults(session);
    const use = { audiences: [], ownerRole: '', active: true };
    await channelCreate(session, { ...use, kind: 'website', name: 'Website' });
    await channelCreate(session, { ...use, kind: 'pressList', name: 'Perslijst', active: false });
    const removed = await channelCreate(session, { ...use, kind: 'intranet', name: 'Intranet' });
    await channelRemove(session, removed.ok ? removed.value.id : (NO_SUCH as ChannelId));
    const before = await session.db.outbox.count();
    const incident = await incidentOpen(session, 'nl');
    const items = await session.db.checklistItems.where('incidentId').equals(incident.id).toArray();
    // Website (dark site, holding statement, campaigns) plus the data-breach Q&A; no press list, no intranet.
    expect(items.map((i) => i.text).sort()).toEqual(
      [
        'Publiceer een Q&A: welke gegevens, wat mensen moeten doen',
        'Publiceer het holding statement',
        'Zet banners en campagnes stil',
        'Zet de website om naar de dark site',
      ].sort(),
    );
    const ops = await opsSince(session, before);
    expect(ops.map((o) => o.table)).toEqual(['incidents', 'timeline', ...items.map(() => 'checklistItems')]);
    const created = new Map(ops.map((o) => [o.recordId, o.patch]));
    for (const i of items) expect(created.get(i.id)).toEqual(i);
  });
});
