/** A draft's derived status as a badge: text, not only colour. Sibling versions are called out. */
import { useTranslation } from 'react-i18next';
import type { DraftStatus } from '../../../shared/domain/draft-state';

export function StatusBadge({ status, siblings = false }: { status: DraftStatus; siblings?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      {t(`drafts.statuses.${status}`)}
      {siblings && ` · ${t('drafts.siblings.title')}`}
    </span>
  );
}
