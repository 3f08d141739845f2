/**
 * Lessons learned, the part of the evaluation the team writes itself: what went well, what did not, and
 * follow-ups with an owner and a due date. Anyone can add during the crisis or after; every lesson is its
 * own record, so nothing typed on another laptop is overwritten.
 */
import { useTranslation } from 'react-i18next';
import type { IncidentId } from '../../../shared/domain/ids';
import { lessonKinds, type Lesson, type LessonKind } from '../../../shared/domain/lesson';
import { useApp } from '../../app/session-context';
import { useLessons } from '../../db/lesson-hooks';
import { LessonAddForm } from './LessonAddForm';
import { LessonItem } from './LessonItem';

export function LessonsSection({ incidentId }: { incidentId: IncidentId }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const lessons = useLessons(session.db, incidentId);
  return (
    <section className="lessons" aria-labelledby="lessons-title">
      <h2 id="lessons-title">{t('report.lessons.title')}</h2>
      <p className="hint">{t('report.lessons.explain')}</p>
      <div className="lessons-columns">
        {lessonKinds.map((kind) => (
          <LessonList
            key={kind}
            kind={kind}
            incidentId={incidentId}
            lessons={lessons?.filter((l) => l.kind === kind)}
          />
        ))}
      </div>
    </section>
  );
}

interface ListProps {
  kind: LessonKind;
  incidentId: IncidentId;
  lessons: Lesson[] | undefined;
}

function LessonList({ kind, incidentId, lessons }: ListProps) {
  const { t } = useTranslation();
  const titleId = `lessons-${kind}`;
  return (
    <section className={`lesson-list lesson-${kind}`} aria-labelledby={titleId}>
      <h3 id={titleId}>{t(`report.lessons.kinds.${kind}`)}</h3>
      {lessons && lessons.length === 0 && <p className="empty-state">{t(`report.lessons.empty.${kind}`)}</p>}
      {lessons && lessons.length > 0 && (
        <ul aria-labelledby={titleId}>
          {lessons.map((lesson) => (
            <LessonItem key={lesson.id} lesson={lesson} />
          ))}
        </ul>
      )}
      <LessonAddForm kind={kind} incidentId={incidentId} />
    </section>
  );
}
