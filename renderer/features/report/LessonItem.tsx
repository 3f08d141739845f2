/** One lesson: read, tick a follow-up done, edit in place, or remove (a tombstone, after confirmation). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { Lesson, LessonInput } from '../../../shared/domain/lesson';
import { useApp } from '../../app/session-context';
import { lessonRemove, lessonUpdate } from '../../db/lessons';
import { ErrorText } from '../../ui/ErrorText';
import { dateFormat } from '../../ui/format';
import { ConfirmDialog } from '../stakeholders/ConfirmDialog';
import { LessonFields } from './LessonFields';

/** Long lessons are cut in accessible names, so a screen reader does not read a paragraph per button. */
function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function inputOf(lesson: Lesson): LessonInput {
  const { kind, text, owner, dueDate, done } = lesson;
  return { kind, text, owner, dueDate, done };
}

export function LessonItem({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const [editing, setEditing] = useState<LessonInput | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [removing, setRemoving] = useState(false);
  const name = short(lesson.text);

  async function save(input: LessonInput, event?: FormEvent) {
    event?.preventDefault();
    const result = await lessonUpdate(session, lesson.id, input);
    if (!result.ok) return setError(result.error.code);
    setError(null);
    setEditing(null);
  }

  if (editing)
    return (
      <li className="lesson editing">
        <form className="stack" onSubmit={(e) => void save(editing, e)} noValidate>
          <LessonFields
            value={editing}
            onChange={setEditing}
            label={t('report.lessons.editOne', { text: name })}
            onSubmit={() => void save(editing)}
            showDone
          />
          <ErrorText code={error} />
          <div className="actions">
            <button type="button" onClick={() => setEditing(null)}>
              {t('report.lessons.cancel')}
            </button>
            <button type="submit" className="primary">
              {t('report.lessons.save')}
            </button>
          </div>
        </form>
      </li>
    );

  return (
    <li className={`lesson${lesson.done ? ' done' : ''}`}>
      {lesson.kind === 'followUp' && (
        <input
          type="checkbox"
          checked={lesson.done}
          aria-label={t('report.lessons.doneOne', { text: name })}
          onChange={(e) => void save({ ...inputOf(lesson), done: e.target.checked })}
        />
      )}
      <div className="lesson-body">
        <p className="lesson-text">{lesson.text}</p>
        <p className="hint">
          {lesson.kind === 'followUp' &&
            `${
              lesson.dueDate
                ? t('report.lessons.ownerDue', {
                    owner: lesson.owner || t('report.lessons.noOwner'),
                    date: dateFormat(lesson.dueDate, i18n.language),
                  })
                : lesson.owner || t('report.lessons.noOwner')
            } · `}
          {t('report.lessons.by', { name: lesson.createdByName })}
        </p>
        <ErrorText code={error} />
      </div>
      <div className="lesson-actions">
        <button
          type="button"
          aria-label={t('report.lessons.editOne', { text: name })}
          onClick={() => setEditing(inputOf(lesson))}
        >
          {t('report.lessons.edit')}
        </button>
        <button
          type="button"
          aria-label={t('report.lessons.removeOne', { text: name })}
          onClick={() => setRemoving(true)}
        >
          {t('report.lessons.remove')}
        </button>
      </div>
      {removing && (
        <ConfirmDialog
          title={t('report.lessons.removeTitle')}
          explain={t('report.lessons.removeExplain', { text: name })}
          confirm={t('report.lessons.removeConfirm')}
          onConfirm={() => lessonRemove(session, lesson.id)}
          onClose={() => setRemoving(false)}
        />
      )}
    </li>
  );
}
