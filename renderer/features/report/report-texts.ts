/**
 * The bridge from the app's i18n to the report renderers in shared/report, which know no i18next: labels
 * and vocabulary in one language, system entries rendered in it, and the time zone every time is shown in.
 */
import type { i18n as I18n } from 'i18next';
import type { ReportLanguage, ReportTexts } from '../../../shared/report/report-texts';
import { entryTextOf } from '../timeline/entry-text';

/** The reader's time zone, as the device knows it (the report names it). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function reportTextsCreate(
  i18n: I18n,
  language: ReportLanguage,
  timeZone: string = deviceTimeZone(),
): ReportTexts {
  const t = i18n.getFixedT(language);
  return {
    language,
    timeZone,
    t: (key, values) => t(key, values ?? {}),
    entryText: entryTextOf(t),
  };
}
