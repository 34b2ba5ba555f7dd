/**
 * The fields of a catalogue entry: names in both languages and a
 * description, plus what each catalogue adds (the kind of a data category,
 * the Art. 6(1) point of a legal basis, a country's adequacy...).
 */
import { useTranslation } from 'react-i18next';
import {
  ADEQUACY,
  ART9_POINTS,
  DATA_CATEGORY_KINDS,
  DESTINATION_KINDS,
  GDPR_POINTS,
  MEASURE_TYPES,
  RECIPIENT_TYPES,
  TRANSFER_ARTICLES,
  type CatalogueInput,
  type CatalogueName,
} from '../../../../shared/domain/catalogues.ts';
import { CheckboxField, DateField, SelectField, TextAreaField, TextField } from '../../components/form/controls.tsx';

const common = { nameLv: '', nameEn: '', description: '' };

/** A blank entry of each catalogue. */
export function catalogueDefaults(name: CatalogueName): CatalogueInput<CatalogueName> {
  switch (name) {
    case 'dataCategories':
      return { ...common, kind: 'ordinary' };
    case 'dataSubjectCategories':
      return { ...common, employees: false, vulnerable: false };
    case 'recipientCategories':
      return { ...common, type: 'external' };
    case 'legalBases':
      return { ...common, gdprPoint: 'a', lawReference: '' };
    case 'art9Conditions':
      return { ...common, point: 'a' };
    case 'countries':
      return { ...common, kind: 'country', eea: false, adequacy: 'none', adequacyNote: '', adequacyDecision: '', checkedOn: null };
    case 'transferMechanisms':
      return { ...common, article: '46' };
    case 'securityMeasures':
      return { ...common, type: 'technical' };
  }
}

export function CatalogueEntryFields({ catalogue }: { catalogue: CatalogueName }) {
  const { t } = useTranslation();
  const label = (field: string) => t(`fields:catalogue.${field}`);
  const choices = (values: readonly string[], enumName: string) => values.map((value) => ({ value, label: t(`fields:enums.${enumName}.${value}`) }));
  const points = (values: readonly string[]) => values.map((value) => ({ value, label: `${value})` }));
  return (
    <div className="form-grid">
      <TextField name="nameLv" label={label('nameLv')} hint={t('editor:catalogues.nameHint')} />
      <TextField name="nameEn" label={label('nameEn')} />
      {catalogue === 'dataCategories' && <SelectField name="kind" label={label('kind')} options={choices(DATA_CATEGORY_KINDS, 'dataCategoryKind')} />}
      {catalogue === 'dataSubjectCategories' && (
        <div className="field-group">
          <CheckboxField name="employees" label={label('employees')} />
          <CheckboxField name="vulnerable" label={label('vulnerable')} hint={t('editor:catalogues.vulnerableHint')} />
        </div>
      )}
      {catalogue === 'recipientCategories' && <SelectField name="type" label={label('type')} options={choices(RECIPIENT_TYPES, 'recipientType')} />}
      {catalogue === 'legalBases' && (
        <>
          <SelectField name="gdprPoint" label={label('gdprPoint')} options={points(GDPR_POINTS)} />
          <TextField name="lawReference" label={label('lawReference')} />
        </>
      )}
      {catalogue === 'art9Conditions' && <SelectField name="point" label={label('point')} options={points(ART9_POINTS)} />}
      {catalogue === 'countries' && (
        <>
          <SelectField name="kind" label={label('kind')} options={choices(DESTINATION_KINDS, 'destinationKind')} />
          <CheckboxField name="eea" label={label('eea')} />
          <SelectField name="adequacy" label={label('adequacy')} options={choices(ADEQUACY, 'adequacy')} />
          <TextField name="adequacyDecision" label={label('adequacyDecision')} />
          <TextField name="adequacyNote" label={label('adequacyNote')} />
          <DateField name="checkedOn" label={label('checkedOn')} />
        </>
      )}
      {catalogue === 'transferMechanisms' && <SelectField name="article" label={label('article')} options={choices(TRANSFER_ARTICLES, 'transferArticle')} />}
      {catalogue === 'securityMeasures' && <SelectField name="type" label={label('type')} options={choices(MEASURE_TYPES, 'measureType')} />}
      <TextAreaField name="description" label={label('description')} className="span-2" />
    </div>
  );
}
