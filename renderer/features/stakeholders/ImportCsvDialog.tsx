/**
 * Import stakeholders from a CSV file in three steps on one screen: choose the file, confirm which field
 * each column fills (guessed from the header, Dutch or English), check the preview and the summary. The
 * import is all-or-nothing: an error names the line and nothing is written.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importFields, type ImportField } from '../../../shared/io/import-error';
import {
  csvImport,
  csvMappingGuess,
  csvPreview,
  type CsvColumnTarget,
  type CsvPreview,
} from '../../../shared/io/stakeholders-csv';
import { GroupField } from './GroupField';
import { ImportFrame, useFieldLabel, useImportFile, type ImportDialogProps } from './ImportParts';

type Mapping = (CsvColumnTarget | null)[];

export function ImportCsvDialog(props: ImportDialogProps) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const reader = useImportFile(csvPreview);
  const preview = reader.parsed?.ok ? reader.parsed.value : null;
  const { existing } = props;
  // The person's changes to the guessed mapping, for the file they were made on.
  const [edited, setEdited] = useState<{ preview: CsvPreview; mapping: Mapping } | null>(null);
  const [defaultGroup, setDefaultGroup] = useState('');
  const guessed = useMemo(() => (preview ? csvMappingGuess(preview.headers) : []), [preview]);
  const mapping = edited && edited.preview === preview ? edited.mapping : guessed;

  const result = useMemo(
    () => preview && csvImport(preview, mapping, existing, defaultGroup === '' ? {} : { defaultGroup }),
    [preview, mapping, existing, defaultGroup],
  );

  function mapColumn(index: number, field: ImportField | '') {
    if (!preview) return;
    const next = mapping.map((target, i) => {
      if (i !== index) return target;
      if (field === '') return null;
      return target?.field === field ? target : { field };
    });
    setEdited({ preview, mapping: next });
  }

  return (
    <ImportFrame
      {...props}
      title={t('importCsv.title')}
      explain={t('importCsv.explain')}
      fileLabel={t('importCsv.file')}
      accept=".csv,.tsv,.txt,text/csv"
      reader={reader}
      result={result}
    >
      {preview && (
        <>
          <h3>{t('importCsv.mappingTitle', { count: preview.rowCount })}</h3>
          <div className="import-preview">
            <table>
              <caption className="visually-hidden">{t('importCsv.previewCaption')}</caption>
              <thead>
                <tr>
                  {preview.headers.map((header, i) => (
                    <th key={i} scope="col">
                      <span className="import-column">{header || t('importCsv.unnamed', { n: i + 1 })}</span>
                      <select
                        aria-label={t('importCsv.columnField', { column: header || i + 1 })}
                        value={mapping[i]?.field ?? ''}
                        onChange={(e) => mapColumn(i, e.target.value as ImportField | '')}
                      >
                        <option value="">{t('importCsv.skipColumn')}</option>
                        {importFields.map((field) => (
                          <option key={field} value={field}>
                            {fieldLabel(field)}
                          </option>
                        ))}
                      </select>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((row, r) => (
                  <tr key={r}>
                    {preview.headers.map((_, c) => (
                      <td key={c}>{row[c] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <GroupField
            label={t('importCsv.defaultGroup')}
            value={defaultGroup}
            onChange={setDefaultGroup}
            emptyOption={t('importCsv.noDefaultGroup')}
          />
        </>
      )}
    </ImportFrame>
  );
}
