/**
 * Named sources of the data (issue 15, Art. 14(2)(f)): each source's type
 * and name, for the whole activity or for one of its data categories.
 */
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NAMED_SOURCE_TYPES, type NamedSource } from '../../../../../shared/domain/activity.ts';
import { useRegisterData } from '../../../api/register-data.tsx';
import { GroupError } from '../../../components/form/Field.tsx';
import { ItemSelectField, ItemTextField } from '../../../components/form/item-controls.tsx';
import { patchItem, useArrayValue } from '../../../components/form/use-array-value.ts';
import { useFocusAdded } from '../../../components/form/use-focus-added.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { catalogueOptions } from '../../catalogues/catalogue-options.ts';

type CategoryRow = { dataCategoryId: string };

export function NamedSourcesField() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const [sources, setSources, touch] = useArrayValue<NamedSource>('namedSources');
  const categories = (useWatch({ name: 'dataCategories' }) as CategoryRow[] | undefined) ?? [];
  const focusAdded = useFocusAdded();
  if (!data) return null;
  const held = new Set(categories.map((row) => row.dataCategoryId));
  const categoryOptions = catalogueOptions(data.catalogues, 'dataCategories', language, t).filter((option) => held.has(option.id)).map((option) => ({ value: option.id, label: option.label }));
  const typeOptions = NAMED_SOURCE_TYPES.map((value) => ({ value, label: t(`basesSources:enums.namedSourceType.${value}`) }));
  const update = (index: number, patch: Partial<NamedSource>) => setSources(patchItem(sources, index, patch));
  return (
    <fieldset className="fieldset" data-testid="named-sources">
      <legend>{t('basesSources:namedSources')}</legend>
      <p className="hint">{t('basesSources:namedSourcesHint')}</p>
      <GroupError name="namedSources" />
      {sources.length === 0 && <p className="muted">{t('basesSources:source.none')}</p>}
      {sources.map((source, index) => (
        <div key={index} className="form-grid form-grid-3 nested" data-testid="named-source">
          <ItemSelectField
            name={`namedSources.${index}.sourceType`}
            label={t('basesSources:source.sourceType')}
            options={typeOptions}
            value={source.sourceType}
            onChange={(sourceType) => update(index, { sourceType: (sourceType ?? 'other_controller') as NamedSource['sourceType'] })}
            onBlur={touch}
          />
          <ItemTextField name={`namedSources.${index}.name`} label={t('basesSources:source.name')} value={source.name} onChange={(name) => update(index, { name })} onBlur={touch} />
          <ItemSelectField
            name={`namedSources.${index}.dataCategoryId`}
            label={t('basesSources:source.dataCategoryId')}
            options={categoryOptions}
            emptyLabel={t('basesSources:source.wholeActivity')}
            value={source.dataCategoryId}
            onChange={(dataCategoryId) => update(index, { dataCategoryId })}
            onBlur={touch}
          />
          <button type="button" className="button-small" onClick={() => setSources(sources.filter((_s, i) => i !== index))}>
            {t('basesSources:source.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          setSources([...sources, { sourceType: 'other_controller', name: '', dataCategoryId: null }]);
          focusAdded(`namedSources.${sources.length}.name`);
        }}
      >
        {t('basesSources:source.add')}
      </button>
    </fieldset>
  );
}
