import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ActedForController } from '../../../../../shared/domain/activity.ts';
import { GroupError } from '../../../components/form/Field.tsx';
import { TextAreaField, TextField } from '../../../components/form/controls.tsx';
import { Section } from '../../../components/Section.tsx';

const blank = (): ActedForController => ({ name: '', regNo: '', contact: '', representative: '', dpoContact: '', processingCategories: '', contractReference: '' });

/** Art. 30(2)(a)-(b): for a processor record, each controller acted for and the processing done for it. */
export function ControllersSection() {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'controllers', keyName: 'key' });
  return (
    <Section id="sec-controllers" title={t('activity:sections.controllers')} intro={t('activity:controllers.intro')}>
      <GroupError name="controllers" />
      {fields.length === 0 && <p className="muted">{t('activity:controllers.none')}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.key} className="fieldset repeat">
          <legend>{t('activity:controllers.controllerN', { n: index + 1 })}</legend>
          <div className="form-grid">
            <TextField name={`controllers.${index}.name`} label={t('fields:controller.name')} required />
            <TextField name={`controllers.${index}.regNo`} label={t('fields:controller.regNo')} />
            <TextField name={`controllers.${index}.contact`} label={t('fields:controller.contact')} />
            <TextField name={`controllers.${index}.representative`} label={t('fields:controller.representative')} />
            <TextField name={`controllers.${index}.dpoContact`} label={t('fields:controller.dpoContact')} />
            <TextField name={`controllers.${index}.contractReference`} label={t('fields:activity.contractReference')} />
            <TextAreaField name={`controllers.${index}.processingCategories`} label={t('fields:activity.processingCategories')} className="span-2" />
          </div>
          <button type="button" className="button-small" onClick={() => remove(index)}>
            {t('activity:controllers.remove', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => append(blank())}>
        {t('activity:controllers.add')}
      </button>
    </Section>
  );
}
