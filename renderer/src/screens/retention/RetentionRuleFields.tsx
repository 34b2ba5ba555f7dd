/** The fields of a retention rule: the period (or the criterion), its start, legal source and what happens at the end. */
import { useTranslation } from 'react-i18next';
import { localName } from '../../../../shared/domain/catalogues.ts';
import { EXPIRY_ACTIONS, PERIOD_STATES, PERIOD_UNITS } from '../../../../shared/domain/retention.ts';
import { sortByText } from '../../../../shared/format.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { CheckboxField, DateField, NumberField, SelectField, TextAreaField, TextField } from '../../components/form/controls.tsx';
import { useLanguage } from '../../i18n/use-language.ts';

export function RetentionRuleFields({ brief = false }: { brief?: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const label = (field: string) => t(`fields:retentionRule.${field}`);
  const none = t('editor:form.none');
  const categories = sortByText(data?.catalogues.dataCategories ?? [], (c) => localName(c, language), language).map((c) => ({ value: c.id, label: localName(c, language) }));
  return (
    <>
      <div className="form-grid">
        <TextField name="name" label={label('name')} required className="span-2" />
        {!brief && <SelectField name="dataCategoryId" label={label('dataCategoryId')} options={categories} emptyLabel={none} className="span-2" />}
      </div>
      <fieldset className="fieldset">
        <legend>{label('period')}</legend>
        <div className="form-grid form-grid-3">
          <NumberField name="periodValue" label={label('periodValue')} />
          <SelectField name="periodUnit" label={label('periodUnit')} options={PERIOD_UNITS.map((value) => ({ value, label: t(`fields:enums.periodUnit.${value}`) }))} emptyLabel={none} />
          <TextField name="startEvent" label={label('startEvent')} />
        </div>
        <TextAreaField name="criterion" label={label('criterion')} hint={t('editor:retention.criterionHint')} rows={2} />
        {/* Issue 15: how the period is known, and the text it was read from (docs/model.md). */}
        <div className="form-grid">
          <SelectField
            name="periodState"
            label={t('model:retentionRule.periodState')}
            hint={t('model:retentionRule.periodStateHelp')}
            options={PERIOD_STATES.map((value) => ({ value, label: t(`model:enums.periodState.${value}`) }))}
          />
          <TextField name="periodText" label={t('model:retentionRule.periodText')} hint={t('model:retentionRule.periodTextHelp')} />
        </div>
      </fieldset>
      <div className="form-grid form-grid-3">
        <TextField name="legalSource" label={label('legalSource')} />
        <TextField name="legalArticle" label={label('legalArticle')} />
        <SelectField name="actionAtExpiry" label={label('actionAtExpiry')} options={EXPIRY_ACTIONS.map((value) => ({ value, label: t(`fields:enums.expiryAction.${value}`) }))} />
      </div>
      {!brief && (
        <>
          <div className="form-grid form-grid-3">
            <TextField name="owner" label={label('owner')} />
            <DateField name="lastReviewedOn" label={label('lastReviewedOn')} />
            <CheckboxField name="backupsCovered" label={label('backupsCovered')} className="align-end" />
          </div>
          <TextAreaField name="notes" label={label('notes')} />
        </>
      )}
    </>
  );
}
