import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../../shared/i18n/index.ts';
import type { Translate } from '../../../shared/i18n/index.ts';

/** The interface language, and a plain `Translate` for shared helpers (translateMessage). */
export function useLanguage(): { language: Language; translate: Translate } {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'lv';
  return { language, translate: (key, params) => t(key, params ?? {}) as string };
}
