/**
 * The list screen of a kind of record the register keeps beside its
 * activities (organisations, processors, retention rules, catalogue
 * entries): a header with the lead and a "new" button, what the screen puts
 * between them (tabs, a filter), and the sortable table whose rows open the
 * record's editor. One component, parameterised by each screen; before, four
 * screens each wrote this frame out.
 */
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { collator } from '../../../shared/format.ts';
import type { Language } from '../../../shared/i18n/index.ts';
import { useRegisterData, type RegisterData } from '../api/register-data.tsx';
import { useLanguage } from '../i18n/use-language.ts';
import type { Route } from '../state/routes.ts';
import { useNavigation } from '../state/navigation.tsx';
import { DataTable } from './DataTable.tsx';
import { PageHeader } from './PageHeader.tsx';

/** What a list's columns are made from: the words, Latvian (or English) sorting, the register's data, the language. */
export interface ColumnContext {
  t: TFunction<'editor'>;
  compare: (a: string, b: string) => number;
  data: RegisterData | null;
  language: Language;
}

/**
 * The columns of a list, made anew when the language or the data changes.
 * Give a function defined once (at module level), not a new one each render.
 */
// Columns of different value types in one list: tanstack's own ColumnDef<T, any>[] (DataTable takes the same).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ListColumns<Row> = (context: ColumnContext) => ColumnDef<Row, any>[];

export interface RecordListScreenProps<Row extends { id: string }> {
  /** The navigation's key of the list (`nav.<nav>` is the screen's heading). */
  nav: string;
  /** The `editor` namespace's key prefix of the screen's own words: `<words>.lead`, `.new`, `.empty`. */
  words: string;
  /** The table's test id. */
  testId: string;
  /** The rows, from the register's data once it has loaded. */
  rows: (data: RegisterData) => Row[];
  columns: ListColumns<Row>;
  /** A record's editor; `'new'` for a record not saved yet. */
  editor: (id: string) => Route;
  /** The table's caption when it is not the heading. */
  caption?: string;
  /** What the screen shows between the header and the table (tabs, a filter bar). */
  children?: ReactNode;
  filter?: (row: Row) => boolean;
  height?: string;
}

export function RecordListScreen<Row extends { id: string }>({ nav, words, testId, rows, columns, editor, caption, children, filter, height }: RecordListScreenProps<Row>) {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { data } = useRegisterData();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const columnDefs = useMemo(() => columns({ t, compare: collator(language).compare, data, language }), [columns, t, language, data]);
  const open = (id: string) => navigate(editor(id));
  const title = t(`nav.${nav}`);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <PageHeader
        title={title}
        subtitle={t(`${words}.lead`)}
        actions={
          <button type="button" className="button-primary" onClick={() => open('new')}>
            {t(`${words}.new`)}
          </button>
        }
      />
      {children}
      {data && (
        <DataTable
          testId={testId}
          data={rows(data)}
          columns={columnDefs}
          getRowId={(row) => row.id}
          onOpen={(row) => open(row.id)}
          caption={caption ?? title}
          emptyText={t(`${words}.empty`)}
          sorting={sorting}
          onSortingChange={setSorting}
          filter={filter}
          height={height}
        />
      )}
    </section>
  );
}
