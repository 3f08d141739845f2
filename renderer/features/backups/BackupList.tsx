/** The desktop app's backups on this computer, newest first, each with a way to restore it. */
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/ipc';
import { dateTimeFormat } from '../../ui/format';

/** "1.4 MB": sizes as people read them, in the UI language's number format. */
export function sizeFormat(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits })} ${units[unit]}`;
}

interface Props {
  backups: BackupInfo[] | null;
  onRestore(info: BackupInfo): void;
}

export function BackupList({ backups, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  if (backups === null) return null;
  if (backups.length === 0) return <p className="empty-state">{t('backups.none')}</p>;
  return (
    <table className="backup-table">
      <caption>{t('backups.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backups.when')}</th>
          <th scope="col">{t('backups.reason')}</th>
          <th scope="col">{t('backups.size')}</th>
          <th scope="col">{t('backups.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {backups.map((info) => {
          const when = dateTimeFormat(info.createdAt, i18n.language);
          return (
            <tr key={info.name}>
              <th scope="row">{when}</th>
              <td>{t(`backups.reasons.${info.reason}`)}</td>
              <td>{sizeFormat(info.size, i18n.language)}</td>
              <td>
                <button
                  type="button"
                  aria-label={t('backups.restoreOne', { when })}
                  onClick={() => onRestore(info)}
                >
                  {t('backups.restore')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
