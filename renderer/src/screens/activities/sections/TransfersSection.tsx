import { useTranslation } from 'react-i18next';
import type { Transfer } from '../../../../../shared/domain/activity.ts';
import { localName } from '../../../../../shared/domain/catalogues.ts';
import { sortByText } from '../../../../../shared/format.ts';
import { useRegisterData } from '../../../api/register-data.tsx';
import { CheckboxField } from '../../../components/form/controls.tsx';
import { ItemSelectField, ItemTextField } from '../../../components/form/item-controls.tsx';
import { patchItem, useArrayValue } from '../../../components/form/use-array-value.ts';
import { useFocusAdded } from '../../../components/form/use-focus-added.ts';
import { Section } from '../../../components/Section.tsx';
import { useLanguage } from '../../../i18n/use-language.ts';
import { countryLabel } from '../../catalogues/catalogue-options.ts';

const blank = (): Transfer => ({ countryId: '', processorId: null, transferMechanismId: null, safeguardDocuments: '', derogationJustification: '', notes: '' });

/** Art. 30(1)(e): transfers to third countries, their mechanism and the documents of the safeguards. */
export function TransfersSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const [transfers, setTransfers, touch] = useArrayValue<Transfer>('transfers');
  const focusAdded = useFocusAdded();
  if (!data) return null;
  // Third countries first: an EU/EEA destination is not a Chapter V transfer.
  const countries = sortByText(data.catalogues.countries, (c) => localName(c, language), language);
  const countryOptions = [...countries.filter((c) => !c.eea), ...countries.filter((c) => c.eea)].map((c) => ({ value: c.id, label: countryLabel(c, language, t) }));
  const mechanisms = data.catalogues.transferMechanisms.map((m) => ({ value: m.id, label: localName(m, language) }));
  const processors = data.processors.map((p) => ({ value: p.id, label: p.name }));
  const none = t('editor:form.none');
  return (
    <Section id="sec-transfers" title={t('activity:sections.transfers')}>
      {transfers.length === 0 && <p className="muted">{t('activity:transfers.none')}</p>}
      <CheckboxField name="transfersNone" label={t('model:activity.transfersNone')} hint={t('model:activity.noneHelp')} />
      {transfers.map((transfer, index) => {
        const path = (field: string) => `transfers.${index}.${field}`;
        const update = (patch: Partial<Transfer>) => setTransfers(patchItem(transfers, index, patch));
        const article = data.catalogues.transferMechanisms.find((m) => m.id === transfer.transferMechanismId)?.article;
        return (
          <fieldset key={index} className="fieldset repeat">
            <legend>{t('activity:transfers.transferN', { n: index + 1 })}</legend>
            <div className="form-grid">
              <ItemSelectField
                name={path('countryId')}
                label={t('fields:activity.countryId')}
                options={countryOptions}
                emptyLabel={t('editor:form.choose')}
                emptyValue=""
                required
                value={transfer.countryId}
                onChange={(countryId) => update({ countryId: countryId ?? '' })}
                onBlur={touch}
              />
              <ItemSelectField name={path('processorId')} label={t('fields:activity.processorId')} options={processors} emptyLabel={none} value={transfer.processorId} onChange={(processorId) => update({ processorId })} onBlur={touch} />
              <ItemSelectField
                name={path('transferMechanismId')}
                label={t('fields:activity.transferMechanismId')}
                options={mechanisms}
                emptyLabel={none}
                className="span-2"
                value={transfer.transferMechanismId}
                onChange={(transferMechanismId) => update({ transferMechanismId })}
                onBlur={touch}
              />
            </div>
            <AdequacyNote countryId={transfer.countryId} />
            <ItemTextField
              name={path('safeguardDocuments')}
              label={t('fields:activity.safeguardDocuments')}
              multiline
              hint={t('activity:transfers.safeguardHint')}
              value={transfer.safeguardDocuments}
              onChange={(safeguardDocuments) => update({ safeguardDocuments })}
              onBlur={touch}
            />
            {(article === '49' || transfer.derogationJustification) && (
              <ItemTextField
                name={path('derogationJustification')}
                label={t('fields:activity.derogationJustification')}
                multiline
                value={transfer.derogationJustification}
                onChange={(derogationJustification) => update({ derogationJustification })}
                onBlur={touch}
              />
            )}
            <ItemTextField name={path('notes')} label={t('editor:pick.notes')} value={transfer.notes} onChange={(notes) => update({ notes })} onBlur={touch} />
            <button type="button" className="button-small" onClick={() => setTransfers(transfers.filter((_t, i) => i !== index))}>
              {t('activity:transfers.remove', { n: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => {
          setTransfers([...transfers, blank()]);
          focusAdded(`transfers.${transfers.length}.countryId`);
        }}>
        {t('activity:transfers.add')}
      </button>
    </Section>
  );
}

/** What the catalogue knows about the destination: EEA, an adequacy decision (full or partial) or none. */
function AdequacyNote({ countryId }: { countryId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
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
