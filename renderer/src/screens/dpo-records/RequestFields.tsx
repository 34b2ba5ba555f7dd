/** The fields of a data subject request; the deadline is shown as computed (Art. 12(3)). */
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../shared/domain/primitives.ts';
import { RECORD_STATUSES } from '../../../../shared/domain/breach.ts';
import { REQUEST_CHANNELS, REQUEST_OUTCOMES, REQUEST_TYPES } from '../../../../shared/domain/subject-request.ts';
import { requestDeadline } from '../../../../shared/dpo-deadlines.ts';
import { formatDate } from '../../../../shared/format.ts';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';
import { CheckboxField, DateField, NumberField, SelectField, TextAreaField, TextField } from '../../components/form/controls.tsx';
import { CatalogueIdsField } from '../activities/pick-fields.tsx';
import { IdsPickField } from './dpo-fields.tsx';
import { useRecordOptions } from './use-record-options.ts';

export function RequestFields() {
  const { t } = useTranslation();
  const { announce, reportError } = useNotices();
  const { getValues, setValue } = useFormContext();
  const [organisationId, receivedOn, extensionMonths] = useWatch({ name: ['organisationId', 'receivedOn', 'extensionMonths'] }) as [string, unknown, unknown];
  const options = useRecordOptions(organisationId);
  const label = (field: string) => t(`dpoRecords:request.${field}`);
  const choices = (values: readonly string[], labelOf: (value: string) => string) => values.map((value) => ({ value, label: labelOf(value) }));
  const deadline =
    typeof receivedOn === 'string' && isIsoDate(receivedOn) && typeof extensionMonths === 'number' ? requestDeadline({ receivedOn, extensionMonths }) : null;

  const propose = async () => {
    try {
      const proposed = await call('requests:proposeActivities', { organisationId, dataSubjectCategoryIds: getValues('dataSubjectCategoryIds') as string[] });
      const current = getValues('activityIds') as string[];
      setValue('activityIds', [...current, ...proposed.map((a) => a.id).filter((id) => !current.includes(id))], { shouldDirty: true, shouldValidate: true });
      announce(t('dpoRecords:ui.proposed'));
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <>
      <div className="form-grid form-grid-3">
        <SelectField name="organisationId" label={label('organisationId')} options={options.organisations} required />
        <TextField name="number" label={label('number')} required />
        <SelectField name="type" label={label('type')} options={choices(REQUEST_TYPES, (v) => t(`dpoRecords:type.${v}`))} />
        <DateField name="receivedOn" label={label('receivedOn')} required />
        <SelectField name="channel" label={label('channel')} options={choices(REQUEST_CHANNELS, (v) => t(`dpoRecords:channel.${v}`))} />
        <TextField name="requester" label={label('requester')} hint={label('requesterHelp')} required />
      </div>
      <p className="field-hint" role="status" data-testid="request-deadline">
        {deadline ? t('dpoRecords:ui.deadlineIs', { date: formatDate(deadline) }) : ''}
      </p>
      <div className="form-grid">
        <TextField name="identityVerification" label={label('identityVerification')} />
        <DateField name="identityVerifiedOn" label={label('identityVerifiedOn')} />
      </div>
      <div className="form-grid form-grid-3">
        <NumberField name="extensionMonths" label={label('extensionMonths')} />
        <DateField name="extensionNotifiedOn" label={label('extensionNotifiedOn')} />
      </div>
      <TextAreaField name="extensionReasons" label={label('extensionReasons')} rows={2} />
      <CatalogueIdsField name="dataSubjectCategoryIds" catalogue="dataSubjectCategories" legend={label('dataSubjectCategoryIds')} hint={t('dpoRecords:ui.proposeActivitiesHint')} />
      <p>
        <button type="button" onClick={() => void propose()}>
          {t('dpoRecords:ui.propose')}
        </button>
      </p>
      <IdsPickField name="activityIds" legend={label('activityIds')} options={options.activities} />
      <div className="form-grid form-grid-3">
        <SelectField name="outcome" label={label('outcome')} options={choices(REQUEST_OUTCOMES, (v) => t(`dpoRecords:outcome.${v}`))} />
        <DateField name="respondedOn" label={label('respondedOn')} />
        <SelectField name="status" label={label('status')} options={choices(RECORD_STATUSES, (v) => t(`dpoRecords:status.${v}`))} />
      </div>
      <TextAreaField name="refusalReason" label={label('refusalReason')} rows={2} />
      <CheckboxField name="complaintNoticeGiven" label={label('complaintNoticeGiven')} />
      <TextAreaField name="notes" label={label('notes')} />
    </>
  );
}
