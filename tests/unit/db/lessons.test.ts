import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { lessonCreate, lessonRemove, lessonUpdate } from '../../../renderer/db/lessons';
import type { Session } from '../../../renderer/db/session';
import { operationsApply } from '../../../renderer/db/sync-apply';
import type { IncidentId, LessonId } from '../../../shared/domain/ids';
import { lessonSchema, lessonValidate, type LessonInput } from '../../../shared/domain/lesson';
import { sessionFresh } from './helpers';
import { counts, expectRefusedUnchanged, incidentOpen, opsSince, shipped } from './people-helpers';

const followUp: LessonInput = {
  kind: 'followUp',
  text: ' Test the dark site switch-over every quarter ',
  owner: 'Press officer',
  dueDate: '2027-03-01',
  done: false,
};

async function exchange(a: Session, b: Session): Promise<void> {
  const fromA = await shipped(a);
  const fromB = await shipped(b);
  for (const outcome of [await operationsApply(b, fromA), await operationsApply(a, fromB)])
    expect(outcome.rejected).toBe(0);
}

describe('lesson rules', () => {
  it('only a follow-up keeps an owner, a due date and a done mark', () => {
    expect(lessonValidate({ ...followUp, kind: 'wentWell', done: true })).toEqual({
      ok: true,
      value: { kind: 'wentWell', text: followUp.text.trim(), owner: '', dueDate: null, done: false },
    });
    expect(lessonValidate({ ...followUp, dueDate: ' ' })).toMatchObject({
      ok: true,
      value: { dueDate: null },
    });
  });

  it('refuses empty text, an impossible due date and an overlong owner', () => {
    expect(lessonValidate({ ...followUp, text: ' \n' })).toMatchObject({
      error: { code: 'lesson.textEmpty' },
    });
    expect(lessonValidate({ ...followUp, dueDate: '2027-02-30' })).toMatchObject({
      error: { code: 'lesson.dueDateInvalid' },
    });
    expect(lessonValidate({ ...followUp, owner: 'x'.repeat(101) })).toMatchObject({
      error: { code: 'lesson.ownerTooLong' },
    });
  });
});

describe('lessons learned', () => {
  it('adding, editing and removing each write the record and a matching operation', async () => {
    const session = await sessionFresh();
    const incident = await incidentOpen(session);
    const before = await session.db.outbox.count();
    const created = await lessonCreate(session, incident.id, followUp);
    if (!created.ok) throw new Error(created.error.code);
    expect(created.value).toMatchObject({ text: followUp.text.trim(), createdByName: 'Anna de Vries' });
    await lessonUpdate(session, created.value.id, { ...followUp, done: true });
    await lessonRemove(session, created.value.id);
    const stored = await session.db.lessons.get(created.value.id);
    expect(lessonSchema.parse(stored)).toEqual(stored);
    expect(stored).toMatchObject({ done: true });
    expect(stored!.removedAt).not.toBeNull();
    const ops = await opsSince(session, before);
    expect(ops.map((o) => [o.table, o.kind, o.patch])).toEqual([
      ['lessons', 'create', created.value],
      ['lessons', 'patch', { done: true }],
      ['lessons', 'patch', { removedAt: stored!.removedAt }],
    ]);
  });

  it('refuses an empty lesson, an unknown incident or lesson, and writes nothing', async () => {
    const session = await sessionFresh();
    const incident = await incidentOpen(session);
    await expectRefusedUnchanged(session, 'lesson.textEmpty', () =>
      lessonCreate(session, incident.id, { ...followUp, text: '' }),
    );
    await expectRefusedUnchanged(session, 'incident.notFound', () =>
      lessonCreate(session, '0190f5e2-0000-7000-8000-00000000dead' as IncidentId, followUp),
    );
    await expectRefusedUnchanged(session, 'lesson.notFound', () =>
      lessonUpdate(session, '0190f5e2-0000-7000-8000-00000000beef' as LessonId, followUp),
    );
    const unchanged = await counts(session);
    expect(unchanged.lessons).toBe(0);
  });

  it('lessons written on two devices offline all stay, and edits of different fields both land', async () => {
    const anna = await sessionFresh('Anna');
    const ben = await sessionFresh('Ben');
    const incident = await incidentOpen(anna);
    const first = await lessonCreate(anna, incident.id, followUp);
    if (!first.ok) throw new Error(first.error.code);
    await exchange(anna, ben);
    await lessonCreate(ben, incident.id, {
      ...followUp,
      kind: 'wentWell',
      text: 'First statement in 20 min',
    });
    await lessonUpdate(anna, first.value.id, { ...followUp, done: true });
    await lessonUpdate(ben, first.value.id, { ...followUp, owner: 'Legal' });
    await exchange(anna, ben);
    const all = async (s: Session) => (await s.db.lessons.orderBy('id').toArray()).map((l) => ({ ...l }));
    expect(await all(anna)).toHaveLength(2);
    expect(await all(anna)).toEqual(await all(ben));
    expect(await anna.db.lessons.get(first.value.id)).toMatchObject({ done: true, owner: 'Legal' });
    expect(await anna.db.conflicts.count()).toBe(0);
  });
});
