import type { FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../../../shared/validation.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { fieldId, flattenErrors } from './form-errors.ts';

/**
 * After a save attempt that failed: how many fields need correcting, each a
 * link that moves focus to the field.
 */
export function ErrorSummary({ errors, labelOf, visible, idPrefix = 'f' }: { errors: FieldErrors; labelOf: (path: string) => string; visible: boolean; idPrefix?: string }) {
  const { t } = useTranslation('editor');
  const { translate } = useLanguage();
  const list = flattenErrors(errors);
  if (!visible || list.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <p className="error-summary-title">{t('form.errorSummary', { count: list.length })}</p>
      <ul>
        {list.slice(0, 12).map((item) => (
          <li key={item.path}>
            <a
              href={`#${fieldId(item.path, idPrefix)}`}
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(fieldId(item.path, idPrefix)) ?? document.getElementById(`${fieldId(item.path, idPrefix)}-group`);
                target?.focus();
                target?.scrollIntoView({ block: 'center' });
              }}
            >
              {labelOf(item.path)}
            </a>
            : {translateMessage(item.message, translate)}
          </li>
        ))}
      </ul>
    </div>
  );
}
