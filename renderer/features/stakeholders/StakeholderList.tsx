/**
 * The filtered directory. A few hundred rows render as they are; beyond that only the rows on screen
 * exist in the DOM (TanStack Virtual, as the timeline does), so 10,000 stakeholders scroll smoothly.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { StakeholderRow } from './StakeholderRow';

/** Below this many rows the list is not virtualised: simpler DOM, and find-in-page sees everything. */
export const VIRTUAL_FROM = 300;

interface Props {
  shown: readonly Stakeholder[];
  onEdit(s: Stakeholder): void;
  onRemove(s: Stakeholder): void;
}

export function StakeholderList(props: Props) {
  return props.shown.length > VIRTUAL_FROM ? <VirtualList {...props} /> : <PlainList {...props} />;
}

function PlainList({ shown, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <div className="stakeholder-scroll">
      <div role="list" aria-label={t('stakeholders.listLabel')} className="stakeholder-list">
        {shown.map((s) => (
          <div role="listitem" key={s.id}>
            <StakeholderRow stakeholder={s} onEdit={onEdit} onRemove={onRemove} />
          </div>
        ))}
      </div>
    </div>
  );
}

function VirtualList({ shown, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((i: number) => shown[i]!.id, [shown]);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 84,
    getItemKey,
    overscan: 10,
  });
  return (
    <div ref={scrollRef} className="stakeholder-scroll">
      <div
        role="list"
        aria-label={t('stakeholders.listLabel')}
        className="stakeholder-list virtual"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            role="listitem"
            data-index={item.index}
            aria-setsize={shown.length}
            aria-posinset={item.index + 1}
            ref={virtualizer.measureElement}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <StakeholderRow stakeholder={shown[item.index]!} onEdit={onEdit} onRemove={onRemove} />
          </div>
        ))}
      </div>
    </div>
  );
}
