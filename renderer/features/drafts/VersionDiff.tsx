/** The changes between two versions, word by word (jsdiff): removed text struck through, added underlined. */
import { diffWordsWithSpace } from 'diff';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftVersion } from '../../../shared/domain/draft-version';

export function VersionDiff({
  from,
  to,
  numbers,
}: {
  from: DraftVersion;
  to: DraftVersion;
  numbers: Map<string, number>;
}) {
  const { t } = useTranslation();
  const parts = useMemo(() => diffWordsWithSpace(from.body, to.body), [from.body, to.body]);
  const title = t('drafts.history.diffTitle', { a: numbers.get(from.id), b: numbers.get(to.id) });
  return (
    <figure className="version-diff">
      <figcaption>{title}</figcaption>
      {from.hash === to.hash ? (
        <p className="hint">{t('drafts.history.same')}</p>
      ) : (
        <p className="diff-text" aria-label={title}>
          {parts.map((part, i) =>
            part.added ? (
              <ins key={i} title={t('drafts.history.added')}>
                {part.value}
              </ins>
            ) : part.removed ? (
              <del key={i} title={t('drafts.history.removed')}>
                {part.value}
              </del>
            ) : (
              <span key={i}>{part.value}</span>
            ),
          )}
        </p>
      )}
    </figure>
  );
}
