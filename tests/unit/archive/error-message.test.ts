/** A refused file's message names where it goes wrong, in English and in Dutch, from the error alone. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { errorMessage } from '../../../renderer/i18n/error-message';
import { nl } from '../../../renderer/i18n/nl';
import { errorCodes, type DomainError } from '../../../shared/domain/errors';

function translator(language: 'en' | 'nl') {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en }, nl: { translation: nl } },
    lng: language,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}

const occurredAt: DomainError = {
  code: 'archive.invalidRecord',
  file: { list: 'timeline', record: 12, field: 'occurredAt', problem: 'time', more: 2 },
};

describe('messages of refused files', () => {
  it('say which record of which list, which field and what is wrong, and how many more', () => {
    expect(errorMessage(translator('en'), occurredAt)).toBe(
      'This archive cannot be imported: in record 12 of the timeline, occurredAt is not a time. ' +
        'Nothing has been imported. 2 more records have a problem too.',
    );
    expect(errorMessage(translator('nl'), occurredAt)).toBe(
      'Dit archief kan niet worden geïmporteerd: in record 12 van de tijdlijn is occurredAt geen tijdstip. ' +
        'Er is niets geïmporteerd. Nog 2 records hebben ook een probleem.',
    );
  });

  it('name a missing list, a dangling reference and the version of a newer app', () => {
    const t = translator('en');
    expect(
      errorMessage(t, { code: 'backup.invalidRecord', file: { field: 'lessons', problem: 'missing' } }),
    ).toBe('This backup cannot be restored: in the file, lessons is missing. Nothing has been restored.');
    const dangling: DomainError = {
      code: 'archive.danglingReference',
      file: { list: 'notifications', record: 3, field: 'stakeholderId', target: 'stakeholders' },
    };
    expect(errorMessage(t, dangling)).toContain(
      'in record 3 of the stakeholders to inform, stakeholderId points to a record in the stakeholders',
    );
    expect(
      errorMessage(translator('nl'), { code: 'backup.newerVersion', file: { version: '9.0.0' } }),
    ).toContain('nieuwere versie van Crisis Room (9.0.0)');
  });

  it('exist in both languages for every archive and backup code', () => {
    for (const code of errorCodes.filter((c) => c.startsWith('archive.') || c.startsWith('backup.')))
      for (const messages of [en, nl])
        expect(messages.errors[code as keyof typeof en.errors], code).toBeTruthy();
  });
});
