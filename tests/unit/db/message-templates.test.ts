import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  messageTemplateCreate,
  messageTemplateRemove,
  messageTemplatesSeed,
  messageTemplateUpdate,
  organisationSave,
} from '../../../renderer/db/message-templates';
import type { Session } from '../../../renderer/db/session';
import { operationsApply } from '../../../renderer/db/sync-apply';
import type { MessageTemplateId } from '../../../shared/domain/ids';
import { messageTemplateSchema, type MessageTemplateInput } from '../../../shared/domain/message-template';
import { ORGANISATION_ID, organisationSchema } from '../../../shared/domain/organisation';
import { sessionFresh } from './helpers';
import { counts, expectRefusedUnchanged, opsSince, shipped } from './people-helpers';

const NO_SUCH = '0190f5e2-0000-7000-8000-00000000dead' as MessageTemplateId;

const input: MessageTemplateInput = {
  kind: 'socialPost',
  language: 'nl',
  name: ' Korte post stroomstoring ',
  body: '{incident}: we werken eraan. Info: {website}',
  preApproved: false,
};

async function exchange(a: Session, b: Session): Promise<void> {
  const fromA = await shipped(a);
  const fromB = await shipped(b);
  const applied = [await operationsApply(b, fromA), await operationsApply(a, fromB)];
  for (const outcome of applied) expect(outcome.rejected).toBe(0);
}

describe('message templates', () => {
  it('adding, editing and removing each write the record and a matching operation', async () => {
    const session = await sessionFresh();
    const before = await session.db.outbox.count();
    const created = await messageTemplateCreate(session, input);
    if (!created.ok) throw new Error(created.error.code);
    expect(created.value).toMatchObject({ name: 'Korte post stroomstoring', removedAt: null });
    const id = created.value.id;
    await messageTemplateUpdate(session, id, { ...input, name: 'Korte post', preApproved: true });
    await messageTemplateRemove(session, id);
    const stored = await session.db.messageTemplates.get(id);
    expect(stored).toMatchObject({ name: 'Korte post', preApproved: true, body: input.body });
    expect(stored!.removedAt).not.toBeNull();
    expect(messageTemplateSchema.parse(stored)).toEqual(stored);
    const ops = await opsSince(session, before);
    expect(ops.map((o) => [o.table, o.kind, o.patch])).toEqual([
      ['messageTemplates', 'create', created.value],
      ['messageTemplates', 'patch', { name: 'Korte post', preApproved: true }],
      ['messageTemplates', 'patch', { removedAt: stored!.removedAt }],
    ]);
  });

  it('an edit that changes nothing writes nothing', async () => {
    const session = await sessionFresh();
    const created = await messageTemplateCreate(session, input);
    if (!created.ok) throw new Error(created.error.code);
    const before = await counts(session);
    expect(
      await messageTemplateUpdate(session, created.value.id, { ...input, name: input.name.trim() }),
    ).toEqual(created);
    expect(await counts(session)).toEqual(before);
  });

  it('refuses a blank name or text, an unknown or removed template, and writes nothing', async () => {
    const session = await sessionFresh();
    const created = await messageTemplateCreate(session, input);
    if (!created.ok) throw new Error(created.error.code);
    const id = created.value.id;
    await expectRefusedUnchanged(session, 'template.nameEmpty', () =>
      messageTemplateCreate(session, { ...input, name: '  ' }),
    );
    await expectRefusedUnchanged(session, 'template.bodyEmpty', () =>
      messageTemplateUpdate(session, id, { ...input, body: '\n' }),
    );
    await expectRefusedUnchanged(session, 'template.notFound', () =>
      messageTemplateUpdate(session, NO_SUCH, input),
    );
    await messageTemplateRemove(session, id);
    await expectRefusedUnchanged(session, 'template.notFound', () => messageTemplateRemove(session, id));
    await expectRefusedUnchanged(session, 'template.notFound', () =>
      messageTemplateUpdate(session, id, input),
    );
  });
});

