/** Datu subjektu pieprasījumi: the log (deadlines, filters: open, overdue, type, year), and the editor of one request. */
import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestRow } from '../../../../shared/contract/dpo-records.ts';
import { REQUEST_TYPES, SubjectRequestInput, emptySubjectRequest } from '../../../../shared/domain/subject-request.ts';
import { formatDate, isoToday } from '../../../../shared/format.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RecordEditor, editableFields, storedRecord } from '../../components/RecordEditor.tsx';
import { filterRequests, yearsOf, type RequestFilter, type RequestView } from './dpo-filters.ts';
import { FilterSelect } from './FilterSelect.tsx';
import { RequestFields } from './RequestFields.tsx';
import { QuickAddProvider } from '../activities/QuickAdd.tsx';
import { useRecordDelete } from './use-record-delete.tsx';

const column = createColumnHelper<RequestRow>();
const listRequests = () => call('requests:list', {});
const VIEWS: RequestView[] = ['all', 'open', 'overdue', 'due-soon'];
const VIEW_LABEL: Record<RequestView, string> = { all: 'all', open: 'open', overdue: 'overdue', 'due-soon': 'dueSoon' };

export function RequestsScreen() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { value: requests } = useLoad(listRequests, reportError);
  const [filter, setFilter] = useState<RequestFilter>({ view: 'all', type: '', year: '' });
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(() => {
    const f = (key: string) => t(`dpoRecords:request.${key}`);
    return [
      column.accessor('number', { header: f('number'), size: 120 }),
      column.accessor((r) => t(`dpoRecords:type.${r.type}`), { id: 'type', header: f('type'), size: 230 }),
      column.accessor('receivedOn', { header: f('receivedOn'), size: 130, cell: (info) => formatDate(info.getValue()) }),
      column.accessor('deadline', { header: f('deadline'), size: 130, cell: (info) => formatDate(info.getValue()) }),
      column.accessor((r) => t(`dpoRecords:due.${r.due}`), { id: 'due', header: f('due'), size: 150 }),
      column.accessor((r) => t(`dpoRecords:outcome.${r.outcome}`), { id: 'outcome', header: f('outcome'), size: 150 }),
      column.accessor('requester', { header: f('requester'), size: 220 }),
    ];
  }, [t]);
  const rows = useMemo(() => filterRequests(requests ?? [], filter), [requests, filter]);
  const title = t('dpoRecords:request._plural');
  return (
    <section className="screen" aria-labelledby="screen-title">
      <PageHeader
        title={title}
        subtitle={t('dpoRecords:ui.requestsLead')}
        actions={
          <button type="button" className="button-primary" onClick={() => navigate({ screen: 'request', id: 'new' })}>
            {t('dpoRecords:ui.newRequest')}
          </button>
        }
      />
      <div className="filter-bar" role="group" aria-label={t('dpoRecords:ui.filter')}>
        <FilterSelect id="request-view" label={t('dpoRecords:ui.filter')} value={filter.view} onChange={(view) => setFilter({ ...filter, view: view as RequestView })} options={VIEWS.map((v) => ({ value: v, label: t(`dpoRecords:ui.${VIEW_LABEL[v]}`) }))} />
        <FilterSelect id="request-type" label={t('dpoRecords:ui.type')} value={filter.type} onChange={(type) => setFilter({ ...filter, type })} options={[{ value: '', label: t('dpoRecords:ui.anyType') }, ...REQUEST_TYPES.map((type) => ({ value: type, label: t(`dpoRecords:type.${type}`) }))]} />
        <FilterSelect id="request-year" label={t('dpoRecords:ui.year')} value={filter.year} onChange={(year) => setFilter({ ...filter, year })} options={[{ value: '', label: t('dpoRecords:ui.anyYear') }, ...yearsOf((requests ?? []).map((r) => r.receivedOn)).map((y) => ({ value: y, label: y }))]} />
      </div>
      {requests && (
        <DataTable
          testId="requests-table"
          data={rows}
          columns={columns}
          getRowId={(r) => r.id}
          onOpen={(r) => navigate({ screen: 'request', id: r.id })}
          caption={title}
          emptyText={t('dpoRecords:ui.emptyRequests')}
          sorting={sorting}
          onSortingChange={setSorting}
        />
      )}
    </section>
  );
}

export function RequestEditorScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { data } = useRegisterData();
  const load = useCallback(() => (id === 'new' ? Promise.resolve(null) : call('requests:get', { id })), [id]);
  const { value: record, reload } = useLoad(load, reportError);
  const deletion = useRecordDelete(
    record ? `${record.number} ${record.requester}` : '',
    () => (record ? call('requests:delete', { id: record.id, revision: record.revision }) : Promise.resolve()),
    () => navigate({ screen: 'requests' }, { force: true }),
  );
  if (!data || record === undefined) return <p>{t('editor:loading')}</p>;
  return (
    <QuickAddProvider>
      <RecordEditor
        key={record ? record.id : 'new'}
        isNew={!record}
        title={record ? `${record.number} ${record.requester}` : t('dpoRecords:ui.newRequest')}
        subtitle={t('dpoRecords:ui.requestsLead')}
        schema={SubjectRequestInput}
        initial={record ? editableFields(record) : emptySubjectRequest(data.organisations[0]?.id ?? '', isoToday())}
        save={(values, revision) => call('requests:save', { ...(values as SubjectRequestInput), ...(record ? { id: record.id, revision: revision ?? record.revision } : {}) })}
        revision={record?.revision}
        recordId={record?.id}
        stored={storedRecord(() => call('requests:get', { id }))}
        refresh={() => void reload()}
        afterSave={(savedId) => {
          if (record) void reload();
          else navigate({ screen: 'request', id: savedId }, { replace: true, force: true });
        }}
        onBack={() => navigate({ screen: 'requests' })}
        backLabel={t('editor:actions.backToList')}
        onDelete={record ? deletion.start : undefined}
        labelOf={(path) => t(`dpoRecords:request.${path.split('.')[0]}`)}
      >
        <RequestFields />
      </RecordEditor>
      {deletion.dialog}
    </QuickAddProvider>
  );
}
