/**
 * A sheet as data: its name, columns and cell values, before exceljs sees
 * it. The workbook writer styles it; the fingerprint of the visible sheets is
 * computed from exactly these values.
 */
import type { CellValue } from './cells.ts';

export type ColumnType = 'text' | 'date' | 'number';

export interface ColumnSpec {
  header: string;
  /** In characters, as Excel counts column widths. */
  width: number;
  type: ColumnType;
}

export interface SheetSpec {
  name: string;
  /** `table`: header row, frozen, filtered, printed with the header on every page. `cover`: label and value pairs. */
  layout: 'table' | 'cover';
  columns: ColumnSpec[];
  rows: CellValue[][];
}

/** A column of a table sheet: how to get its cell from one row's record. */
export interface Column<R> {
  header: string;
  width: number;
  type?: ColumnType;
  value: (record: R) => CellValue;
}

/** Column widths in characters: what fits a number, a date, a name, a paragraph. */
export const WIDTH = { number: 9, date: 12, short: 18, medium: 28, long: 42 } as const;

export function tableSheet<R>(name: string, columns: ReadonlyArray<Column<R>>, records: readonly R[]): SheetSpec {
  return {
    name,
    layout: 'table',
    columns: columns.map((column) => ({ header: column.header, width: column.width, type: column.type ?? 'text' })),
    rows: records.map((record) => columns.map((column) => column.value(record))),
  };
}

/** The values of a sheet as they appear in the workbook, header row included. */
export function sheetRows(sheet: SheetSpec): CellValue[][] {
  return sheet.layout === 'table' ? [sheet.columns.map((column) => column.header), ...sheet.rows] : sheet.rows;
}

/** A workbook's content, ready to be written: the sheets' cells (texts as `cellText` writes them), the hidden data sheet's rows, the file's properties. */
export interface WorkbookContent {
  sheets: readonly SheetSpec[];
  dataRows: readonly CellValue[][];
  title: string;
  /** Printed at the foot of every page. */
  footer: string;
  /** The file's own timestamps. */
  now: Date;
}

