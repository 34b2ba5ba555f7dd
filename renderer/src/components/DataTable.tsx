/**
 * A sortable, filterable list of records: TanStack Table keeps the columns
 * and the sorting state and renders the cells, TanStack Virtual renders only
 * the rows in view, so 10,000 activities scroll as smoothly as 5.
 *
 * The order is worked out here on the records themselves, with each
 * column's own accessor and sorting function, and TanStack builds rows only
 * for the records in view: its row model for the whole list (an object with
 * dozens of methods per record) was most of the time a 10,000-activity list
 * took to show.
 *
 * Keyboard: Tab reaches the table's current row; Up/Down, Page Up/Down,
 * Home/End move between rows; Enter opens the row. Column headers are
 * buttons that sort (Enter or Space).
 */
import { createRow, flexRender, getCoreRowModel, sortingFns, useReactTable, type Column, type ColumnDef, type Row, type SortingFn, type SortingState, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const ROW_HEIGHT = 38;
const NO_HIDDEN: string[] = [];

export interface DataTableProps<T> {
  data: T[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column's value type differs (TanStack Table's own advice)
  columns: ColumnDef<T, any>[];
  getRowId: (row: T) => string;
  onOpen: (row: T) => void;
  /** Says what the table lists; read by screen readers (visually hidden). */
  caption: string;
  emptyText: string;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  /**
   * Which rows to show (filters, search); all when absent. Keep it the same
   * function while the selection is the same (useMemo/useCallback): a new
   * one scrolls back to the top.
   */
  filter?: (row: T) => boolean;
  /** The column that takes the width the others leave (the others have their `size`). */
  growColumn?: string;
  /** Columns that only filter, not shown. */
  hiddenColumns?: string[];
  /** Height of the scrolling area in CSS units; lists fill the window by default. */
  height?: string;
  testId?: string;
  /** More records are on their way (`data` is the first of them): the table says so to assistive technology. */
  busy?: boolean;
}

export function DataTable<T>({
  data,
  columns,
  getRowId,
  onOpen,
  caption,
  emptyText,
  sorting,
  onSortingChange,
  filter,
  growColumn = 'name',
  hiddenColumns = NO_HIDDEN,
  height = 'calc(100vh - 16rem)',
  testId,
  busy = false,
}: DataTableProps<T>) {
  const { t } = useTranslation('editor');
  const columnVisibility = useMemo(() => Object.fromEntries(hiddenColumns.map((id) => [id, false])), [hiddenColumns]);
  // The table has the headers, the columns the order is worked out with, and
  // one record, which lets TanStack choose a new column's first direction
  // (text A→Z, numbers high first); rows are made for the records in view.
  const sample = useMemo(() => data.slice(0, 1), [data]);
  const table = useReactTable({
    data: sample,
    columns,
    getRowId,
    state: { sorting, columnVisibility },
    // Sorted here, not by TanStack (see above).
    manualSorting: true,
    // Rows are virtualised, not paged: no page index to reset (resetting it re-renders in a loop).
    autoResetPageIndex: false,
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
  });
  // Sorted once while the data and the order stay, then filtered: a keystroke
  // in a search over 10,000 records is one pass over the sorted records.
  const sorted = useMemo(() => sortRecords(table, data, sorting), [table, data, sorting, columns]);
  const records = useMemo(() => (filter ? sorted.filter(filter) : sorted), [sorted, filter]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: records.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);

  useEffect(() => {
    if (active >= records.length) setActive(Math.max(0, records.length - 1));
  }, [records.length, active]);

  // A new order or a new selection starts at its top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
    setActive(0);
  }, [sorting, filter]);

  // After every commit (the virtualiser re-renders synchronously while scrolling): focus the
  // row the keyboard moved to as soon as it is rendered.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${active}"]`);
    if (row) {
      focusPending.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), records.length - 1);
    setActive(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, row: Row<T>, index: number) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: records.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key] as number);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(row.original);
    }
  };

  const items = virtualizer.getVirtualItems();
  // TanStack rows for the records in view only, each made once (scrolling back reuses it).
  const rowCache = useMemo(() => new Map<T, Row<T>>(), [table, data, columns]);
  const rowOf = (record: T, index: number): Row<T> => {
    let row = rowCache.get(record);
    if (!row) {
      row = createRow(table, getRowId(record), record, index, 0);
      rowCache.set(record, row);
    }
    return row;
  };
  const before = items[0]?.start ?? 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div className="table-scroller" ref={scroller} style={{ maxHeight: height }} data-testid={testId}>
      <table className="data-table" aria-rowcount={records.length + 1} aria-busy={busy || undefined}>
        <caption className="visually-hidden">
          {caption} {t('table.keyboardHelp')}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    style={{ width: header.column.id === growColumn ? undefined : `${header.getSize()}px` }}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {records.length === 0 && (
            <tr>
              <td colSpan={columnCount} className="table-empty">
                {emptyText}
              </td>
            </tr>
          )}
          {before > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: `${before}px` }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rowOf(records[item.index] as T, item.index);
            return (
              <tr
                key={row.id}
                data-index={item.index}
                data-row-id={row.id}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === Math.min(active, records.length - 1) ? 0 : -1}
                className="data-row"
                onClick={() => {
                  setActive(item.index);
                  onOpen(row.original);
                }}
                onFocus={() => setActive(item.index)}
                onKeyDown={(event) => onKeyDown(event, row, item.index)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} ref={titleWhenCut}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: `${after}px` }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** What a column's sorting function is handed for a record: its value by column, and the record. */
