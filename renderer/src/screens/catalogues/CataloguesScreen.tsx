/** Katalogi: the vocabularies activities pick from, built-in and the DPO's own. */
import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOGUE_NAMES, catalogueInputs, localName, type CatalogueName } from '../../../../shared/domain/catalogues.ts';
import { collator, sortByText } from '../../../../shared/format.ts';
import { matchesTerms, normaliseForSearch, queryTerms } from '../../../../shared/search-text.ts';
import { useRegisterData } from '../../api/register-data.tsx';
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
import { CatalogueEntryFields, catalogueDefaults } from './CatalogueEntryFields.tsx';

interface EntryRow {
  id: string;
  revision: number;
  nameLv: string;
  nameEn: string;
  builtin: boolean;
  detail: string;
  usedBy: number;
}

const column = createColumnHelper<EntryRow>();

/** The one property that tells entries of a catalogue apart in the list. */
function detailOf(name: CatalogueName, entry: Record<string, unknown>, t: (key: string) => string): string {
  switch (name) {
    case 'dataCategories':
      return t(`fields:enums.dataCategoryKind.${String(entry.kind)}`);
    case 'recipientCategories':
      return t(`fields:enums.recipientType.${String(entry.type)}`);
    case 'securityMeasures':
      return t(`fields:enums.measureType.${String(entry.type)}`);
    case 'legalBases':
      return `6(1)(${String(entry.gdprPoint)})`;
    case 'art9Conditions':
      return `9(2)(${String(entry.point)})`;
    case 'transferMechanisms':
      return t(`fields:enums.transferArticle.${String(entry.article)}`);
    case 'countries':
      return entry.eea ? t('fields:catalogue.eea') : t(`fields:enums.adequacy.${String(entry.adequacy)}`);
    case 'dataSubjectCategories':
      return [entry.employees ? t('fields:catalogue.employees') : '', entry.vulnerable ? t('fields:catalogue.vulnerable') : ''].filter(Boolean).join(', ');
  }
}

export function CataloguesScreen({ catalogue }: { catalogue: CatalogueName }) {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { data } = useRegisterData();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const [query, setQuery] = useState('');
  const filterId = useId();
  const terms = useMemo(() => queryTerms(query), [query]);
  const filter = useMemo(
    () => (terms.length > 0 ? (row: EntryRow) => matchesTerms(normaliseForSearch(`${row.nameLv} ${row.nameEn} ${row.detail}`), terms) : undefined),
    [terms],
  );
  const rows = useMemo<EntryRow[]>(() => {
    if (!data) return [];
    const usage = data.catalogueUsage[catalogue] ?? {};
    return (data.catalogues[catalogue] as unknown as Array<Record<string, unknown> & Omit<EntryRow, 'detail' | 'usedBy'>>).map((entry) => ({
      id: entry.id,
      revision: entry.revision,
      nameLv: entry.nameLv,
      nameEn: entry.nameEn,
      builtin: entry.builtin,
      detail: detailOf(catalogue, entry, t),
      usedBy: usage[entry.id] ?? 0,
    }));
  }, [data, catalogue, t]);
  const columns = useMemo(() => {
    const compare = collator(language).compare;
    const other = language === 'lv' ? 'nameEn' : 'nameLv';
    return [
      column.accessor((row) => localName(row, language), { id: 'name', header: t('catalogues.name'), sortingFn: (a, b) => compare(localName(a.original, language), localName(b.original, language)) }),
      column.accessor(other, { header: t(`fields:catalogue.${other}`), size: 300 }),
      column.accessor('detail', { header: t('catalogues.detail'), size: 200 }),
      column.accessor((row) => (row.builtin ? t('catalogues.builtin') : t('catalogues.own')), { id: 'builtin', header: t('catalogues.origin'), size: 120 }),
      column.accessor('usedBy', { header: t('lists.usedBy'), size: 100 }),
    ];
  }, [t, language]);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <PageHeader
        title={t('nav.catalogues')}
        subtitle={t('catalogues.lead')}
        actions={
          <button type="button" className="button-primary" onClick={() => navigate({ screen: 'catalogueEntry', catalogue, id: 'new' })}>
            {t('catalogues.new')}
          </button>
        }
      />
      <nav className="tabs" aria-label={t('catalogues.choose')}>
        {CATALOGUE_NAMES.map((name) => (
          <button
            key={name}
            type="button"
            className={name === catalogue ? 'tab tab-current' : 'tab'}
            aria-current={name === catalogue ? 'page' : undefined}
            onClick={() => navigate({ screen: 'catalogues', catalogue: name })}
          >
            {t(`fields:catalogues.${name}`)}
          </button>
        ))}
      </nav>
      <h2 className="visually-hidden">{t(`fields:catalogues.${catalogue}`)}</h2>
      <div className="filter-bar" role="search">
        <div className="filter filter-search">
          <label htmlFor={filterId}>{t('catalogues.filter')}</label>
          <input id={filterId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
      </div>
      {data && (
        <DataTable
          testId="catalogue-table"
          data={rows}
          columns={columns}
          getRowId={(row) => row.id}
          onOpen={(row) => navigate({ screen: 'catalogueEntry', catalogue, id: row.id })}
          caption={t(`fields:catalogues.${catalogue}`)}
          emptyText={t('catalogues.empty')}
          sorting={sorting}
          onSortingChange={setSorting}
          filter={filter}
          height="calc(100vh - 23rem)"
        />
      )}
    </section>
  );
}

