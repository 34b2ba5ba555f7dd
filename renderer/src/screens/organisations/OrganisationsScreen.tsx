/** Organizācijas: the controllers (and processors) whose register this is. */
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { OrganisationInput, emptyOrganisation, ORGANISATION_ROLES } from '../../../../shared/domain/organisation.ts';
import { useRegisterData, type OrganisationRow } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { CheckboxGroupField, NumberField, TextAreaField, TextField } from '../../components/form/controls.tsx';
import { RecordEditorScreen } from '../../components/RecordEditorScreen.tsx';
import { RecordListScreen, type ListColumns } from '../../components/RecordListScreen.tsx';

const column = createColumnHelper<OrganisationRow>();

/** An organisation is used by the activities it keeps (processors and rules are not tied to one). */
async function usage(id: string) {
  const activities = (await call('activities:list', {})).filter((a) => a.organisationId === id);
  return { activities: activities.map((a) => ({ id: a.id, number: a.number, name: a.name })), processors: [], retentionRules: [] };
}

const columns: ListColumns<OrganisationRow> = ({ t, compare }) => [
  column.accessor('name', { header: t('fields:organisation.name'), sortingFn: (a, b) => compare(a.original.name, b.original.name) }),
  column.accessor('regNo', { header: t('fields:organisation.regNo'), size: 200 }),
  column.accessor('dpoName', { header: t('fields:organisation.dpoName'), size: 260 }),
  column.accessor('usedBy', { header: t('organisations.activityCount'), size: 170 }),
];

export function OrganisationsScreen() {
  return (
    <RecordListScreen
      nav="organisations"
      words="organisations"
      testId="organisations-table"
      rows={(data) => data.organisations}
      columns={columns}
      editor={(id) => ({ screen: 'organisation', id })}
      height="calc(100vh - 14rem)"
    />
  );
}

export function OrganisationEditorScreen({ id }: { id: string }) {
  const { t } = useTranslation('editor');
  const { data } = useRegisterData();
  const label = (field: string) => t(`fields:organisation.${field}`);
  return (
    <RecordEditorScreen
      id={id}
      records={data?.organisations}
      nameOf={(o) => o.name}
      newTitle={t('organisations.new')}
      subtitle={(record) => (record?.regNo ? `${label('regNo')}: ${record.regNo}` : t('organisations.lead'))}
      helpScope="organisation"
      schema={OrganisationInput}
      empty={emptyOrganisation}
      save={(values, read) => call('organisations:save', { ...(values as OrganisationInput), ...read })}
      stored={async () => (await call('organisations:list', {})).find((o) => o.id === id)}
      remove={(read, choice) => call('organisations:delete', { ...read, ...choice })}
      usage={usage}
      allowUnlink={false}
      listRoute={{ screen: 'organisations' }}
      editorRoute={(savedId) => ({ screen: 'organisation', id: savedId })}
      labelOf={(path) => label(path.split('.')[0] ?? '')}
    >
      <div className="form-grid">
        <TextField name="name" label={label('name')} required />
        <TextField name="regNo" label={label('regNo')} />
        <div className="span-2">
          <CheckboxGroupField
            name="roles"
            legend={t('model:organisation.roles')}
            hint={t('model:organisation.rolesHelp')}
            options={ORGANISATION_ROLES.map((value) => ({ value, label: t(`model:enums.organisationRole.${value}`) }))}
            columns={2}
          />
        </div>
        <TextField name="address" label={label('address')} className="span-2" />
        <TextField name="email" label={label('email')} type="email" />
        <TextField name="phone" label={label('phone')} type="tel" />
        <TextField name="website" label={label('website')} />
        <TextField name="contactPerson" label={label('contactPerson')} />
      </div>
      <h3 className="subheading">{t('organisations.dpo')}</h3>
      <div className="form-grid form-grid-3">
        <TextField name="dpoName" label={label('dpoName')} />
        <TextField name="dpoEmail" label={label('dpoEmail')} type="email" />
        <TextField name="dpoPhone" label={label('dpoPhone')} type="tel" />
      </div>
      <NumberField name="largeScaleThreshold" label={label('largeScaleThreshold')} hint={t('activity:inspector.largeScaleThresholdHint')} />
      <h3 className="subheading">{t('organisations.representative')}</h3>
      <div className="form-grid">
        <TextField name="representativeName" label={label('representativeName')} />
        <TextField name="representativeContact" label={label('representativeContact')} />
      </div>
      <TextAreaField name="notes" label={label('notes')} />
    </RecordEditorScreen>
  );
}
