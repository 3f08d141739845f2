/** The fields of one lesson: its text, and for a follow-up its owner, due date and done mark. */
import { useTranslation } from 'react-i18next';
import type { LessonInput } from '../../../shared/domain/lesson';

interface Props {
  value: LessonInput;
  onChange(value: LessonInput): void;
  /** The text box's accessible name. */
  label: string;
  /** Enter in the text box: submit (Shift+Enter is a new line). */
  onSubmit(): void;
  showDone: boolean;
}

export function LessonFields({ value, onChange, label, onSubmit, showDone }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <textarea
        aria-label={label}
        value={value.text}
        rows={2}
        maxLength={2000}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
      {value.kind === 'followUp' && (
        <div className="lesson-follow-up-fields">
          <label>
            {t('report.lessons.owner')}
            <input
              value={value.owner}
              maxLength={100}
              onChange={(e) => onChange({ ...value, owner: e.target.value })}
            />
          </label>
          <label>
            {t('report.lessons.dueDate')}
            <input
              type="date"
              value={value.dueDate ?? ''}
              onChange={(e) => onChange({ ...value, dueDate: e.target.value || null })}
            />
          </label>
          {showDone && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={value.done}
                onChange={(e) => onChange({ ...value, done: e.target.checked })}
              />
              {t('report.lessons.done')}
            </label>
          )}
        </div>
      )}
    </>
  );
}
