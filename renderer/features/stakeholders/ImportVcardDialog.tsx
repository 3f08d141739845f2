/**
 * Import stakeholders from a vCard 3 or 4 file (an address book export). A vCard has no group, so the
 * team chooses one for all of its contacts. All-or-nothing, as the CSV import.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/io/import-error';
import { vcardImport } from '../../../shared/io/stakeholders-vcard';
import { GroupField } from './GroupField';
import { ImportFrame, useImportFile, type ImportDialogProps } from './ImportParts';

/** The cards are parsed once the group is known; reading only decodes and checks the text. */
const textKeep = (text: string): ImportResult<string> => ({ ok: true, value: text });

export function ImportVcardDialog(props: ImportDialogProps) {
  const { t } = useTranslation();
  const reader = useImportFile(textKeep);
  const [group, setGroup] = useState('');
  const text = reader.parsed?.ok ? reader.parsed.value : null;
  const { existing } = props;

  const result = useMemo(
    () => (text !== null && group.trim() !== '' ? vcardImport(text, existing, group.trim()) : null),
    [text, existing, group],
  );

  return (
    <ImportFrame
      {...props}
      title={t('importVcard.title')}
      explain={t('importVcard.explain')}
      fileLabel={t('importVcard.file')}
      accept=".vcf,.vcard,text/vcard,text/x-vcard"
      reader={reader}
      result={result}
    >
      <GroupField
        label={t('importVcard.group')}
        value={group}
        onChange={setGroup}
        emptyOption={t('importVcard.chooseGroup')}
      />
      {text !== null && group.trim() === '' && <p className="muted">{t('importVcard.groupFirst')}</p>}
    </ImportFrame>
  );
}
