import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Purpose } from '../../../../../shared/domain/activity.ts';
import { effectiveBases } from '../../../../../shared/domain/legal-basis-inheritance.ts';
import { useRegisterData } from '../../../api/register-data.tsx';
import { GroupError } from '../../../components/form/Field.tsx';
import { TextAreaField } from '../../../components/form/controls.tsx';
import { ItemDateField, ItemTextField } from '../../../components/form/item-controls.tsx';
import { patchItem, useArrayValue } from '../../../components/form/use-array-value.ts';
import { useFocusAdded } from '../../../components/form/use-focus-added.ts';
import { Section } from '../../../components/Section.tsx';
import { useLanguage } from '../../../i18n/use-language.ts';
import { catalogueOptions } from '../../catalogues/catalogue-options.ts';
import { CatalogueIdsField, CataloguePickList } from '../pick-fields.tsx';

const blank = (): Purpose => ({ description: '', legalBasisIds: [], legitimateInterest: '', legitimateInterestAssessment: '', legitimateInterestAssessedOn: null });

/**
 * Art. 30(1)(b): the activity's Art. 6(1) basis stated once, each purpose
 * with its own basis or inheriting the activity's; Art. 9(2) and Art. 10
 * grounds for the activity.
 */
export function PurposesSection() {
  const { t } = useTranslation();
  const [purposes, setPurposes, touch] = useArrayValue<Purpose>('purposes');
  const focusAdded = useFocusAdded();
  const update = (index: number, patch: Partial<Purpose>) => setPurposes(patchItem(purposes, index, patch));
  return (
    <Section id="sec-purposes" title={t('activity:sections.purposes')}>
      <CatalogueIdsField name="legalBasisIds" catalogue="legalBases" legend={t('basesSources:activityBases')} hint={t('basesSources:activityBasesHint')} />
      <GroupError name="purposes" />
      {purposes.length === 0 && <p className="muted">{t('activity:purposes.none')}</p>}
      {purposes.map((purpose, index) => (
        <fieldset key={index} className="fieldset repeat" data-testid="purpose">
          <legend>{t('activity:purposes.purposeN', { n: index + 1 })}</legend>
          <ItemTextField
            name={`purposes.${index}.description`}
            label={t('fields:activity.purpose')}
            required
            multiline
            value={purpose.description}
            onChange={(description) => update(index, { description })}
            onBlur={touch}
          />
          <LegalBases index={index} purpose={purpose} onChange={(legalBasisIds) => update(index, { legalBasisIds })} onBlur={touch} />
          <InheritedBasis purpose={purpose} />
          <LegitimateInterest index={index} purpose={purpose} update={(patch) => update(index, patch)} onBlur={touch} />
          <button type="button" className="button-small" onClick={() => setPurposes(purposes.filter((_p, i) => i !== index))}>
            {t('activity:purposes.remove', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => {
          setPurposes([...purposes, blank()]);
          focusAdded(`purposes.${purposes.length}.description`);
        }}>
        {t('activity:purposes.add')}
      </button>

      <h3 className="subheading">{t('activity:purposes.specialHeading')}</h3>
      <CatalogueIdsField name="art9ConditionIds" catalogue="art9Conditions" legend={t('fields:activity.art9ConditionIds')} hint={t('activity:purposes.art9Hint')} />
      <TextAreaField name="art9Notes" label={t('fields:activity.art9Notes')} rows={2} />
      <TextAreaField name="art10Basis" label={t('fields:activity.art10Basis')} rows={2} hint={t('activity:purposes.art10Hint')} />
    </Section>
  );
}

function LegalBases({ index, purpose, onChange, onBlur }: { index: number; purpose: Purpose; onChange: (ids: string[]) => void; onBlur: () => void }) {
  const { t } = useTranslation();
  return (
    <CataloguePickList
      name={`purposes.${index}.legalBasisIds`}
      catalogue="legalBases"
      legend={t('fields:activity.legalBasisIds')}
      selected={purpose.legalBasisIds}
      onChange={onChange}
      onBlur={onBlur}
    />
  );
}

/** The activity's bases, as the form holds them now. */
function useActivityBases(): string[] {
  return (useWatch({ name: 'legalBasisIds' }) as string[] | undefined) ?? [];
}

/** Says which bases a purpose with none of its own inherits. */
function InheritedBasis({ purpose }: { purpose: Purpose }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const inherited = effectiveBases({ legalBasisIds: useActivityBases() }, purpose);
  if (!data || !inherited.inherited) return null;
  const label = new Map(catalogueOptions(data.catalogues, 'legalBases', language, t).map((option) => [option.id, option.label]));
  return (
    <p className="hint" data-testid="inherited-basis">
      {t('basesSources:inheritsNote', { bases: inherited.ids.map((id) => label.get(id) ?? id).join('; ') })}
    </p>
  );
}

/** The interest pursued and its balancing test, asked for when the purpose relies on Art. 6(1)(f), its own or inherited. */
function LegitimateInterest({ index, purpose, update, onBlur }: { index: number; purpose: Purpose; update: (patch: Partial<Purpose>) => void; onBlur: () => void }) {
  const { t } = useTranslation();
  const { data } = useRegisterData();
  const activityBases = useActivityBases();
  const pointF = new Set((data?.catalogues.legalBases ?? []).filter((basis) => basis.gdprPoint === 'f').map((basis) => basis.id));
  if (!effectiveBases({ legalBasisIds: activityBases }, purpose).ids.some((id) => pointF.has(id)) && !purpose.legitimateInterest) return null;
  const path = (field: string) => `purposes.${index}.${field}`;
  return (
    <div className="form-grid form-grid-3 nested">
      <ItemTextField
        name={path('legitimateInterest')}
        label={t('fields:activity.legitimateInterest')}
        multiline
        className="span-3"
        hint={t('activity:purposes.legitimateInterestHint')}
        value={purpose.legitimateInterest}
        onChange={(legitimateInterest) => update({ legitimateInterest })}
        onBlur={onBlur}
      />
      <ItemTextField
        name={path('legitimateInterestAssessment')}
        label={t('fields:activity.legitimateInterestAssessment')}
        className="span-2"
        value={purpose.legitimateInterestAssessment}
        onChange={(legitimateInterestAssessment) => update({ legitimateInterestAssessment })}
        onBlur={onBlur}
      />
      <ItemDateField
        name={path('legitimateInterestAssessedOn')}
        label={t('fields:activity.legitimateInterestAssessedOn')}
        value={purpose.legitimateInterestAssessedOn}
        onChange={(legitimateInterestAssessedOn) => update({ legitimateInterestAssessedOn })}
        onBlur={onBlur}
      />
    </div>
  );
}
