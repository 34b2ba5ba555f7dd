/**
 * react-i18next over the shared catalogue (shared/i18n): the same text the
 * CLI and the exports use. Latvian by default; the choice is remembered.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, buildResources, namespaces } from '../../../shared/i18n/index.ts';
import { storedLanguage } from './stored-language.ts';

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
