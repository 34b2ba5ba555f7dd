import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Purpose } from '../../../../../shared/domain/activity.ts';
import { useRegisterData } from '../../../api/register-data.tsx';
import { GroupError } from '../../../components/form/Field.tsx';
import { DateField, TextAreaField, TextField } from '../../../components/form/controls.tsx';
import { Section } from '../../../components/Section.tsx';
import { CatalogueIdsField } from '../pick-fields.tsx';

const blank = (): Purpose => ({ description: '', legalBasisIds: [], legitimateInterest: '', legitimateInterestAssessment: '', legitimateInterestAssessedOn: null });

/** Art. 30(1)(b): each purpose with its own Art. 6(1) basis; Art. 9(2) and Art. 10 grounds for the activity. */
export function PurposesSection() {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'purposes', keyName: 'key' });
  return (
    <Section id="sec-purposes" title={t('activity:sections.purposes')}>
      <GroupError name="purposes" />
      {fields.length === 0 && <p className="muted">{t('activity:purposes.none')}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.key} className="fieldset repeat" data-testid="purpose">
          <legend>{t('activity:purposes.purposeN', { n: index + 1 })}</legend>
          <TextAreaField name={`purposes.${index}.description`} label={t('fields:activity.purpose')} required rows={2} />
          <CatalogueIdsField name={`purposes.${index}.legalBasisIds`} catalogue="legalBases" legend={t('fields:activity.legalBasisIds')} />
          <LegitimateInterest index={index} />
          <button type="button" className="button-small" onClick={() => remove(index)}>
            {t('activity:purposes.remove', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => append(blank())}>
        {t('activity:purposes.add')}
      </button>

      <h3 className="subheading">{t('activity:purposes.specialHeading')}</h3>
      <CatalogueIdsField name="art9ConditionIds" catalogue="art9Conditions" legend={t('fields:activity.art9ConditionIds')} hint={t('activity:purposes.art9Hint')} />
      <TextAreaField name="art9Notes" label={t('fields:activity.art9Notes')} rows={2} />
      <TextAreaField name="art10Basis" label={t('fields:activity.art10Basis')} rows={2} hint={t('activity:purposes.art10Hint')} />
    </Section>
  );
}

/** The interest pursued and its balancing test, asked for when the purpose relies on Art. 6(1)(f). */
function LegitimateInterest({ index }: { index: number }) {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const { data } = useRegisterData();
  const [ids, interest] = useWatch({ control, name: [`purposes.${index}.legalBasisIds`, `purposes.${index}.legitimateInterest`] }) as [string[] | undefined, string | undefined];
  const pointF = new Set((data?.catalogues.legalBases ?? []).filter((basis) => basis.gdprPoint === 'f').map((basis) => basis.id));
  if (!(ids ?? []).some((id) => pointF.has(id)) && !interest) return null;
  return (
    <div className="form-grid form-grid-3 nested">
      <TextAreaField name={`purposes.${index}.legitimateInterest`} label={t('fields:activity.legitimateInterest')} rows={2} className="span-3" hint={t('activity:purposes.legitimateInterestHint')} />
      <TextField name={`purposes.${index}.legitimateInterestAssessment`} label={t('fields:activity.legitimateInterestAssessment')} className="span-2" />
      <DateField name={`purposes.${index}.legitimateInterestAssessedOn`} label={t('fields:activity.legitimateInterestAssessedOn')} />
    </div>
  );
}
