/**
 * The organisation-wide stakeholder directory: search and filter, add, edit and remove, import from CSV
 * or vCard, export to CSV. It outlives incidents; each incident's board picks from it.
 */
import { lazy, Suspense, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  priorities,
  stakeholdersFilter,
  standardGroups,
  type Priority,
  type Stakeholder,
} from '../../../shared/domain/stakeholder';
import { useApp } from '../../app/session-context';
import { useStakeholders } from '../../db/people-hooks';
import { stakeholderRemove } from '../../db/stakeholders';
import { ConfirmDialog } from './ConfirmDialog';
import { fileDownload } from './import-files';
import { StakeholderDialog } from './StakeholderDialog';
import { StakeholderList } from './StakeholderList';
import { useDirectorySearch, type DirectoryFilter } from './use-directory-search';
import { languageOf } from '../../i18n';

// The parsers (papaparse, ical.js) load when an import or export is first used, not with the app.
const ImportCsvDialog = lazy(() => import('./ImportCsvDialog').then((m) => ({ default: m.ImportCsvDialog })));
const ImportVcardDialog = lazy(() =>
  import('./ImportVcardDialog').then((m) => ({ default: m.ImportVcardDialog })),
);

const NONE: Stakeholder[] = [];
const NO_FILTER: DirectoryFilter = { query: '', group: null, priority: null };

type Open =
  | { dialog: 'add' }
  | { dialog: 'edit'; stakeholder: Stakeholder }
  | { dialog: 'remove'; stakeholder: Stakeholder }
  | { dialog: 'importCsv' }
  | { dialog: 'importVcard' }
  | null;

export function StakeholderDirectory() {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const headingId = useId();
  const loaded = useStakeholders(session.db);
  const all = loaded ?? NONE;
  const [filter, setFilter] = useState<DirectoryFilter>(NO_FILTER);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { shown, total, customGroups } = useDirectorySearch(all, filter);
  const filtered = filter.query !== '' || filter.group !== null || filter.priority !== null;

  const onEdit = useCallback((stakeholder: Stakeholder) => setOpen({ dialog: 'edit', stakeholder }), []);
  const onRemove = useCallback((stakeholder: Stakeholder) => setOpen({ dialog: 'remove', stakeholder }), []);
  const close = useCallback(() => setOpen(null), []);
  const imported = useCallback(
    (count: number) => {
      setOpen(null);
      setNotice(t('stakeholders.imported', { count }));
    },
    [t],
  );

  async function exportCsv() {
    const { csvExport } = await import('../../../shared/io/stakeholders-csv');
    const language = languageOf(i18n.language);
    // Excel with Dutch regional settings splits on semicolons; the import reads either.
    // The whole directory, in the order it is listed, whatever the filters show.
    const csv = csvExport(stakeholdersFilter(all, NO_FILTER), {
      language,
      delimiter: language === 'nl' ? ';' : ',',
    });
    fileDownload('stakeholders.csv', csv, 'text/csv;charset=utf-8');
  }

  return (
    <section className="directory" aria-labelledby={headingId}>
      <header className="directory-header">
        <h1 id={headingId}>{t('stakeholders.title')}</h1>
        <div className="directory-actions">
          <button type="button" className="primary" onClick={() => setOpen({ dialog: 'add' })}>
            {t('stakeholders.add')}
          </button>
          <button type="button" onClick={() => setOpen({ dialog: 'importCsv' })}>
            {t('stakeholders.importCsv')}
          </button>
          <button type="button" onClick={() => setOpen({ dialog: 'importVcard' })}>
            {t('stakeholders.importVcard')}
          </button>
          <button type="button" onClick={() => void exportCsv()} disabled={total === 0}>
            {t('stakeholders.exportCsv')}
          </button>
        </div>
      </header>
      <div className="directory-filters" role="search">
        <input
          type="search"
          aria-label={t('stakeholders.search')}
          placeholder={t('stakeholders.searchPlaceholder')}
          value={filter.query}
          onChange={(e) => setFilter({ ...filter, query: e.target.value })}
        />
        <label>
          {t('stakeholders.filterGroup')}
          <select
            value={filter.group ?? ''}
            onChange={(e) => setFilter({ ...filter, group: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('stakeholders.allGroups')}</option>
            {standardGroups.map((g) => (
              <option key={g} value={g}>
                {t(`groups.${g}`)}
              </option>
            ))}
            {customGroups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('stakeholders.filterPriority')}
          <select
            value={filter.priority ?? ''}
            onChange={(e) =>
              setFilter({
                ...filter,
                priority: e.target.value === '' ? null : (Number(e.target.value) as Priority),
              })
            }
          >
            <option value="">{t('stakeholders.allPriorities')}</option>
            {priorities.map((p) => (
              <option key={p} value={p}>
                {t(`stakeholderForm.priorities.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="directory-count" aria-live="polite">
          {t('stakeholders.shown', { shown: shown.length, total })}
        </p>
        {filtered && (
          <button type="button" className="link" onClick={() => setFilter(NO_FILTER)}>
            {t('stakeholders.clearFilters')}
          </button>
        )}
      </div>
      {notice && (
        <p className="directory-notice" role="status">
          {notice}
        </p>
      )}
      {loaded === undefined ? null : total === 0 ? (
        <p className="empty-state">{t('stakeholders.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty-state">{t('stakeholders.noMatches')}</p>
      ) : (
        <StakeholderList shown={shown} onEdit={onEdit} onRemove={onRemove} />
      )}
      {open?.dialog === 'add' && <StakeholderDialog onClose={close} />}
      {open?.dialog === 'edit' && <StakeholderDialog stakeholder={open.stakeholder} onClose={close} />}
      {open?.dialog === 'remove' && (
        <ConfirmDialog
          title={t('stakeholders.removeTitle', { name: open.stakeholder.name })}
          explain={t('stakeholders.removeExplain')}
          confirm={t('stakeholders.removeConfirm')}
          onConfirm={() => stakeholderRemove(session, open.stakeholder.id)}
          onClose={close}
        />
      )}
      <Suspense fallback={<p className="muted">{t('stakeholders.loadingImport')}</p>}>
        {open?.dialog === 'importCsv' && (
          <ImportCsvDialog existing={all} onClose={close} onImported={imported} />
        )}
        {open?.dialog === 'importVcard' && (
          <ImportVcardDialog existing={all} onClose={close} onImported={imported} />
        )}
      </Suspense>
    </section>
  );
}