describe('seeding the default templates', () => {
  it('adds the shipped templates once per device, each with its operation', async () => {
    const session = await sessionFresh();
    const before = await session.db.outbox.count();
    const seeded = await messageTemplatesSeed(session);
    if (!seeded.ok) throw new Error(seeded.error.code);
    expect(seeded.value).toHaveLength(18);
    expect((await opsSince(session, before)).map((o) => o.recordId)).toEqual(seeded.value.map((t) => t.id));

    const after = await counts(session);
    expect(await messageTemplatesSeed(session)).toEqual({ ok: true, value: [] });
    expect(await counts(session)).toEqual(after);
  });

  it('a removed default stays removed when the defaults are seeded on another device', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    const seeded = await messageTemplatesSeed(anna);
    if (!seeded.ok) throw new Error(seeded.error.code);
    await messageTemplateRemove(anna, seeded.value[0]!.id);
    await exchange(anna, ben);
    expect(await messageTemplatesSeed(ben)).toEqual({ ok: true, value: [] });
    expect((await ben.db.messageTemplates.get(seeded.value[0]!.id))?.removedAt).not.toBeNull();
    expect(await ben.db.messageTemplates.count()).toBe(18);
  });

  it('two devices seeding offline end up with one set', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    await messageTemplatesSeed(anna);
    await messageTemplatesSeed(ben);
    await exchange(anna, ben);
    const ids = async (s: Session) => (await s.db.messageTemplates.toArray()).map((t) => t.id).sort();
    expect(await ids(anna)).toHaveLength(18);
    expect(await ids(anna)).toEqual(await ids(ben));
  });
});

describe('the organisation’s details', () => {
  const details = { name: ' Havenbedrijf Noordzee ', phoneLine: '0800 123 4567', website: '' };

  it('creates the one record with the fixed id, empty, and patches only the fields that changed', async () => {
    const session = await sessionFresh();
    const before = await session.db.outbox.count();
    const created = await organisationSave(session, details);
    expect(created).toEqual({
      ok: true,
      value: { id: ORGANISATION_ID, name: 'Havenbedrijf Noordzee', phoneLine: '0800 123 4567', website: '' },
    });
    await organisationSave(session, { ...details, website: 'www.havenbedrijf-noordzee.nl' });
    const stored = await session.db.organisation.get(ORGANISATION_ID);
    expect(organisationSchema.parse(stored)).toEqual(stored);
    expect(await session.db.organisation.count()).toBe(1);
    const ops = await opsSince(session, before);
    expect(ops.map((o) => [o.kind, o.recordId, o.patch])).toEqual([
      ['create', ORGANISATION_ID, { id: ORGANISATION_ID, name: '', phoneLine: '', website: '' }],
      ['patch', ORGANISATION_ID, { name: 'Havenbedrijf Noordzee', phoneLine: '0800 123 4567' }],
      ['patch', ORGANISATION_ID, { website: 'www.havenbedrijf-noordzee.nl' }],
    ]);

    const after = await counts(session);
    await organisationSave(session, { ...details, website: 'www.havenbedrijf-noordzee.nl' });
    expect(await counts(session)).toEqual(after);
  });

  it('refuses details that are too long and writes nothing', async () => {
    const session = await sessionFresh();
    await expectRefusedUnchanged(session, 'organisation.invalid', () =>
      organisationSave(session, { ...details, website: 'x'.repeat(201) }),
    );
  });

  it('details entered on two devices offline merge into one record, field by field', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    await organisationSave(anna, { name: 'Havenbedrijf Noordzee', phoneLine: '', website: '' });
    await organisationSave(ben, { name: '', phoneLine: '0800 123 4567', website: '' });
    await exchange(anna, ben);
    const [a, b] = [await anna.db.organisation.toArray(), await ben.db.organisation.toArray()];
    expect(a).toHaveLength(1);
    expect(a).toEqual(b);
    expect(a[0]).toMatchObject({ name: 'Havenbedrijf Noordzee', phoneLine: '0800 123 4567' });
    expect(await anna.db.conflicts.count()).toBe(0);
  });
});
