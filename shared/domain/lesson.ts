/**
 * Lessons learned: the evaluation part of a post-incident report, written by the team during or after the
 * crisis. Three kinds: what went well, what did not, and follow-ups with an owner (and optionally a due
 * date). Each lesson is its own record, so two people adding lessons offline never overwrite each other;
 * editing changes only the fields that changed, and removing one leaves a tombstone.
 */
import { z } from 'zod';
import { fail, ok, type Result } from './errors';
import type { IncidentId, LessonId } from './ids';
import { instantSchema, type Instant } from './time';

export const lessonKinds = ['wentWell', 'wentBadly', 'followUp'] as const;
export type LessonKind = (typeof lessonKinds)[number];

export const LESSON_TEXT_MAX = 2000;
export const LESSON_OWNER_MAX = 100;

/** A calendar date, `YYYY-MM-DD`: a follow-up is due on a day, not at an instant. */
const dueDateSchema = z.iso.date();

export interface Lesson {
  id: LessonId;
  incidentId: IncidentId;
  kind: LessonKind;
  text: string;
  /** For a follow-up: who sees to it (a name or a role); empty otherwise. */
  owner: string;
  /** For a follow-up: `YYYY-MM-DD`, or null. */
  dueDate: string | null;
  /** For a follow-up: it has been taken care of. */
  done: boolean;
  createdAt: Instant;
  createdBy: string;
  createdByName: string;
  /** A tombstone: the lesson was removed (the record stays). */
  removedAt: Instant | null;
}

export const lessonSchema = z.object({
  id: z.uuid(),
  incidentId: z.uuid(),
  kind: z.enum(lessonKinds),
  text: z.string().trim().min(1).max(LESSON_TEXT_MAX),
  owner: z.string().max(LESSON_OWNER_MAX),
  dueDate: dueDateSchema.nullable(),
  done: z.boolean(),
  createdAt: instantSchema,
  createdBy: z.uuid(),
  createdByName: z.string().max(200),
  removedAt: instantSchema.nullable(),
});

/** What the team types when adding or editing a lesson. */
export type LessonInput = Pick<Lesson, 'kind' | 'text' | 'owner' | 'dueDate' | 'done'>;

export function lessonValidate(input: LessonInput): Result<LessonInput> {
  const text = input.text.trim();
  const owner = input.owner.trim();
  const dueDate = input.dueDate === null || input.dueDate.trim() === '' ? null : input.dueDate.trim();
  if (text === '') return fail('lesson.textEmpty');
  if (text.length > LESSON_TEXT_MAX) return fail('lesson.textTooLong');
  if (owner.length > LESSON_OWNER_MAX) return fail('lesson.ownerTooLong');
  if (dueDate !== null && !dueDateSchema.safeParse(dueDate).success) return fail('lesson.dueDateInvalid');
  // Only a follow-up has an owner, a due date and a done mark; the other kinds keep them empty.
  if (input.kind !== 'followUp') return ok({ kind: input.kind, text, owner: '', dueDate: null, done: false });
  return ok({ kind: input.kind, text, owner, dueDate, done: input.done });
}

/** Lessons as a report lists them: by kind, then in the order they were written. */
export function lessonOrder(a: Lesson, b: Lesson): number {
  const kind = lessonKinds.indexOf(a.kind) - lessonKinds.indexOf(b.kind);
  if (kind !== 0) return kind;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
