/** The incident's timeline: quick entry on top, filters, and the record newest first. */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryId } from '../../../shared/domain/ids';
import type { Incident } from '../../../shared/domain/incident';
import { entryKinds, type EntryKind, type TimelineEntry } from '../../../shared/domain/timeline-entry';
import { useApp } from '../../app/session-context';
import { useTimeline } from '../../db/hooks';
import { entryPinSet } from '../../db/timeline';
import { useDesktopCommand } from '../../platform/desktop-bridge';
import { AmendDialog } from './AmendDialog';
import type { AmendAction } from './EntryRow';
import { QuickEntry, type QuickEntryHandle } from './QuickEntry';
import { filterActive, noFilter, timelineFilterKeyed, timelineRows, type TimelineFilter } from './rows';
import { TimelineList } from './TimelineList';

export function Timeline({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const snapshot = useTimeline(session.db, incident.id);
  const [filter, setFilter] = useState<TimelineFilter>(noFilter);
  const deferredFilter = useDeferredValue(filter);
  const [amending, setAmending] = useState<{ entry: TimelineEntry; action: AmendAction } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const entryRef = useRef<QuickEntryHandle>(null);

  const filtered = useMemo(() => timelineFilterKeyed(snapshot, deferredFilter), [snapshot, deferredFilter]);
  const rows = useMemo(() => timelineRows(filtered.entries, filtered.keys), [filtered]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable]');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The desktop menu's "New timeline entry" (Ctrl+N) and "Search timeline" (Ctrl+F).
  useDesktopCommand(
    'new-entry',
    useCallback(() => entryRef.current?.focus(), []),
  );
  useDesktopCommand(
    'search',
    useCallback(() => searchRef.current?.focus(), []),
  );

  const onPin = useCallback(
    (id: EntryId, pinned: boolean) => void entryPinSet(session, id, pinned),
    [session],
  );
  const onAmend = useCallback(
    (entry: TimelineEntry, action: AmendAction) => setAmending({ entry, action }),
    [],
  );

  function toggleKind(kind: EntryKind) {
    setFilter((f) => {
      const kinds = new Set(f.kinds);
      if (kinds.has(kind)) kinds.delete(kind);
      else kinds.add(kind);
      return { ...f, kinds };
    });
  }

  const total = snapshot.entries.length;
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="visually-hidden">
        {t('timeline.heading')}
      </h2>
      <QuickEntry ref={entryRef} incidentId={incident.id} />
      <div className="timeline-toolbar">
        <input
          ref={searchRef}
          type="search"
          aria-label={t('timeline.search')}
          placeholder={`${t('timeline.search')} (/)`}
          value={filter.query}
          onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setFilter((f) => ({ ...f, query: '' }));
              entryRef.current?.focus();
            }
          }}
        />
        <div role="group" aria-label={t('timeline.filterKinds')} className="kind-filters">
          {entryKinds.map((kind) => (
            <button
              key={kind}
              type="button"
              aria-pressed={filter.kinds.has(kind)}
              className={`kind kind-${kind}`}
              onClick={() => toggleKind(kind)}
            >
              {t(`kinds.${kind}`)}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={filter.pinnedOnly}
            onClick={() => setFilter((f) => ({ ...f, pinnedOnly: !f.pinnedOnly }))}
          >
            ★ {t('timeline.pinnedOnly')}
          </button>
          {filterActive(filter) && (
            <button type="button" className="link" onClick={() => setFilter(noFilter)}>
              {t('timeline.clearFilters')}
            </button>
          )}
        </div>
        <span className="timeline-count" role="status">
          {filterActive(deferredFilter)
            ? t('timeline.shown', { shown: filtered.entries.length, total })
            : t('timeline.count', { count: total })}
          {!snapshot.complete && total > 0 && ` · ${t('timeline.loadingAll')}`}
        </span>
      </div>
      {snapshot.complete && total === 0 && <p className="empty-state">{t('timeline.empty')}</p>}
      {total > 0 && filtered.entries.length === 0 && <p className="empty-state">{t('timeline.noMatches')}</p>}
      <TimelineList rows={rows} snapshot={snapshot} onPin={onPin} onAmend={onAmend} />
      {amending && <AmendDialog {...amending} onClose={() => setAmending(null)} />}
    </section>
  );
}
