import { useTranslation } from 'react-i18next';
import { useRegisterData } from '../../../api/register-data.tsx';
import { CheckboxField, TextAreaField } from '../../../components/form/controls.tsx';
import { Section } from '../../../components/Section.tsx';
import { useLanguage } from '../../../i18n/use-language.ts';
import { catalogueOptions } from '../../catalogues/catalogue-options.ts';
import { LinkRowsField } from '../pick-fields.tsx';
import { useQuickAdd } from '../QuickAdd.tsx';

/** Art. 30(1)(d): categories of recipients, the named processors and joint controllers. */
export function RecipientsSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const quickAdd = useQuickAdd();
  if (!data) return null;
  const processors = data.processors.map((p) => ({ id: p.id, label: p.name, badge: t(`fields:enums.processorRole.${p.role}`), tone: p.role === 'joint_controller' ? ('special' as const) : ('info' as const) }));
  return (
    <Section id="sec-recipients" title={t('activity:sections.recipients')}>
      <LinkRowsField
        name="recipients"
        idKey="recipientCategoryId"
        legend={t('fields:activity.recipients')}
        options={catalogueOptions(data.catalogues, 'recipientCategories', language, t)}
        newRow={(id) => ({ recipientCategoryId: id, notes: '' })}
        onAddNew={(added) => quickAdd.catalogueEntry('recipientCategories', added)}
        addNewLabel={t('editor:pick.addNewTo', { list: t('fields:catalogues.recipientCategories') })}
      />
      <CheckboxField name="recipientsNone" label={t('model:activity.recipientsNone')} hint={t('model:activity.noneHelp')} />
      <LinkRowsField
        name="processors"
        idKey="processorId"
        legend={t('fields:activity.processors')}
        hint={t('activity:recipients.processorsHint')}
        options={processors}
        newRow={(id) => ({ processorId: id, notes: '' })}
        onAddNew={(added) => quickAdd.processor(added)}
        addNewLabel={t('editor:quickAdd.processorButton')}
      />
      <CheckboxField name="processorsNone" label={t('model:activity.processorsNone')} hint={t('model:activity.noneHelp')} />
      <TextAreaField name="jointControllerArrangement" label={t('fields:activity.jointControllerArrangement')} rows={2} />
    </Section>
  );
}
