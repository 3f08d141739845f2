/** One timeline entry as the team reads it, with what later entries say about it. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryId } from '../../../shared/domain/ids';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { entryStatus, type EntryAmendments } from '../../../shared/domain/timeline-rules';
import { useRoleLabel } from '../profile/RoleSelect';
import { timeFormat } from '../../ui/format';
import { useEntryText } from './use-entry-text';

export type AmendAction = 'correct' | 'retract';

interface Props {
  entry: TimelineEntry;
  amendments: EntryAmendments | undefined;
  target: TimelineEntry | undefined;
  onPin(id: EntryId, pinned: boolean): void;
  onAmend(entry: TimelineEntry, action: AmendAction): void;
}

export const EntryRow = memo(function EntryRow({ entry, amendments, target, onPin, onAmend }: Props) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const entryText = useEntryText();
  const lng = i18n.language;
  const status = entryStatus(amendments);
  const isRetraction = entry.amends?.type === 'retraction';
  const author = entry.authorRole
    ? t('timeline.byRole', { author: entry.authorName, role: roleLabel(entry.authorRole) })
    : t('timeline.by', { author: entry.authorName });
  const recordedLate = Date.parse(entry.recordedAt) - Date.parse(entry.occurredAt) > 60_000;

  return (
    <article
      className={`entry entry-${entry.kind} status-${status}${entry.pinned ? ' pinned' : ''}${isRetraction ? ' retraction' : ''}`}
      aria-label={`${timeFormat(entry.occurredAt, lng)} ${t(`kinds.${entry.kind}`)}`}
    >
      <div className="entry-time">
        <time dateTime={entry.occurredAt}>{timeFormat(entry.occurredAt, lng)}</time>
        {recordedLate && (
          <small>{t('timeline.recordedAt', { time: timeFormat(entry.recordedAt, lng) })}</small>
        )}
      </div>
      <div className="entry-body">
        <div className="entry-meta">
          <span className={`kind kind-${entry.kind}`}>{t(`kinds.${entry.kind}`)}</span>
          {status === 'corrected' && (
            <span className="badge badge-corrected">{t('timeline.correctedBadge')}</span>
          )}
          {status === 'retracted' && (
            <span className="badge badge-retracted">{t('timeline.retractedBadge')}</span>
          )}
          {entry.pinned && <span className="badge badge-pinned">{t('timeline.pinned')}</span>}
          <span className="author">{author}</span>
        </div>
        {entry.amends && target && (
          <p className="entry-reference">
            {t(isRetraction ? 'timeline.retractionOf' : 'timeline.correctionOf', {
              time: timeFormat(target.occurredAt, lng),
              text: entryText(target),
            })}
          </p>
        )}
        <p className="entry-text">
          {isRetraction ? t('timeline.retractionReason', { reason: entry.text }) : entryText(entry)}
        </p>
        {amendments?.corrections.map((c) => (
          <p key={c.id} className="entry-amendment">
            {t('timeline.correctedBy', { author: c.authorName, time: timeFormat(c.recordedAt, lng) })}
          </p>
        ))}
        {amendments?.retraction && (
          <p className="entry-amendment">
            {t('timeline.retractedBy', {
              author: amendments.retraction.authorName,
              time: timeFormat(amendments.retraction.recordedAt, lng),
              reason: amendments.retraction.text,
            })}
          </p>
        )}
        {entry.tags.length > 0 && (
          <ul className="tags" aria-label={t('timeline.tags')}>
            {entry.tags.map((tag) => (
              <li key={tag}>#{tag}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="entry-actions">
        <button
          type="button"
          className="icon"
          aria-pressed={entry.pinned}
          aria-label={entry.pinned ? t('timeline.unpin') : t('timeline.pin')}
          title={entry.pinned ? t('timeline.unpin') : t('timeline.pin')}
          onClick={() => onPin(entry.id, !entry.pinned)}
        >
          {entry.pinned ? '★' : '☆'}
        </button>
        {entry.kind !== 'system' && !isRetraction && status !== 'retracted' && (
          <>
            <button type="button" onClick={() => onAmend(entry, 'correct')}>
              {t('timeline.correct')}
            </button>
            <button type="button" onClick={() => onAmend(entry, 'retract')}>
              {t('timeline.retract')}
            </button>
          </>
        )}
      </div>
    </article>
  );
});
