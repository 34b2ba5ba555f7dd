/** Apstrādātāji un saņēmēji: the list, and the editor of one. */
import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../../shared/domain/catalogues.ts';
import { ProcessorInput } from '../../../../shared/domain/processor.ts';
import { collator, formatDate, sortByText } from '../../../../shared/format.ts';
import { useRegisterData, type ProcessorRow } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RecordEditor, editableFields, storedRecord } from '../../components/RecordEditor.tsx';
import { UsagePanel } from '../../components/UsagePanel.tsx';
import { noUsage, useDeleteFlow } from '../../components/use-delete-flow.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { ProcessorFields, processorDefaults } from './ProcessorFields.tsx';

const column = createColumnHelper<ProcessorRow>();

export function ProcessorsScreen() {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { data } = useRegisterData();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const countryName = useMemo(() => new Map((data?.catalogues.countries ?? []).map((c) => [c.id, localName(c, language)])), [data, language]);
  const columns = useMemo(() => {
    const compare = collator(language).compare;
    return [
      column.accessor('name', { header: t('fields:processor.name'), sortingFn: (a, b) => compare(a.original.name, b.original.name) }),
      column.accessor((p) => t(`fields:enums.processorRole.${p.role}`), { id: 'role', header: t('fields:processor.role'), size: 200 }),
      column.accessor((p) => (p.countryId ? (countryName.get(p.countryId) ?? p.countryId) : ''), { id: 'country', header: t('fields:processor.countryId'), size: 150 }),
      column.accessor('service', { header: t('fields:processor.service'), size: 240, sortingFn: (a, b) => compare(a.original.service, b.original.service) }),
      column.accessor((p) => p.contractExpiry ?? '', { id: 'contractExpiry', header: t('fields:processor.contractExpiry'), size: 175, cell: (info) => formatDate(info.row.original.contractExpiry) }),
      column.accessor('usedBy', { header: t('lists.usedBy'), size: 100 }),
    ];
  }, [t, language, countryName]);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <PageHeader
        title={t('nav.processors')}
        subtitle={t('processors.lead')}
        actions={
          <button type="button" className="button-primary" onClick={() => navigate({ screen: 'processor', id: 'new' })}>
            {t('processors.new')}
          </button>
        }
      />
      {data && (
        <DataTable
          testId="processors-table"
          data={data.processors}
          columns={columns}
          getRowId={(p) => p.id}
          onOpen={(p) => navigate({ screen: 'processor', id: p.id })}
          caption={t('nav.processors')}
          emptyText={t('processors.empty')}
          sorting={sorting}
          onSortingChange={setSorting}
        />
      )}
    </section>
  );
}

export function ProcessorEditorScreen({ id }: { id: string }) {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { data, reload } = useRegisterData();
  const record = data?.processors.find((p) => p.id === id) ?? null;
  const loadUsage = useCallback(() => call('processors:usage', { id }), [id]);
  const { value: usage } = useLoad(id === 'new' ? noUsage : loadUsage, reportError);
  const deletion = useDeleteFlow({
    label: record?.name ?? '',
    usage: loadUsage,
    replacements: sortByText(data?.processors.filter((p) => p.id !== id) ?? [], (p) => p.name, language).map((p) => ({ value: p.id, label: p.name })),
    remove: (choice) => (record ? call('processors:delete', { id, revision: record.revision, ...choice }) : Promise.resolve()),
    afterDelete: () => navigate({ screen: 'processors' }, { force: true }),
  });
  if (!data) return <p>{t('loading')}</p>;
  if (id !== 'new' && !record) return <p>{t('notFound')}</p>;
  return (
    <>
      <RecordEditor
        key={record ? record.id : 'new'}
        isNew={!record}
        helpScope="processor"
        title={record?.name ?? t('processors.new')}
        subtitle={record ? t(`fields:enums.processorRole.${record.role}`) : t('processors.lead')}
        schema={ProcessorInput}
        initial={record ? editableFields(record) : processorDefaults()}
        save={(values, revision) => call('processors:save', { ...(values as ProcessorInput), ...(record ? { id: record.id, revision: revision ?? record.revision } : {}) })}
        revision={record?.revision}
        recordId={record?.id}
        stored={storedRecord(() => call('processors:get', { id }))}
        refresh={() => void reload()}
        afterSave={(savedId) => {
          void reload();
          if (!record) navigate({ screen: 'processor', id: savedId }, { replace: true, force: true });
        }}
        onBack={() => navigate({ screen: 'processors' })}
        backLabel={t('actions.backToList')}
        onDelete={record ? deletion.start : undefined}
        aside={record ? <UsagePanel usage={usage} /> : undefined}
        labelOf={(path) => t(`fields:processor.${path.split('.')[0]}`)}
      >
        <ProcessorFields selfId={record?.id} />
      </RecordEditor>
      {deletion.dialog}
    </>
  );
}
