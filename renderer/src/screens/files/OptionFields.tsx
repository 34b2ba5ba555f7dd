/** The choices an export or a report offers: its language and which organisation (or all). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/i18n/index.ts';
import { LanguageOptions } from '../../components/LanguageOptions.tsx';
import type { OrganisationRow } from '../../api/register-data.tsx';

export function LanguageField({ label, value, onChange, disabled = false }: { label: string; value: Language; onChange: (language: Language) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as Language)}>
        <LanguageOptions />
      </select>
    </div>
  );
}

/** '' stands for every organisation of the register (or, with `emptyLabel`, for none chosen yet). */
export function OrganisationField({
  organisations,
  value,
  onChange,
  disabled = false,
  label,
  emptyLabel,
}: {
  organisations: readonly OrganisationRow[];
  value: string;
  onChange: (organisationId: string) => void;
  disabled?: boolean;
  label?: string;
  emptyLabel?: string;
}) {
  const { t } = useTranslation('filesUi');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('common.organisation')}</label>
      <select id={id} value={value} disabled={disabled || organisations.length < 2} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel ?? t('common.allOrganisations')}</option>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
    </div>
  );
}
