/**
 * Lessons learned of an incident: add, edit (only the fields that changed), tick a follow-up done, remove
 * (a tombstone). Each lesson is its own record, so lessons typed on several devices all stay.
 */
import { DomainFailure, type Result } from '../../shared/domain/errors';
import { idNew, type IncidentId, type LessonId } from '../../shared/domain/ids';
import { lessonValidate, type Lesson, type LessonInput } from '../../shared/domain/lesson';
import { createDrafts, patchDraft, recordsWrite } from './records';
import type { Session } from './session';
import { mutate } from './write';

export async function lessonCreate(
  session: Session,
  incidentId: IncidentId,
  input: LessonInput,
): Promise<Result<Lesson>> {
  const valid = lessonValidate(input);
  if (!valid.ok) return valid;
  return mutate(session, [session.db.lessons, session.db.incidents], async (s) => {
    if (!(await s.db.incidents.get(incidentId))) throw new DomainFailure({ code: 'incident.notFound' });
    const lesson: Lesson = {
      id: idNew<LessonId>(),
      incidentId,
      ...valid.value,
      createdAt: new Date().toISOString(),
      createdBy: s.member.id,
      createdByName: s.member.name,
      removedAt: null,
    };
    await recordsWrite(s, [{ table: 'lessons', records: [lesson] }], createDrafts('lessons', [lesson]));
    return { value: lesson, changes: [{ table: 'lessons', records: [lesson] }] };
  });
}

function lessonPatch(
  session: Session,
  id: LessonId,
  patchOf: (current: Lesson) => Partial<Lesson>,
): Promise<Result<Lesson>> {
  return mutate(session, [session.db.lessons], async (s) => {
    const current = await s.db.lessons.get(id);
    if (!current || current.removedAt !== null) throw new DomainFailure({ code: 'lesson.notFound' });
    const next = patchOf(current);
    const patch = Object.fromEntries(
      Object.entries(next).filter(([field, value]) => current[field as keyof Lesson] !== value),
    ) as Partial<Lesson>;
    if (Object.keys(patch).length === 0) return { value: current, changes: [] };
    const updated: Lesson = { ...current, ...patch };
    await recordsWrite(s, [{ table: 'lessons', records: [updated] }], [patchDraft('lessons', id, patch)]);
    return { value: updated, changes: [{ table: 'lessons', records: [updated] }] };
  });
}

/** Writes only the fields that changed, so two people editing different fields both keep theirs. */
export function lessonUpdate(session: Session, id: LessonId, input: LessonInput): Promise<Result<Lesson>> {
  const valid = lessonValidate(input);
  if (!valid.ok) return Promise.resolve(valid);
  return lessonPatch(session, id, () => valid.value);
}

export function lessonRemove(session: Session, id: LessonId): Promise<Result<Lesson>> {
  return lessonPatch(session, id, () => ({ removedAt: new Date().toISOString() }));
}
