/** Adds a lesson of one kind; Enter adds it, as the scribe is used to from the timeline. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { IncidentId } from '../../../shared/domain/ids';
import type { LessonInput, LessonKind } from '../../../shared/domain/lesson';
import { useApp } from '../../app/session-context';
import { lessonCreate } from '../../db/lessons';
import { ErrorText } from '../../ui/ErrorText';
import { LessonFields } from './LessonFields';

const empty = (kind: LessonKind): LessonInput => ({ kind, text: '', owner: '', dueDate: null, done: false });

export function LessonAddForm({ kind, incidentId }: { kind: LessonKind; incidentId: IncidentId }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [value, setValue] = useState<LessonInput>(() => empty(kind));
  const [error, setError] = useState<ErrorCode | null>(null);

  async function add(event?: FormEvent) {
    event?.preventDefault();
    const result = await lessonCreate(session, incidentId, value);
    if (!result.ok) return setError(result.error.code);
    setError(null);
    setValue(empty(kind));
  }

  return (
    <form className="lesson-add stack" onSubmit={(e) => void add(e)} noValidate>
      <LessonFields
        value={value}
        onChange={setValue}
        label={t(`report.lessons.newLabel.${kind}`)}
        onSubmit={() => void add()}
        showDone={false}
      />
      <ErrorText code={error} />
      <div className="actions">
        <span className="hint">{t('report.lessons.enterHint')}</span>
        <button type="submit">{t('report.lessons.add')}</button>
      </div>
    </form>
  );
}
