/** The virtualised timeline: only the rows on screen exist in the DOM, however long the incident runs. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryId } from '../../../shared/domain/ids';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { TimelineSnapshot } from '../../db/timeline-store';
import { dayFormat } from '../../ui/format';
import { EntryRow, type AmendAction } from './EntryRow';
import type { TimelineRow } from './rows';

interface Props {
  rows: readonly TimelineRow[];
  snapshot: TimelineSnapshot;
  onPin(id: EntryId, pinned: boolean): void;
  onAmend(entry: TimelineEntry, action: AmendAction): void;
}

export function TimelineList({ rows, snapshot, onPin, onAmend }: Props) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.type === 'day' ? 40 : 76),
    getItemKey: (i) => rows[i]!.key,
    overscan: 8,
  });

  return (
    <div ref={scrollRef} className="timeline-scroll" tabIndex={-1}>
      <div
        role="list"
        aria-label={t('timeline.listLabel')}
        style={{ height: virtualizer.getTotalSize() }}
        className="timeline-list"
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={row.type === 'day' ? 'day-row' : 'entry-row'}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.type === 'day' ? (
                <h3 className="day-separator">{dayFormat(row.dayStartMs, i18n.language)}</h3>
              ) : (
                <EntryRow
                  entry={row.entry}
                  amendments={snapshot.amendments.get(row.entry.id)}
                  target={row.entry.amends ? snapshot.lookup(row.entry.amends.entryId) : undefined}
                  onPin={onPin}
                  onAmend={onAmend}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
