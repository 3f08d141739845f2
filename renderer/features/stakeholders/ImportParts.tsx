/**
 * What the CSV and vCard import dialogs share: the translated error naming the line, the summary of
 * what will be imported and skipped, and the all-or-nothing import button with its progress.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type {
  ImportError,
  ImportField,
  ImportResult,
  ImportSkip,
  StakeholderImport,
} from '../../../shared/io/import-error';
import { headerLabels } from '../../../shared/io/stakeholder-vocabulary';
import { useApp } from '../../app/session-context';
import { stakeholdersImport } from '../../db/stakeholders';
import { errorKey } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { importFileRead } from './import-files';
import { languageOf } from '../../i18n';

/** How many skipped lines are listed before "…". */
const LINES_SHOWN = 12;

/** A field's name as the CSV export writes it in the reader's language (and the import reads it back). */
export function useFieldLabel(): (field: ImportField) => string {
  const { i18n } = useTranslation();
  const labels = headerLabels[languageOf(i18n.language)];
  return (field) => labels[field];
}

export function ImportErrorText({ error }: { error: ImportError }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const where =
    error.line === undefined
      ? ''
      : error.column === undefined
        ? t('importErrors.atLine', { line: error.line })
        : t('importErrors.atLineColumn', { line: error.line, column: error.column });
  let what = t(`importErrors.${error.code.slice('import.'.length)}`, {
    value: error.value ?? '',
    field: error.field ? fieldLabel(error.field) : '',
  });
  if (error.code === 'import.invalidRow' && error.reason) {
    what = t(errorKey(error.reason));
    if (error.value) what += ` ${t('importErrors.valueShown', { value: error.value })}`;
  }
  const more = error.moreRows ? t('importErrors.more', { count: error.moreRows }) : '';
  return (
    <div role="alert" className="error import-error">
      <p>{[where, what].filter(Boolean).join(' ')}</p>
      {more && <p>{more}</p>}
      <p className="muted">{t('importErrors.nothingImported')}</p>
    </div>
  );
}

function linesList(skips: readonly ImportSkip[], withOriginal: boolean): string {
  const shown = skips
    .slice(0, LINES_SHOWN)
    .map((s) => (withOriginal && s.of !== undefined ? `${s.line} (= ${s.of})` : String(s.line)));
  return skips.length > LINES_SHOWN ? `${shown.join(', ')}, …` : shown.join(', ');
}

export function ImportSummary({ value }: { value: StakeholderImport }) {
  const { t } = useTranslation();
  const inFile = value.skipped.filter((s) => s.reason === 'duplicateInFile');
  const inDirectory = value.skipped.filter((s) => s.reason === 'alreadyInDirectory');
  return (
    <div className="import-summary" role="status">
      <p>
        <strong>{t('importCommon.toImport', { count: value.drafts.length })}</strong>
      </p>
      {inDirectory.length > 0 && (
        <p>
          {t('importCommon.skippedInDirectory', { count: inDirectory.length })}{' '}
          {t('importCommon.lines', { lines: linesList(inDirectory, false) })}
        </p>
      )}
      {inFile.length > 0 && (
        <p>
          {t('importCommon.skippedInFile', { count: inFile.length })}{' '}
          {t('importCommon.lines', { lines: linesList(inFile, true) })}
        </p>
      )}
    </div>
  );
}

export type ImportStatus = 'idle' | 'reading' | 'importing';

export interface ImportDialogProps {
  /** The directory as it is, to skip who is already in it. */
  existing: readonly Stakeholder[];
  onClose(): void;
  onImported(count: number): void;
}

/** Reads the chosen file and parses it, showing "Reading…" meanwhile; null until a file is chosen. */
export function useImportFile<T>(parse: (text: string) => ImportResult<T>) {
  const [status, setStatus] = useState<ImportStatus>('idle');
  const [parsed, setParsed] = useState<ImportResult<T> | null>(null);
  async function choose(file: File | undefined) {
    setParsed(null);
    if (!file) return;
    setStatus('reading');
    const text = await importFileRead(file);
    setParsed(text.ok ? parse(text.value) : text);
    setStatus('idle');
  }
  return { status, setStatus, parsed, choose };
}

interface FileInputProps {
  label: string;
  accept: string;
  status: ImportStatus;
  onFile(file: File | undefined): void;
}

export function ImportFileInput({ label, accept, status, onFile }: FileInputProps) {
  return (
    <label>
      {label}
      <input
        type="file"
        accept={accept}
        disabled={status !== 'idle'}
        onChange={(e) => onFile(e.target.files?.[0])}
      />
    </label>
  );
}

export function ImportProgress({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  if (status === 'idle') return null;
  return (
    <p className="import-progress" role="status" aria-live="polite">
      {status === 'reading' ? t('importCommon.reading') : t('importCommon.importing')}
    </p>
  );
}

interface ActionsProps {
  value: StakeholderImport | null;
  status: ImportStatus;
  onStatus(status: ImportStatus): void;
  onClose(): void;
  onImported(count: number): void;
}

/** Cancel and "Import N stakeholders": one transaction, so a refusal leaves the directory as it was. */
export function ImportActions({ value, status, onStatus, onClose, onImported }: ActionsProps) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [error, setError] = useState<ErrorCode | null>(null);
  const count = value?.drafts.length ?? 0;
  async function run() {
    if (!value) return;
    onStatus('importing');
    const result = await stakeholdersImport(session, value.drafts);
    onStatus('idle');
    if (!result.ok) return setError(result.error.code);
    onImported(result.value.length);
  }
  return (
    <>
      <ErrorText code={error} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('importCommon.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={count === 0 || status !== 'idle'}
          onClick={() => void run()}
        >
          {t('importCommon.submit', { count })}
        </button>
      </div>
    </>
  );
}

interface FrameProps extends ImportDialogProps {
  title: string;
  explain: string;
  fileLabel: string;
  accept: string;
  reader: ReturnType<typeof useImportFile<unknown>>;
  /** What the file and the choices below it make of the directory; null while something is missing. */
  result: ImportResult<StakeholderImport> | null;
  /** The steps between choosing the file and the summary (mapping, group). */
  children: ReactNode;
}

/** The frame both import dialogs share: file, progress, the dialog's own steps, summary, import button. */
export function ImportFrame(props: FrameProps) {
  const { reader, result } = props;
  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <div className="stack import-dialog">
        <p className="muted">{props.explain}</p>
        <ImportFileInput
          label={props.fileLabel}
          accept={props.accept}
          status={reader.status}
          onFile={(file) => void reader.choose(file)}
        />
        <ImportProgress status={reader.status} />
        {reader.parsed && !reader.parsed.ok && <ImportErrorText error={reader.parsed.error} />}
        {props.children}
        {result &&
          (result.ok ? <ImportSummary value={result.value} /> : <ImportErrorText error={result.error} />)}
        <ImportActions
          value={result?.ok ? result.value : null}
          status={reader.status}
          onStatus={reader.setStatus}
          onClose={props.onClose}
          onImported={props.onImported}
        />
      </div>
    </Dialog>
  );
}
