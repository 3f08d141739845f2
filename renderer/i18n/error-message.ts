/**
 * A refused action's reason as text. Most reasons are one message per code; a refused file (an incident
 * archive, a backup) also says where it goes wrong, from DomainError.file: "in record 12 of the
 * timeline, occurredAt is not a time", with the list and the problem in the reader's language.
 */
import type { TFunction } from 'i18next';
import type { DomainError } from '../../shared/domain/errors';
import { errorKey } from './index';

export function errorMessage(t: TFunction, error: DomainError): string {
  const file = error.file;
  if (!file) return t(errorKey(error.code));
  const listName = (list: string) => t(`errors.fileLists.${list}`, { defaultValue: list });
  const where =
    file.list === undefined
      ? t('errors.fileWhere.file')
      : file.record === undefined
        ? listName(file.list)
        : t('errors.fileWhere.record', { record: file.record, list: listName(file.list) });
  const field = file.field ?? t('errors.fileWhere.wholeRecord');
  const what = t(`errors.fileProblems.${file.problem ?? 'invalid'}`, { field });
  const text = t(errorKey(error.code), {
    where,
    what,
    field,
    target: file.target === undefined ? '' : listName(file.target),
    version: file.version ?? '?',
  });
  return file.more ? `${text} ${t('errors.fileMore', { count: file.more })}` : text;
}
