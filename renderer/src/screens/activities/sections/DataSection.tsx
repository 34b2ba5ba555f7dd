import { useTranslation } from 'react-i18next';
import { useRegisterData } from '../../../api/register-data.tsx';
import { Section } from '../../../components/Section.tsx';
import { useLanguage } from '../../../i18n/use-language.ts';
import { catalogueOptions } from '../../catalogues/catalogue-options.ts';
import { CatalogueIdsField, LinkRowsField } from '../pick-fields.tsx';
import { useQuickAdd } from '../QuickAdd.tsx';

/** Art. 30(1)(c): categories of data subjects and of personal data, special ones marked. */
export function DataSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const quickAdd = useQuickAdd();
  if (!data) return null;
  return (
    <Section id="sec-data" title={t('activity:sections.data')}>
      <CatalogueIdsField name="dataSubjectCategoryIds" catalogue="dataSubjectCategories" legend={t('fields:activity.dataSubjectCategoryIds')} />
      <LinkRowsField
        name="dataCategories"
        idKey="dataCategoryId"
        legend={t('fields:activity.dataCategories')}
        hint={t('activity:data.specialHint')}
        options={catalogueOptions(data.catalogues, 'dataCategories', language, t)}
        newRow={(id) => ({ dataCategoryId: id, retentionRuleId: null, notes: '' })}
        onAddNew={(added) => quickAdd.catalogueEntry('dataCategories', added)}
        addNewLabel={t('editor:pick.addNewTo', { list: t('fields:catalogues.dataCategories') })}
      />
    </Section>
  );
}
