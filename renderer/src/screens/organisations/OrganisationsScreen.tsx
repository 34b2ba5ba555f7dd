/** Organizācijas: the controllers (and processors) whose register this is. */
import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationInput, emptyOrganisation, ORGANISATION_ROLES } from '../../../../shared/domain/organisation.ts';
import { collator, sortByText } from '../../../../shared/format.ts';
import { useRegisterData, type OrganisationRow } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { CheckboxGroupField, NumberField, TextAreaField, TextField } from '../../components/form/controls.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RecordEditor, editableFields, storedRecord } from '../../components/RecordEditor.tsx';
import { UsagePanel } from '../../components/UsagePanel.tsx';
import { useDeleteFlow } from '../../components/use-delete-flow.tsx';
import { useLanguage } from '../../i18n/use-language.ts';

const column = createColumnHelper<OrganisationRow>();


export function OrganisationsScreen() {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { data } = useRegisterData();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const columns = useMemo(() => {
    const compare = collator(language).compare;
    return [
      column.accessor('name', { header: t('fields:organisation.name'), sortingFn: (a, b) => compare(a.original.name, b.original.name) }),
      column.accessor('regNo', { header: t('fields:organisation.regNo'), size: 200 }),
      column.accessor('dpoName', { header: t('fields:organisation.dpoName'), size: 260 }),
      column.accessor('usedBy', { header: t('organisations.activityCount'), size: 170 }),
    ];
  }, [t, language]);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <PageHeader
        title={t('nav.organisations')}
        subtitle={t('organisations.lead')}
        actions={
          <button type="button" className="button-primary" onClick={() => navigate({ screen: 'organisation', id: 'new' })}>
            {t('organisations.new')}
          </button>
        }
      />
      {data && (
        <DataTable
          testId="organisations-table"
          data={data.organisations}
          columns={columns}
          getRowId={(o) => o.id}
          onOpen={(o) => navigate({ screen: 'organisation', id: o.id })}
          caption={t('nav.organisations')}
          emptyText={t('organisations.empty')}
          sorting={sorting}
          onSortingChange={setSorting}
          height="calc(100vh - 14rem)"
        />
      )}
    </section>
  );
}

export function OrganisationEditorScreen({ id }: { id: string }) {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { data, reload } = useRegisterData();
  const record = data?.organisations.find((o) => o.id === id) ?? null;
  const loadUsage = useCallback(async () => {
    const activities = (await call('activities:list', {})).filter((a) => a.organisationId === id);
    return { activities: activities.map((a) => ({ id: a.id, number: a.number, name: a.name })), processors: [], retentionRules: [] };
  }, [id]);
  const { value: usage } = useLoad(loadUsage, reportError);
  const deletion = useDeleteFlow({
    label: record?.name ?? '',
    usage: loadUsage,
    allowUnlink: false,
    replacements: sortByText(data?.organisations.filter((o) => o.id !== id) ?? [], (o) => o.name, language).map((o) => ({ value: o.id, label: o.name })),
    remove: (choice) => (record ? call('organisations:delete', { id, revision: record.revision, ...choice }) : Promise.resolve()),
    afterDelete: () => navigate({ screen: 'organisations' }, { force: true }),
  });
  if (!data) return <p>{t('loading')}</p>;
  if (id !== 'new' && !record) return <p>{t('notFound')}</p>;
  const label = (field: string) => t(`fields:organisation.${field}`);
  return (
    <>
      <RecordEditor
        key={record ? record.id : 'new'}
        isNew={!record}
        helpScope="organisation"
        title={record?.name ?? t('organisations.new')}
        subtitle={record?.regNo ? `${label('regNo')}: ${record.regNo}` : t('organisations.lead')}
        schema={OrganisationInput}
        initial={record ? editableFields(record) : emptyOrganisation()}
        save={(values, revision) => call('organisations:save', { ...(values as OrganisationInput), ...(record ? { id: record.id, revision: revision ?? record.revision } : {}) })}
        revision={record?.revision}
        recordId={record?.id}
        stored={storedRecord(async () => (await call('organisations:list', {})).find((o) => o.id === id))}
        refresh={() => void reload()}
        afterSave={(savedId) => {
          void reload();
          if (!record) navigate({ screen: 'organisation', id: savedId }, { replace: true, force: true });
        }}
        onBack={() => navigate({ screen: 'organisations' })}
        backLabel={t('actions.backToList')}
        onDelete={record ? deletion.start : undefined}
        aside={record ? <UsagePanel usage={usage} /> : undefined}
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
      </RecordEditor>
      {deletion.dialog}
    </>
  );
}
