/**
 * react-i18next over the shared catalogue (shared/i18n): the same text the
 * CLI and the exports use. Latvian by default; the choice is remembered.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, buildResources, isLanguage, namespaces, type Language } from '../../../shared/i18n/index.ts';

const STORAGE_KEY = 'ropa.language';

export function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

void i18next.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  resources: buildResources(),
  ns: Object.keys(namespaces),
  defaultNS: 'ui',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = storedLanguage();

export { i18next };
