/**
 * Search and filter over the directory, fast enough for 10,000 stakeholders: each stakeholder's search
 * text (with its group in the reader's language) is folded once per change of the directory, not once
 * per keystroke, and the query is deferred so typing never waits for the list.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fold,
  isStandardGroup,
  stakeholderSearchText,
  stakeholdersFilter,
  type Priority,
  type Stakeholder,
} from '../../../shared/domain/stakeholder';

export interface DirectoryFilter {
  query: string;
  group: string | null;
  priority: Priority | null;
}

export interface DirectoryView {
  shown: Stakeholder[];
  /** Stakeholders in the directory (removed ones not counted). */
  total: number;
  /** Custom groups in use, for the group filter. */
  customGroups: string[];
}

export function useDirectorySearch(all: readonly Stakeholder[], filter: DirectoryFilter): DirectoryView {
  // `t` keeps its identity until the language changes, so the texts are folded again only then.
  const { t } = useTranslation();
  const query = useDeferredValue(filter.query);
  const { group, priority } = filter;
  const texts = useMemo(() => {
    const map = new Map<string, string>();
    for (const s of all) {
      const group = isStandardGroup(s.group) ? ` ${fold(t(`groups.${s.group}`))}` : '';
      map.set(s.id, stakeholderSearchText(s) + group);
    }
    return map;
  }, [all, t]);
  const shown = useMemo(
    () => stakeholdersFilter(all, { query, group, priority }, (s) => texts.get(s.id) ?? ''),
    [all, texts, query, group, priority],
  );
  const { total, customGroups } = useMemo(() => {
    const live = all.filter((s) => s.removedAt === null);
    const custom = new Set(live.map((s) => s.group));
    const customGroups = [...custom].filter((g) => !isStandardGroup(g)).sort((a, b) => a.localeCompare(b));
    return { total: live.length, customGroups };
  }, [all]);
  return { shown, total, customGroups };
}
