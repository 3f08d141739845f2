import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { entryTextOf } from './entry-text';

/** An entry's text in the reader's language: system entries are rendered from their event. */
export function useEntryText(): (entry: TimelineEntry) => string {
  const { t } = useTranslation();
  return entryTextOf(t);
}
