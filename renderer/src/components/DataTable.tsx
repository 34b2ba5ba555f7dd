/**
 * A sortable, filterable list of records: TanStack Table keeps sorting and
 * filtering state and TanStack Virtual renders only the rows in view, so
 * 5,000 activities scroll as smoothly as 5.
 *
 * Keyboard: Tab reaches the table's current row; Up/Down, Page Up/Down,
 * Home/End move between rows; Enter opens the row. Column headers are
 * buttons that sort (Enter or Space).
 */
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type Row, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const ROW_HEIGHT = 38;
const NO_HIDDEN: string[] = [];

export interface DataTableProps<T> {
  data: T[];
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
}: DataTableProps<T>) {
  const { t } = useTranslation('editor');
  const columnVisibility = useMemo(() => Object.fromEntries(hiddenColumns.map((id) => [id, false])), [hiddenColumns]);
  const table = useReactTable({
    data,
    columns,
    getRowId,
    state: { sorting, columnVisibility },
    // Rows are virtualised, not paged: no page index to reset (resetting it re-renders in a loop).
    autoResetPageIndex: false,
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  // Sorted once (TanStack keeps the order until the data or the sorting
  // changes), then filtered here: a keystroke in a search over 10,000 rows
  // is one pass over the sorted rows, not a new filter and sort.
  const sortedRows = table.getRowModel().rows;
  const rows = useMemo(() => (filter ? sortedRows.filter((row) => filter(row.original)) : sortedRows), [sortedRows, filter]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);

  useEffect(() => {
    if (active >= rows.length) setActive(Math.max(0, rows.length - 1));
  }, [rows.length, active]);

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
    const next = Math.min(Math.max(index, 0), rows.length - 1);
    setActive(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, row: Row<T>, index: number) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: rows.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key] as number);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(row.original);
    }
  };

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div className="table-scroller" ref={scroller} style={{ maxHeight: height }} data-testid={testId}>
      <table className="data-table" aria-rowcount={rows.length + 1}>
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
          {rows.length === 0 && (
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
            const row = rows[item.index] as Row<T>;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                data-row-id={row.id}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === Math.min(active, rows.length - 1) ? 0 : -1}
                className="data-row"
                onClick={() => {
                  setActive(item.index);
                  onOpen(row.original);
                }}
                onFocus={() => setActive(item.index)}
                onKeyDown={(event) => onKeyDown(event, row, item.index)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
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
