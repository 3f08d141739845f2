/**
 * Export buttons with the report's language and a progress bar: a large incident takes seconds to read,
 * build and render, and the team must see that something is happening. One export runs at a time.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainError } from '../../../shared/domain/errors';
import type { IncidentId } from '../../../shared/domain/ids';
import type { ReportLanguage } from '../../../shared/report/report-texts';
import { useApp } from '../../app/session-context';
import { languageOf } from '../../i18n';
import { useDesktopCommand } from '../../platform/desktop-bridge';
import { ErrorText } from '../../ui/ErrorText';
import { exportKinds, exportSteps, reportExport, type ExportKind, type ExportStep } from './report-export';

type Progress =
  | { state: 'idle' }
  | { state: 'working'; kind: ExportKind; step: ExportStep }
  | { state: 'done'; kind: ExportKind; saved: boolean }
  | { state: 'failed'; error: DomainError };

export function ExportSection({ incidentId }: { incidentId: IncidentId }) {
  const { t, i18n } = useTranslation();
  const { session, platform } = useApp();
  const [language, setLanguage] = useState<ReportLanguage>(languageOf(i18n.language));
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const working = progress.state === 'working';
  const label = (kind: ExportKind) => t(`report.export.${kind}`);
  const buttons = useRef<HTMLDivElement>(null);
  // Export (Ctrl+E) on this page: to the first export button, keyboard first.
  useDesktopCommand(
    'export',
    useCallback(() => buttons.current?.querySelector('button')?.focus(), []),
  );

  async function run(kind: ExportKind) {
    const result = await reportExport(session, platform, i18n, incidentId, {
      kind,
      language,
      onStep: (step) => setProgress({ state: 'working', kind, step }),
    });
    setProgress(
      result.ok
        ? { state: 'done', kind, saved: result.value.saved }
        : { state: 'failed', error: result.error },
    );
  }

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('report.export.title')}</h2>
      <p className="hint">{t('report.export.explain')}</p>
      <label className="export-language">
        {t('report.export.language')}
        <select value={language} onChange={(e) => setLanguage(e.target.value as ReportLanguage)}>
          <option value="en">{t('language.en')}</option>
          <option value="nl">{t('language.nl')}</option>
        </select>
      </label>
      <div className="export-buttons" ref={buttons}>
        {exportKinds.map((kind) => (
          <button key={kind} type="button" disabled={working} onClick={() => void run(kind)}>
            {label(kind)}
          </button>
        ))}
      </div>
      <p className="hint">
        {t('report.export.archiveHint')}
        {platform.kind === 'browser' && ` ${t('report.export.pdfBrowser')}`}
      </p>
      {progress.state === 'working' && (
        <div role="status" className="export-progress">
          {t('report.export.working', { what: label(progress.kind) })}{' '}
          {t(`report.export.step.${progress.step}`)}
          <progress
            aria-label={t('report.export.working', { what: label(progress.kind) })}
            value={exportSteps.indexOf(progress.step) + 1}
            max={exportSteps.length}
          />
        </div>
      )}
      {progress.state === 'done' && (
        <p role="status">
          {progress.saved
            ? t(platform.kind === 'browser' ? 'report.export.downloaded' : 'report.export.done', {
                what: label(progress.kind),
              })
            : t(
                progress.kind === 'pdf' && platform.kind === 'browser'
                  ? 'report.export.pdfBrowser'
                  : 'report.export.cancelled',
              )}
        </p>
      )}
      {progress.state === 'failed' && <ErrorText error={progress.error} />}
    </section>
  );
}
