/** Correcting or retracting an entry: both add a new entry; the original is never changed. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import { occurredAtFormat, occurredAtParse } from '../../../shared/domain/occurred-at';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { useApp } from '../../app/session-context';
import { entryCorrect, entryRetract } from '../../db/timeline';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import type { AmendAction } from './EntryRow';
import { useEntryText } from './use-entry-text';

interface Props {
  entry: TimelineEntry;
  action: AmendAction;
  onClose(): void;
}

export function AmendDialog({ entry, action, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const entryText = useEntryText();
  const [text, setText] = useState(action === 'correct' ? entry.text : '');
  const [when, setWhen] = useState(occurredAtFormat(entry.occurredAt));
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let result;
    if (action === 'correct') {
      const occurredAt = occurredAtParse(when, Date.now());
      if (!occurredAt.ok) return setError(occurredAt.error.code);
      result = await entryCorrect(session, entry.id, { text, occurredAt: occurredAt.value });
    } else {
      result = await entryRetract(session, entry.id, text);
    }
    if (!result.ok) return setError(result.error.code);
    onClose();
  }

  const prefix = action === 'correct' ? 'correct' : 'retract';
  return (
    <Dialog title={t(`${prefix}.title`)} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <p>{t(`${prefix}.explain`)}</p>
        <blockquote aria-label={t('correct.original')}>{entryText(entry)}</blockquote>
        <label>
          {action === 'correct' ? t('correct.text') : t('retract.reason')}
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} autoFocus />
        </label>
        {action === 'correct' && (
          <label>
            {t('timeline.occurredAt')}
            <input
              value={when}
              onChange={(e) => setWhen(e.target.value)}
              placeholder={t('timeline.timeFormat')}
            />
          </label>
        )}
        <ErrorText code={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t(`${prefix}.cancel`)}
          </button>
          <button type="submit" className="primary">
            {t(`${prefix}.submit`)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
