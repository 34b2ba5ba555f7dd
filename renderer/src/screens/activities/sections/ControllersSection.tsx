import { useTranslation } from 'react-i18next';
import type { ActedForController } from '../../../../../shared/domain/activity.ts';
import { GroupError } from '../../../components/form/Field.tsx';
import { ItemTextField } from '../../../components/form/item-controls.tsx';
import { patchItem, useArrayValue } from '../../../components/form/use-array-value.ts';
import { useFocusAdded } from '../../../components/form/use-focus-added.ts';
import { Section } from '../../../components/Section.tsx';

const blank = (): ActedForController => ({ name: '', regNo: '', contact: '', representative: '', dpoContact: '', processingCategories: '', contractReference: '' });

const FIELDS: Array<{ field: Exclude<keyof ActedForController, 'id'>; label: string; required?: boolean; wide?: boolean }> = [
  { field: 'name', label: 'fields:controller.name', required: true },
  { field: 'regNo', label: 'fields:controller.regNo' },
  { field: 'contact', label: 'fields:controller.contact' },
  { field: 'representative', label: 'fields:controller.representative' },
  { field: 'dpoContact', label: 'fields:controller.dpoContact' },
  { field: 'contractReference', label: 'fields:activity.contractReference' },
  { field: 'processingCategories', label: 'fields:activity.processingCategories', wide: true },
];

/** Art. 30(2)(a)-(b): for a processor record, each controller acted for and the processing done for it. */
export function ControllersSection() {
  const { t } = useTranslation();
  const [controllers, setControllers, touch] = useArrayValue<ActedForController>('controllers');
  const focusAdded = useFocusAdded();
  return (
    <Section id="sec-controllers" title={t('activity:sections.controllers')} intro={t('activity:controllers.intro')}>
      <GroupError name="controllers" />
      {controllers.length === 0 && <p className="muted">{t('activity:controllers.none')}</p>}
      {controllers.map((controller, index) => (
        <fieldset key={index} className="fieldset repeat">
          <legend>{t('activity:controllers.controllerN', { n: index + 1 })}</legend>
          <div className="form-grid">
            {FIELDS.map(({ field, label, required, wide }) => (
              <ItemTextField
                key={field}
                name={`controllers.${index}.${field}`}
                label={t(label)}
                required={required}
                multiline={wide}
                className={wide ? 'span-2' : undefined}
                value={controller[field]}
                onChange={(value) => setControllers(patchItem(controllers, index, { [field]: value }))}
                onBlur={touch}
              />
            ))}
          </div>
          <button type="button" className="button-small" onClick={() => setControllers(controllers.filter((_c, i) => i !== index))}>
            {t('activity:controllers.remove', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => {
          setControllers([...controllers, blank()]);
          focusAdded(`controllers.${controllers.length}.name`);
        }}>
        {t('activity:controllers.add')}
      </button>
    </Section>
  );
}
