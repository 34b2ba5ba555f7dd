/** Katalogi: the vocabularies activities pick from, built-in and the DPO's own. */
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOGUE_NAMES, catalogueInputs, localName, type CatalogueName } from '../../../../shared/domain/catalogues.ts';
import { matchesTerms, normaliseForSearch, queryTerms } from '../../../../shared/search-text.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { RecordEditorScreen } from '../../components/RecordEditorScreen.tsx';
import { RecordListScreen, type ListColumns } from '../../components/RecordListScreen.tsx';
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

const columns: ListColumns<EntryRow> = ({ t, compare, language }) => {
  const other = language === 'lv' ? 'nameEn' : 'nameLv';
  return [
    column.accessor((row) => localName(row, language), { id: 'name', header: t('catalogues.name'), sortingFn: (a, b) => compare(localName(a.original, language), localName(b.original, language)) }),
    column.accessor(other, { header: t(`fields:catalogue.${other}`), size: 300 }),
    column.accessor('detail', { header: t('catalogues.detail'), size: 200 }),
    column.accessor((row) => (row.builtin ? t('catalogues.builtin') : t('catalogues.own')), { id: 'builtin', header: t('catalogues.origin'), size: 120 }),
    column.accessor('usedBy', { header: t('lists.usedBy'), size: 100 }),
  ];
};

export function CataloguesScreen({ catalogue }: { catalogue: CatalogueName }) {
  const { t } = useTranslation('editor');
  const { navigate } = useNavigation();
  const { data } = useRegisterData();
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
  return (
    <RecordListScreen
      nav="catalogues"
      words="catalogues"
      testId="catalogue-table"
      rows={() => rows}
      columns={columns}
      editor={(id) => ({ screen: 'catalogueEntry', catalogue, id })}
      caption={t(`fields:catalogues.${catalogue}`)}
      filter={filter}
      height="calc(100vh - 23rem)"
    >
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
    </RecordListScreen>
  );
}

/** An entry as the editor sees it: the fields every catalogue's entries have. */
interface StoredEntry {
  id: string;
  revision: number;
  nameLv: string;
  nameEn: string;
  builtin: boolean;
}

export function CatalogueEntryScreen({ catalogue, id }: { catalogue: CatalogueName; id: string }) {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const usage = useCallback((entryId: string) => call('catalogues:usage', { catalogue, id: entryId }), [catalogue]);
  return (
    <RecordEditorScreen
      id={id}
      records={data?.catalogues[catalogue] as StoredEntry[] | undefined}
      nameOf={(entry) => localName(entry, language)}
      newTitle={t('catalogues.newIn', { catalogue: t(`fields:catalogues.${catalogue}`) })}
      subtitle={(record) => (
        <>
          {t(`fields:catalogues.${catalogue}`)}
          {record?.builtin && ` · ${t('catalogues.builtinNote')}`}
        </>
      )}
      schema={catalogueInputs[catalogue]}
      empty={() => catalogueDefaults(catalogue) as Record<string, unknown>}
      save={async (values, read) => {
        const saved = (await call('catalogues:save', { catalogue, entry: { ...values, ...read } } as never)) as { id: unknown; revision: number };
        return { id: String(saved.id), revision: saved.revision };
      }}
      stored={async () => ((await call('catalogues:list', {})).catalogues[catalogue] as Array<{ id: string; revision: number }>).find((e) => e.id === id)}
      remove={(read, choice) => call('catalogues:delete', { catalogue, request: { ...read, ...choice } })}
      usage={usage}
      deletable={(entry) => !entry.builtin}
      listRoute={{ screen: 'catalogues', catalogue }}
      editorRoute={(savedId) => ({ screen: 'catalogueEntry', catalogue, id: savedId })}
      labelOf={(path) => t(`fields:catalogue.${path.split('.')[0]}`)}
    >
      <CatalogueEntryFields catalogue={catalogue} />
    </RecordEditorScreen>
  );
}
