/** Personas datu aizsardzības pārkāpumi: the register (with the 72-hour clock and filters), and the editor of one breach. */
import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BreachRow } from '../../../../shared/contract/dpo-records.ts';
import { BreachInput, emptyBreach } from '../../../../shared/domain/breach.ts';
import { formatTimestamp } from '../../../../shared/format.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { ApiError, call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RecordEditor, editableFields, storedRecord } from '../../components/RecordEditor.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { BreachFields } from './BreachFields.tsx';
import { filterBreaches, yearsOf, type BreachFilter, type BreachView } from './dpo-filters.ts';
import { FilterSelect } from './FilterSelect.tsx';
import { QuickAddProvider } from '../activities/QuickAdd.tsx';
import { useRecordDelete } from './use-record-delete.tsx';

const column = createColumnHelper<BreachRow>();
const listBreaches = () => call('breaches:list', {});

/** The clock as the list and the overview write it. */
export function clockText(clock: BreachRow['clock'], t: TFunction): string {
  if (clock.state === 'running') return t('dpoRecords:clock.running', { hours: clock.hoursLeft, due: formatTimestamp(clock.due) });
  if (clock.state === 'overdue') return t('dpoRecords:clock.overdue', { hours: clock.hoursOver });
  return t('dpoRecords:clock.settled');
}

export function BreachesScreen() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { value: breaches } = useLoad(listBreaches, reportError);
  const [filter, setFilter] = useState<BreachFilter>({ view: 'all', year: '' });
  const [sorting, setSorting] = useState<SortingState>([]);
  const f = (key: string) => t(`dpoRecords:breach.${key}`);
  const columns = useMemo(() => {
    const f = (key: string) => t(`dpoRecords:breach.${key}`);
    return [
      column.accessor('number', { header: f('number'), size: 120 }),
      column.accessor('title', { header: f('title'), size: 260 }),
      column.accessor('awareAt', { header: f('awareAt'), size: 190, cell: (info) => formatTimestamp(info.getValue()) }),
      column.accessor((b) => t(`dpoRecords:risk.${b.risk ?? 'none'}`), { id: 'risk', header: f('risk'), size: 150 }),
      column.accessor((b) => t(`dpoRecords:dviDecision.${b.dviDecision}`), { id: 'dvi', header: f('dviDecision'), size: 170 }),
      column.accessor((b) => clockText(b.clock, t), { id: 'clock', header: f('clock'), size: 230 }),
      column.accessor((b) => t(`dpoRecords:status.${b.status}`), { id: 'status', header: f('status'), size: 100 }),
    ];
  }, [t]);
  const rows = useMemo(() => filterBreaches(breaches ?? [], filter), [breaches, filter]);
  const views: BreachView[] = ['all', 'open', 'clock'];
  return (
    <section className="screen" aria-labelledby="screen-title">
      <PageHeader
        title={f('_plural')}
        subtitle={t('dpoRecords:ui.breachesLead')}
        actions={
          <button type="button" className="button-primary" onClick={() => navigate({ screen: 'breach', id: 'new' })}>
            {t('dpoRecords:ui.newBreach')}
          </button>
        }
      />
      <div className="filter-bar" role="group" aria-label={t('dpoRecords:ui.filter')}>
        <FilterSelect id="breach-view" label={t('dpoRecords:ui.filter')} value={filter.view} onChange={(view) => setFilter({ ...filter, view: view as BreachView })} options={views.map((v) => ({ value: v, label: t(`dpoRecords:ui.${v === 'clock' ? 'clockRunning' : v}`) }))} />
        <FilterSelect id="breach-year" label={t('dpoRecords:ui.year')} value={filter.year} onChange={(year) => setFilter({ ...filter, year })} options={[{ value: '', label: t('dpoRecords:ui.anyYear') }, ...yearsOf((breaches ?? []).map((b) => b.awareAt)).map((y) => ({ value: y, label: y }))]} />
      </div>
      {breaches && (
        <DataTable
          testId="breaches-table"
          data={rows}
          columns={columns}
          getRowId={(b) => b.id}
          onOpen={(b) => navigate({ screen: 'breach', id: b.id })}
          caption={f('_plural')}
          emptyText={t('dpoRecords:ui.emptyBreaches')}
          sorting={sorting}
          onSortingChange={setSorting}
        />
      )}
    </section>
  );
}

export function BreachEditorScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { reportError, announce } = useNotices();
  const { data } = useRegisterData();
  const load = useCallback(() => (id === 'new' ? Promise.resolve(null) : call('breaches:get', { id })), [id]);
  const { value: record, reload } = useLoad(load, reportError);
  const loadNotice = useCallback(() => (id === 'new' ? Promise.resolve(null) : call('breaches:notificationText', { id, language })), [id, language, record?.revision]);
  const { value: notice } = useLoad(loadNotice, reportError);
  const deletion = useRecordDelete(
    record ? `${record.number} ${record.title}` : '',
    () => (record ? call('breaches:delete', { id: record.id, revision: record.revision }) : Promise.resolve()),
    () => navigate({ screen: 'breaches' }, { force: true }),
  );
  if (!data || record === undefined) return <p>{t('editor:loading')}</p>;
  const organisationId = data.organisations[0]?.id ?? '';
  return (
    <QuickAddProvider>
      <RecordEditor
        key={record ? record.id : 'new'}
        isNew={!record}
        title={record ? `${record.number} ${record.title}` : t('dpoRecords:ui.newBreach')}
        subtitle={t('dpoRecords:ui.breachesLead')}
        schema={BreachInput}
        initial={record ? editableFields(record) : emptyBreach(organisationId, new Date())}
        save={(values, revision) => call('breaches:save', { ...(values as BreachInput), ...(record ? { id: record.id, revision: revision ?? record.revision } : {}) })}
        revision={record?.revision}
        recordId={record?.id}
        stored={storedRecord(() => call('breaches:get', { id }))}
        refresh={() => void reload()}
        afterSave={(savedId) => {
          if (record) void reload();
          else navigate({ screen: 'breach', id: savedId }, { replace: true, force: true });
        }}
        onBack={() => navigate({ screen: 'breaches' })}
        backLabel={t('editor:actions.backToList')}
        onDelete={record ? deletion.start : undefined}
        aside={
          notice ? (
            <aside className="record-aside" aria-labelledby="breach-notice-title">
              <h2 id="breach-notice-title">{t('dpoRecords:ui.noticeText')}</h2>
              <textarea readOnly rows={16} value={notice.text} aria-labelledby="breach-notice-title" data-testid="breach-notice" />
              <div className="button-row">
                <button type="button" onClick={() => void navigator.clipboard?.writeText(notice.text)}>
                  {t('dpoRecords:ui.copyNotice')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void call('breaches:saveNotificationPdf', { id, language })
                      .then(({ fileName }) => announce(t('dpoRecords:ui.noticeSaved', { file: fileName })))
                      .catch((error: unknown) => {
                        if (!(error instanceof ApiError && error.code === 'CANCELLED')) reportError(error);
                      })
                  }
                >
                  {t('dpoRecords:ui.saveNoticePdf')}
                </button>
              </div>
            </aside>
          ) : undefined
        }
        labelOf={(path) => t(`dpoRecords:breach.${path.split('.')[0]}`)}
      >
        <BreachFields />
      </RecordEditor>
      {deletion.dialog}
    </QuickAddProvider>
  );
}
