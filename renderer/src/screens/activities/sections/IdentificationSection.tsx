import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from '../../../../../shared/domain/activity.ts';
import { sortByText } from '../../../../../shared/format.ts';
import { useRegisterData } from '../../../api/register-data.tsx';
import { call } from '../../../api/transport.ts';
import { useLoadAfterPaint } from '../../../api/use-load.ts';
import { useNotices } from '../../../state/notices.tsx';
import { DateField, SelectField, TextAreaField, TextField } from '../../../components/form/controls.tsx';
import { Section } from '../../../components/Section.tsx';
import { useLanguage } from '../../../i18n/use-language.ts';

/** Art. 30(1)(a): whose record, which activity, who owns it, its status and dates. */
export function IdentificationSection({ activityId }: { activityId: string | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const label = (field: string) => t(`fields:activity.${field}`);
  const organisations = sortByText(data?.organisations ?? [], (o) => o.name, language).map((o) => ({ value: o.id, label: o.name }));
  return (
    <Section id="sec-identification" title={t('activity:sections.identification')}>
      <div className="form-grid">
        <SelectField name="organisationId" label={label('organisationId')} options={organisations} required />
        <SelectField name="kind" label={label('kind')} options={ACTIVITY_KINDS.map((value) => ({ value, label: t(`fields:enums.kind.${value}`) }))} />
        <TextField name="number" label={label('number')} required hint={t('activity:identification.numberHint')} />
        <TextField name="name" label={label('name')} required />
        <TextAreaField name="description" label={label('description')} className="span-2" />
        <TextField name="ownerUnit" label={label('ownerUnit')} />
        <TextField name="ownerPerson" label={label('ownerPerson')} />
      </div>
      <div className="form-grid form-grid-3">
        <SelectField name="status" label={label('status')} options={ACTIVITY_STATUSES.map((value) => ({ value, label: t(`fields:enums.status.${value}`) }))} />
        <DateField name="createdOn" label={label('createdOn')} required />
        <DateField name="endedOn" label={label('endedOn')} />
        <ReplacedByField activityId={activityId} label={label('replacedById')} emptyLabel={t('editor:form.none')} />
      </div>
    </Section>
  );
}

/**
 * The activity that replaces this one: any other activity of the register.
 * The list (thousands in a large register) is fetched after the form is on
 * screen and its options built only when the control is used.
 */
function ReplacedByField({ activityId, label, emptyLabel }: { activityId: string | undefined; label: string; emptyLabel: string }) {
  const { reportError } = useNotices();
  const load = useCallback(
    () => call('activities:list', {}).then((list) => list.filter((a) => a.id !== activityId).map((a) => ({ value: a.id, label: `${a.number} ${a.name}` }))),
    [activityId],
  );
  const options = useLoadAfterPaint(load, reportError) ?? NO_OPTIONS;
  return <SelectField name="replacedById" label={label} options={options} emptyLabel={emptyLabel} className="span-3" deferOptions />;
}

const NO_OPTIONS: Array<{ value: string; label: string }> = [];
