/** The fields of a breach record, in the order a DPO documents one: facts, assessment, notification, closing. */
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { BREACH_RISKS, INFORM_DECISIONS, NOTIFY_DECISIONS, RECORD_STATUSES } from '../../../../shared/domain/breach.ts';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';
import { DateField, NumberField, SelectField, TextAreaField, TextField } from '../../components/form/controls.tsx';
import { CatalogueIdsField } from '../activities/pick-fields.tsx';
import { IdsPickField, InstantField, LinesField } from './dpo-fields.tsx';
import { useRecordOptions } from './use-record-options.ts';

const merge = (current: readonly string[], proposed: readonly string[]) => [...current, ...proposed.filter((id) => !current.includes(id))];

export function BreachFields() {
  const { t } = useTranslation();
  const { announce, reportError } = useNotices();
  const { getValues, setValue } = useFormContext();
  const organisationId = useWatch({ name: 'organisationId' }) as string | undefined;
  const options = useRecordOptions(organisationId);
  const label = (field: string) => t(`dpoRecords:breach.${field}`);
  const choices = (values: readonly string[], labelOf: (value: string) => string) => values.map((value) => ({ value, label: labelOf(value) }));

  const propose = async () => {
    try {
      const proposal = await call('breaches:prefill', { activityIds: getValues('activityIds') as string[] });
      const options = { shouldDirty: true, shouldValidate: true };
      setValue('dataSubjectCategoryIds', merge(getValues('dataSubjectCategoryIds') as string[], proposal.dataSubjectCategoryIds), options);
      setValue('dataCategoryIds', merge(getValues('dataCategoryIds') as string[], proposal.dataCategoryIds), options);
      setValue('processorIds', merge(getValues('processorIds') as string[], proposal.processorIds), options);
      const systems = (getValues('systems') as string).trim();
      if (proposal.systems) setValue('systems', systems ? `${systems}\n${proposal.systems}` : proposal.systems, options);
      announce(t('dpoRecords:ui.proposed'));
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('dpoRecords:ui.sectionFacts')}</legend>
        <div className="form-grid form-grid-3">
          <SelectField name="organisationId" label={label('organisationId')} options={options.organisations} required />
          <TextField name="number" label={label('number')} required />
          <TextField name="title" label={label('title')} required />
          <InstantField name="occurredAt" label={label('occurredAt')} hint={t('dpoRecords:ui.timeHint')} />
          <InstantField name="awareAt" label={label('awareAt')} hint={t('dpoRecords:ui.timeHint')} required />
          <InstantField name="containedAt" label={label('containedAt')} hint={t('dpoRecords:ui.timeHint')} />
        </div>
        <TextAreaField name="description" label={label('description')} />
        <IdsPickField name="activityIds" legend={label('activityIds')} options={options.activities} hint={t('dpoRecords:ui.proposeHint')} />
        <p>
          <button type="button" onClick={() => void propose()}>
            {t('dpoRecords:ui.propose')}
          </button>
        </p>
        <CatalogueIdsField name="dataSubjectCategoryIds" catalogue="dataSubjectCategories" legend={label('dataSubjectCategoryIds')} />
        <CatalogueIdsField name="dataCategoryIds" catalogue="dataCategories" legend={label('dataCategoryIds')} />
        <div className="form-grid">
          <NumberField name="approxSubjects" label={label('approxSubjects')} />
          <NumberField name="approxRecords" label={label('approxRecords')} />
        </div>
        <IdsPickField name="processorIds" legend={label('processorIds')} options={options.processors} />
        <TextAreaField name="systems" label={label('systems')} rows={2} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('dpoRecords:ui.sectionAssessment')}</legend>
        <TextAreaField name="consequences" label={label('consequences')} />
        <SelectField name="risk" label={label('risk')} options={choices(BREACH_RISKS, (v) => t(`dpoRecords:risk.${v}`))} emptyLabel={t('dpoRecords:risk.none')} />
        <TextAreaField name="riskReasoning" label={label('riskReasoning')} />
        <TextAreaField name="measuresTaken" label={label('measuresTaken')} />
        <TextAreaField name="measuresProposed" label={label('measuresProposed')} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('dpoRecords:ui.sectionNotice')}</legend>
        <div className="form-grid form-grid-3">
          <SelectField name="dviDecision" label={label('dviDecision')} options={choices(NOTIFY_DECISIONS, (v) => t(`dpoRecords:dviDecision.${v}`))} />
          <InstantField name="dviNotifiedAt" label={label('dviNotifiedAt')} hint={t('dpoRecords:ui.timeHint')} />
          <TextField name="dviReference" label={label('dviReference')} />
        </div>
        <TextAreaField name="dviNotNotifyingReason" label={label('dviNotNotifyingReason')} rows={2} />
        <TextAreaField name="delayReasons" label={label('delayReasons')} rows={2} />
        <div className="form-grid form-grid-3">
          <SelectField name="subjectsDecision" label={label('subjectsDecision')} options={choices(INFORM_DECISIONS, (v) => t(`dpoRecords:subjectsDecision.${v}`))} />
          <DateField name="subjectsInformedOn" label={label('subjectsInformedOn')} />
          <TextField name="subjectsInformedHow" label={label('subjectsInformedHow')} />
        </div>
        <TextAreaField name="subjectsNotInformingReason" label={label('subjectsNotInformingReason')} rows={2} />
        <div className="form-grid">
          <InstantField name="processorNoticeAt" label={label('processorNoticeAt')} hint={t('dpoRecords:ui.timeHint')} />
          <TextField name="processorNoticeTo" label={label('processorNoticeTo')} />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('dpoRecords:ui.sectionClosing')}</legend>
        <div className="form-grid">
          <SelectField name="status" label={label('status')} options={choices(RECORD_STATUSES, (v) => t(`dpoRecords:status.${v}`))} />
          <DateField name="closedOn" label={label('closedOn')} />
        </div>
        <LinesField name="attachments" label={label('attachments')} hint={t('dpoRecords:ui.attachmentsHint')} />
        <TextAreaField name="notes" label={label('notes')} />
      </fieldset>
    </>
  );
}
