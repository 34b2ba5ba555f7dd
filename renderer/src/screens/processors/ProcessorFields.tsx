/** The fields of a processor or other recipient (Art. 28 contract, location, transfers). */
import { useTranslation } from 'react-i18next';
import { localName } from '../../../../shared/domain/catalogues.ts';
import { PROCESSOR_ROLES } from '../../../../shared/domain/processor.ts';
import { sortByText } from '../../../../shared/format.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { CheckboxField, DateField, SelectField, TextAreaField, TextField } from '../../components/form/controls.tsx';
import { useArrayValue } from '../../components/form/use-array-value.ts';
import { useFieldState } from '../../components/form/Field.tsx';
import { PickList } from '../../components/PickList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { countryLabel } from '../catalogues/catalogue-options.ts';

/** `brief`: only what identifies the recipient (adding one from the activity form). */
export function ProcessorFields({ brief = false, selfId }: { brief?: boolean; selfId?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const label = (field: string) => t(`fields:processor.${field}`);
  const countries = sortByText(data?.catalogues.countries ?? [], (c) => localName(c, language), language).map((c) => ({ value: c.id, label: countryLabel(c, language, t) }));
  const mechanisms = (data?.catalogues.transferMechanisms ?? []).map((m) => ({ value: m.id, label: localName(m, language) }));
  const none = t('editor:form.none');
  return (
    <>
      <div className="form-grid">
        <TextField name="name" label={label('name')} required />
        <TextField name="regNo" label={label('regNo')} />
        <SelectField name="role" label={label('role')} options={PROCESSOR_ROLES.map((value) => ({ value, label: t(`fields:enums.processorRole.${value}`) }))} />
        <SelectField name="countryId" label={label('countryId')} options={countries} emptyLabel={none} />
        <TextField name="service" label={label('service')} className="span-2" />
        {!brief && (
          <>
            <TextField name="address" label={label('address')} />
            <TextField name="contact" label={label('contact')} />
          </>
        )}
      </div>
      {!brief && (
        <>
          <h3 className="subheading">{t('editor:processors.contract')}</h3>
          <div className="form-grid form-grid-3">
            <TextField name="contractReference" label={label('contractReference')} />
            <DateField name="contractDate" label={label('contractDate')} />
            <DateField name="contractExpiry" label={label('contractExpiry')} />
          </div>
          <h3 className="subheading">{t('editor:processors.location')}</h3>
          <div className="form-grid">
            <TextField name="dataLocation" label={label('dataLocation')} />
            <SelectField name="transferMechanismId" label={label('transferMechanismId')} options={mechanisms} emptyLabel={none} />
            <CheckboxField name="dpfCertified" label={label('dpfCertified')} />
            <DateField name="dpfCheckedOn" label={label('dpfCheckedOn')} />
          </div>
          <h3 className="subheading">{label('subProcessorIds')}</h3>
          <SubProcessors selfId={selfId} />
          <TextAreaField name="subProcessorNotes" label={label('subProcessorNotes')} />
          <div className="form-grid">
            <DateField name="lastReviewedOn" label={label('lastReviewedOn')} />
          </div>
          <TextAreaField name="notes" label={label('notes')} />
        </>
      )}
    </>
  );
}

function SubProcessors({ selfId }: { selfId?: string }) {
  const { t } = useTranslation();
  const { data } = useRegisterData();
  const [ids, setIds] = useArrayValue<string>('subProcessorIds');
  const { a11y, error, errorId, help } = useFieldState('subProcessorIds');
  const options = (data?.processors ?? []).filter((p) => p.id !== selfId).map((p) => ({ id: p.id, label: p.name, badge: t(`fields:enums.processorRole.${p.role}`) }));
  return <PickList idBase={a11y.id} legend={t('fields:processor.subProcessorIds')} options={options} selected={ids} onChange={setIds} error={error} errorId={errorId} help={help} />;
}
