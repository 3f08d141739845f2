/** The virtualised timeline: only the rows on screen exist in the DOM, however long the incident runs. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryId } from '../../../shared/domain/ids';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { TimelineSnapshot } from '../../db/timeline-store';
import { dayFormat } from '../../ui/format';
import { EntryRow, type AmendAction } from './EntryRow';
import type { TimelineRows } from './rows';

interface Props {
  rows: TimelineRows;
  snapshot: TimelineSnapshot;
  onPin(id: EntryId, pinned: boolean): void;
  onAmend(entry: TimelineEntry, action: AmendAction): void;
}

export function TimelineList({ rows, snapshot, onPin, onAmend }: Props) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer lays out every row again whenever getItemKey changes identity, so it changes only
  // with the rows: a re-render after measuring the new row then starts from that row, not from row 0.
  const getItemKey = useCallback((i: number) => rows.key(i), [rows]);
  const estimateSize = useCallback((i: number) => (rows.isDay(i) ? 40 : 76), [rows]);
  const virtualizer = useVirtualizer({
    count: rows.count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
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
          const row = rows.at(item.index);
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
