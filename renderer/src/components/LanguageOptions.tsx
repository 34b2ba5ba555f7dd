/** The `<option>`s of a choice of language, each named in the app's language and marked with its own (lang). */
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/i18n/index.ts';

export function LanguageOptions() {
  const { t } = useTranslation('common');
  return LANGUAGES.map((language) => (
    <option key={language} value={language} lang={language}>
      {t(`common:languages.${language}`)}
    </option>
  ));
}
