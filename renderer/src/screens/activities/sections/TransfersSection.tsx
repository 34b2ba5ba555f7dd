import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Transfer } from '../../../../../shared/domain/activity.ts';
import { localName } from '../../../../../shared/domain/catalogues.ts';
import { sortByText } from '../../../../../shared/format.ts';
import { useRegisterData } from '../../../api/register-data.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/form/controls.tsx';
import { Section } from '../../../components/Section.tsx';
import { useLanguage } from '../../../i18n/use-language.ts';
import { countryLabel } from '../../catalogues/catalogue-options.ts';

const blank = (): Transfer => ({ countryId: '', processorId: null, transferMechanismId: null, safeguardDocuments: '', derogationJustification: '', notes: '' });

/** Art. 30(1)(e): transfers to third countries, their mechanism and the documents of the safeguards. */
export function TransfersSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'transfers', keyName: 'key' });
  if (!data) return null;
  // Third countries first: an EU/EEA destination is not a Chapter V transfer.
  const countries = sortByText(data.catalogues.countries, (c) => localName(c, language), language);
  const countryOptions = [...countries.filter((c) => !c.eea), ...countries.filter((c) => c.eea)].map((c) => ({ value: c.id, label: countryLabel(c, language, t) }));
  const mechanisms = data.catalogues.transferMechanisms.map((m) => ({ value: m.id, label: localName(m, language) }));
  const processors = data.processors.map((p) => ({ value: p.id, label: p.name }));
  const none = t('editor:form.none');
  return (
    <Section id="sec-transfers" title={t('activity:sections.transfers')}>
      {fields.length === 0 && <p className="muted">{t('activity:transfers.none')}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.key} className="fieldset repeat">
          <legend>{t('activity:transfers.transferN', { n: index + 1 })}</legend>
          <div className="form-grid">
            <SelectField name={`transfers.${index}.countryId`} label={t('fields:activity.countryId')} options={countryOptions} emptyLabel={t('editor:form.choose')} emptyValue="" required />
            <SelectField name={`transfers.${index}.processorId`} label={t('fields:activity.processorId')} options={processors} emptyLabel={none} />
            <SelectField name={`transfers.${index}.transferMechanismId`} label={t('fields:activity.transferMechanismId')} options={mechanisms} emptyLabel={none} className="span-2" />
          </div>
          <AdequacyNote index={index} />
          <TextAreaField name={`transfers.${index}.safeguardDocuments`} label={t('fields:activity.safeguardDocuments')} rows={2} hint={t('activity:transfers.safeguardHint')} />
          <Derogation index={index} />
          <TextField name={`transfers.${index}.notes`} label={t('editor:pick.notes')} />
          <button type="button" className="button-small" onClick={() => remove(index)}>
            {t('activity:transfers.remove', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => append(blank())}>
        {t('activity:transfers.add')}
      </button>
    </Section>
  );
}

/** What the catalogue knows about the destination: EEA, an adequacy decision (full or partial) or none. */
function AdequacyNote({ index }: { index: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const countryId = useWatch({ name: `transfers.${index}.countryId` }) as string | undefined;
  const country = data?.catalogues.countries.find((c) => c.id === countryId);
  if (!country) return null;
  const name = localName(country, language);
  let text: string;
  if (country.eea) text = t('activity:transfers.noteEea', { country: name });
  else if (country.adequacy === 'adequate') text = t('activity:transfers.noteAdequate', { country: name, decision: country.adequacyDecision });
  else if (country.adequacy === 'partial') text = t('activity:transfers.notePartial', { country: name, decision: country.adequacyDecision, note: country.adequacyNote });
  else text = t('activity:transfers.noteNone', { country: name });
  return <p className={`adequacy-note adequacy-${country.eea ? 'eea' : country.adequacy}`}>{text}</p>;
}

function Derogation({ index }: { index: number }) {
  const { t } = useTranslation();
  const { data } = useRegisterData();
  const [mechanismId, justification] = useWatch({ name: [`transfers.${index}.transferMechanismId`, `transfers.${index}.derogationJustification`] }) as [string | null, string];
  const article = data?.catalogues.transferMechanisms.find((m) => m.id === mechanismId)?.article;
  if (article !== '49' && !justification) return null;
  return <TextAreaField name={`transfers.${index}.derogationJustification`} label={t('fields:activity.derogationJustification')} rows={2} />;
}
