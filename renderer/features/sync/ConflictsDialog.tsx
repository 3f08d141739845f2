/** The open conflicts: per field, every value still standing, who wrote it and when; pick one to keep. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import { hlcParse } from '../../../shared/sync/hlc';
import { useApp } from '../../app/session-context';
import { conflictResolve } from '../../db/conflict-resolve';
import { useConflicts, type ConflictView } from '../../db/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { dateTimeFormat } from '../../ui/format';

function useValueText(names: ReadonlyMap<string, string>) {
  const { t } = useTranslation();
  return (field: string, value: unknown): string => {
    if (value === null || value === '') return '—';
    if ((field === 'memberId' || field === 'assigneeId') && typeof value === 'string')
      return names.get(value) ?? value.slice(0, 8);
    if (field === 'status') return t(`inform.status.${String(value)}`, { defaultValue: String(value) });
    if (field === 'group') return t(`groups.${String(value)}`, { defaultValue: String(value) });
    if (field === 'phase') return t(`phases.${String(value)}`, { defaultValue: String(value) });
    if (field === 'severity') return t(`severity.${String(value)}`, { defaultValue: String(value) });
    if (typeof value === 'boolean') return value ? '✓' : '✗';
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
}

export function ConflictsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const conflicts = useConflicts(session.db);
  return (
    <Dialog title={t('conflicts.title')} onClose={onClose}>
      <p>{t('conflicts.explain')}</p>
      {conflicts?.length === 0 && <p className="empty-state">{t('conflicts.empty')}</p>}
      <ul className="conflicts">
        {conflicts?.map((view) => (
          <ConflictItem
            key={`${view.conflict.table}/${view.conflict.recordId}/${view.conflict.field}`}
            view={view}
          />
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('conflicts.close')}
        </button>
      </div>
    </Dialog>
  );
}

function ConflictItem({ view }: { view: ConflictView }) {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const valueText = useValueText(view.authorNames);
  const [error, setError] = useState<ErrorCode | null>(null);
  const { conflict } = view;
  const field = t(`fields.${conflict.field}`, { defaultValue: conflict.field });
  return (
    <li>
      <h3>
        {t(`conflicts.record.${conflict.table}`, { label: view.label })}: {field}
      </h3>
      <ul>
        {conflict.heads.map((head, i) => {
          const ms = hlcParse(head.hlc)?.ms ?? 0;
          const author = view.authorNames.get(head.author) ?? head.author.slice(0, 8);
          return (
            <li key={head.op} className="conflict-value">
              <strong>{valueText(conflict.field, head.value)}</strong>
              <span>
                {t('conflicts.by', {
                  author,
                  time: dateTimeFormat(new Date(ms).toISOString(), i18n.language),
                })}
                {i === conflict.heads.length - 1 && ` · ${t('conflicts.shown')}`}
              </span>
              <button
                type="button"
                aria-label={`${t('conflicts.keep')}: ${valueText(conflict.field, head.value)}`}
                onClick={async () => {
                  const result = await conflictResolve(session, conflict, head.value);
                  setError(result.ok ? null : result.error.code);
                }}
              >
                {t('conflicts.keep')}
              </button>
            </li>
          );
        })}
      </ul>
      <ErrorText code={error} />
    </li>
  );
}