export function CatalogueEntryScreen({ catalogue, id }: { catalogue: CatalogueName; id: string }) {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { data, reload } = useRegisterData();
  const entries = (data?.catalogues[catalogue] ?? []) as Array<{ id: string; revision: number; nameLv: string; nameEn: string; builtin: boolean }>;
  const record = entries.find((e) => e.id === id) ?? null;
  const loadUsage = useCallback(() => call('catalogues:usage', { catalogue, id }), [catalogue, id]);
  const { value: usage } = useLoad(id === 'new' ? noUsage : loadUsage, reportError);
  const deletion = useDeleteFlow({
    label: record ? localName(record, language) : '',
    usage: loadUsage,
    replacements: sortByText(entries.filter((e) => e.id !== id), (e) => localName(e, language), language).map((e) => ({ value: e.id, label: localName(e, language) })),
    remove: (choice) => (record ? call('catalogues:delete', { catalogue, request: { id, revision: record.revision, ...choice } }) : Promise.resolve()),
    afterDelete: () => navigate({ screen: 'catalogues', catalogue }, { force: true }),
  });
  if (!data) return <p>{t('loading')}</p>;
  if (id !== 'new' && !record) return <p>{t('notFound')}</p>;
  return (
    <>
      <RecordEditor
        key={record ? record.id : 'new'}
        isNew={!record}
        title={record ? localName(record, language) : t('catalogues.newIn', { catalogue: t(`fields:catalogues.${catalogue}`) })}
        subtitle={
          <>
            {t(`fields:catalogues.${catalogue}`)}
            {record?.builtin && ` · ${t('catalogues.builtinNote')}`}
          </>
        }
        schema={catalogueInputs[catalogue]}
        initial={record ? editableFields(record) : (catalogueDefaults(catalogue) as Record<string, unknown>)}
        save={async (values, revision) =>
          (await call('catalogues:save', { catalogue, entry: { ...values, ...(record ? { id: record.id, revision: revision ?? record.revision } : {}) } } as never)) as { id: string; revision: number }
        }
        revision={record?.revision}
        recordId={record?.id}
        stored={storedRecord(async () => ((await call('catalogues:list', {})).catalogues[catalogue] as Array<{ id: string; revision: number }>).find((e) => e.id === id))}
        refresh={() => void reload()}
        afterSave={(savedId) => {
          void reload();
          if (!record) navigate({ screen: 'catalogueEntry', catalogue, id: savedId }, { replace: true, force: true });
        }}
        onBack={() => navigate({ screen: 'catalogues', catalogue })}
        backLabel={t('actions.backToList')}
        onDelete={record && !record.builtin ? deletion.start : undefined}
        aside={record ? <UsagePanel usage={usage} /> : undefined}
        labelOf={(path) => t(`fields:catalogue.${path.split('.')[0]}`)}
      >
        <CatalogueEntryFields catalogue={catalogue} />
      </RecordEditor>
      {deletion.dialog}
    </>
  );
}