class SortRow<T> {
  readonly original: T;
  private readonly index: number;
  private readonly values: Map<string, unknown[]>;
  constructor(original: T, index: number, values: Map<string, unknown[]>) {
    this.original = original;
    this.index = index;
    this.values = values;
  }
  getValue(columnId: string): unknown {
    return this.values.get(columnId)?.[this.index];
  }
}

/** The records in the order `sorting` asks for, with each column's accessor and sorting function (stable). */
function sortRecords<T>(table: Table<T>, data: T[], sorting: SortingState): T[] {
  const keys = sorting.flatMap(({ id, desc }) => {
    const column = table.getColumn(id);
    return column?.accessorFn ? [{ id, desc, column, accessor: column.accessorFn }] : [];
  });
  if (keys.length === 0) return data;
  const values = new Map(keys.map(({ id, accessor }) => [id, data.map((record, index) => accessor(record, index))]));
  const rows = data.map((record, index) => new SortRow(record, index, values));
  const compare = keys.map(({ id, desc, column }) => {
    const fn = sortingFnOf(column, values.get(id) as unknown[]);
    return (a: number, b: number) => {
      const result = fn(rows[a] as unknown as Row<T>, rows[b] as unknown as Row<T>, id);
      return desc ? -result : result;
    };
  });
  const order = data.map((_record, index) => index);
  order.sort((a, b) => {
    for (const by of compare) {
      const result = by(a, b);
      if (result !== 0) return result;
    }
    return a - b;
  });
  return order.map((index) => data[index] as T);
}

/** The column's own sorting function; for 'auto', chosen from its values as TanStack chooses. */
function sortingFnOf<T>(column: Column<T, unknown>, values: unknown[]): SortingFn<T> {
  const own = column.columnDef.sortingFn;
  if (typeof own === 'function') return own;
  if (own && own !== 'auto' && own in sortingFns) return sortingFns[own as keyof typeof sortingFns] as SortingFn<T>;
  let text = false;
  for (const value of values.slice(0, 20)) {
    if (value instanceof Date) return sortingFns.datetime as SortingFn<T>;
    if (typeof value === 'string') {
      text = true;
      if (value.split(/([0-9]+)/).length > 1) return sortingFns.alphanumeric as SortingFn<T>;
    }
  }
  return (text ? sortingFns.text : sortingFns.basic) as SortingFn<T>;
}

/**
 * A cell too narrow for its text (a long name at 1400 px) shows the whole
 * text as its title, so it stays reachable by pointing at it; a cell whose
 * content sets its own title (the activity's name) keeps that one.
 */
function titleWhenCut(cell: HTMLTableCellElement | null): void {
  if (!cell || cell.querySelector('[title]')) return;
  if (cell.scrollWidth > cell.clientWidth) cell.title = cell.textContent?.trim() ?? '';
  else cell.removeAttribute('title');
}

