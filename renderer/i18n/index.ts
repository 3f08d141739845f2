/**
 * i18n setup: English and Dutch from the first screen. The choice is remembered per device; the first
 * start follows the system language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { ErrorCode } from '../../shared/domain/errors';
import type { HubFailure } from '../sync/hub-api';
import { en } from './en';
import { nl } from './nl';

export const languages = ['en', 'nl'] as const;
export type Language = (typeof languages)[number];

/** The app language for an i18next language tag (`nl`, `nl-BE` → nl; anything else → en). */
export function languageOf(tag: string): Language {
  return tag.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

const STORAGE_KEY = 'crisis-room:language';

function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'nl') return stored;
  return languageOf(globalThis.navigator?.language ?? '');
}

export function i18nInit(language: Language = initialLanguage()) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, nl: { translation: nl } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  instance.on('languageChanged', (lng) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = language;
  return instance;
}

/** The one place where reason codes become user text. */
export function errorKey(code: ErrorCode | HubFailure): `errors.${ErrorCode | HubFailure}` {
  return `errors.${code}`;
}
