/**
 * Finding the register in someone else's workbook: the visible sheet and
 * the header row (among its first rows: templates often put a title above
 * the table) whose headers name the most register fields. Below it, every
 * non-empty row is one processing activity.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { AppError } from '../errors.ts';
import { columnLetter, columnNumber, readCellValue, type ReadValue } from './cells.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import { REQUIRED_ONE_OF, fieldLabel, headerScores } from './column-map.ts';
import { valueText } from './value-parsers.ts';
import { checkSheetTable } from './workbook-guard.ts';

/** How far down a sheet the header row is looked for. */
const HEADER_SEARCH_ROWS = 15;

export interface TableColumn {
  letter: string;
  header: string;
}

export interface TableRow {
  /** The row number as the spreadsheet program shows it. */
  row: number;
  /** Column letter -> value; empty cells are absent. */
  cells: Map<string, ReadValue>;
}

export interface RegisterTable {
  file: string;
  sheetName: string;
  headerRow: number;
  columns: TableColumn[];
  rows: TableRow[];
}

function headerCandidates(sheet: Worksheet): Array<{ row: number; columns: TableColumn[]; score: number }> {
  const candidates: Array<{ row: number; columns: TableColumn[]; score: number }> = [];
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let rowNumber = 1; rowNumber <= last; rowNumber += 1) {
    const columns: TableColumn[] = [];
    let score = 0;
    sheet.getRow(rowNumber).eachCell({ includeEmpty: false }, (cell, column) => {
      const header = valueText(readCellValue(cell));
      if (!header) return;
      columns.push({ letter: columnLetter(column), header });
      if (headerScores(header).size > 0) score += 1;
    });
    if (score > 0) candidates.push({ row: rowNumber, columns, score });
  }
  return candidates;
}

function hasContent(sheet: Worksheet): boolean {
  let found = false;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (!found) row.eachCell({ includeEmpty: false }, (cell) => {
      if (valueText(readCellValue(cell))) found = true;
    });
  });
  return found;
}

/**
 * The register table of a workbook (see the module comment), after the
 * sheet's table has passed the guard (no formulas, no merged cells, no
 * overlong cells). Prefers `preferredSheet` when it has a header row.
 * Throws XLSX_EMPTY when no sheet holds data, XLSX_MISSING_COLUMNS when no
 * sheet has a recognisable header row.
 */
export function findRegisterTable(
  workbook: Workbook,
  file: string,
  options: { lang: Language; preferredSheet?: string | undefined; skipSheets?: readonly string[] },
): RegisterTable {
  const sheets = workbook.worksheets.filter((sheet) => sheet.state === 'visible' && !(options.skipSheets ?? []).includes(sheet.name));
  let best: { sheet: Worksheet; row: number; columns: TableColumn[]; score: number } | undefined;
  for (const sheet of sheets) {
    for (const candidate of headerCandidates(sheet)) {
      const preferred = sheet.name === options.preferredSheet ? 1000 : 0;
      const bestPreferred = best && best.sheet.name === options.preferredSheet ? 1000 : 0;
      if (!best || candidate.score + preferred > best.score + bestPreferred) best = { sheet, ...candidate };
    }
  }
  const withContent = sheets.filter(hasContent);
  if (withContent.length === 0) throw new AppError('XLSX_EMPTY', { file });
  if (!best) {
    const sheet = withContent[0]!;
    const t = translator(options.lang);
    throw new AppError('XLSX_MISSING_COLUMNS', { file, sheet: sheet.name, columns: REQUIRED_ONE_OF.map((field) => fieldLabel(field, t)).join(' / ') });
  }
  checkSheetTable(best.sheet, best.row, file);
  const headerRow = best.row;
  const columns = new Map(best.columns.map((column) => [column.letter, column]));
  const rows: TableRow[] = [];
  best.sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells = new Map<string, ReadValue>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const letter = columnLetter(column);
      const value = readCellValue(cell);
      if (value === null || valueText(value) === '') return;
      cells.set(letter, value);
      // Data under no header is still shown, so that nothing is left out unseen.
      if (!columns.has(letter)) columns.set(letter, { letter, header: '' });
    });
    if (cells.size > 0) rows.push({ row: rowNumber, cells });
  });
  if (rows.length === 0) throw new AppError('XLSX_EMPTY', { file });
  const ordered = [...columns.values()].sort((a, b) => columnNumber(a.letter) - columnNumber(b.letter));
  return { file, sheetName: best.sheet.name, headerRow, columns: ordered, rows };
}
