/**
 * Bounded imports: what a workbook may hold, counted before exceljs sees it.
 *
 * The unpacked-size limit (workbook-guard.ts) is not enough: a workbook of a
 * few hundred KB can hold one 32,000-character shared string referenced by
 * 130,000 cells, which exceljs expands into four billion characters (50 s
 * and gigabytes before anything could be refused), and a few MB can hold
 * millions of tiny cells. So each sheet is counted as it is unpacked, one
 * entry at a time, shared strings first: every cell, and the characters
 * each cell stands for (a shared-string reference counts its string's full
 * length each time). The first sheet that takes either count past its limit
 * stops the import with XLSX_TOO_MUCH_CONTENT; the register is untouched
 * (nothing has been written, and exceljs has not run).
 *
 * Characters are counted as UTF-8 bytes of the XML text (an upper bound of
 * the characters; entities such as `&amp;` count their five bytes), which
 * needs no decoding and so no second copy of the text.
 *
 * The limits: a register of 10,000 activities exported by ROPA has about
 * 400,000 cells and 15 million characters in its visible sheets.
 */
import { AppError } from '../errors.ts';
import { readZipEntry, type ZipEntry } from './zip-reader.ts';

/** The most cells all sheets together may have. */
export const CELL_COUNT_LIMIT = 1_500_000;
/** The most characters all cells together may stand for. */
export const CELL_CHARACTER_LIMIT = 60_000_000;

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const SHARED_STRINGS = /^xl\/sharedStrings\.xml$/i;

/** The text length (UTF-8 bytes) of each shared string, in order. */
function sharedStringLengths(xml: string): number[] {
  const lengths: number[] = [];
  for (const item of xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>/g)) lengths.push(textLength(item[1] ?? ''));
  return lengths;
}

/** The length of the text inside `<t>` elements (or of a bare `<v>` value). */
function textLength(xml: string): number {
  let length = 0;
  for (const text of xml.matchAll(/<(?:t|v)\b[^>]*>([^<]*)<\/(?:t|v)>/g)) length += (text[1] ?? '').length;
  return length;
}

function tooMuch(file: string, what: 'cells' | 'characters', found: number, limit: number): AppError {
  return new AppError('XLSX_TOO_MUCH_CONTENT', {
    file,
    context: what,
    found: found.toLocaleString('en').replaceAll(',', ' '),
    limit: limit.toLocaleString('en').replaceAll(',', ' '),
  });
}

/** Told every few thousand cells: the cells counted so far and the share (0 to 1) of the sheets' text scanned. */
export type BudgetProgress = (cells: number, scanned: number) => void;

const PROGRESS_EVERY_CELLS = 4096;

/** Counts cells and the characters they stand for; throws XLSX_TOO_MUCH_CONTENT at the first sheet past a limit. */
export function checkWorkbookBudget(bytes: Buffer, entries: readonly ZipEntry[], file: string, onProgress?: BudgetProgress): { cells: number; characters: number } {
  const shared = entries.find((entry) => SHARED_STRINGS.test(entry.name));
  const lengths = shared ? sharedStringLengths(readZipEntry(bytes, shared, file).toString('latin1')) : [];
  const sheets = entries.filter((entry) => SHEET.test(entry.name));
  const sheetBytes = Math.max(1, sheets.reduce((sum, entry) => sum + entry.size, 0));
  let scannedBefore = 0;
  let cells = 0;
  let characters = 0;
  for (const entry of sheets) {
    const xml = readZipEntry(bytes, entry, file).toString('latin1');
    for (const cell of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      cells += 1;
      if (onProgress && cells % PROGRESS_EVERY_CELLS === 0) onProgress(cells, Math.min(1, (scannedBefore + cell.index) / sheetBytes));
      const body = cell[2] ?? '';
      if (/\bt\s*=\s*["']s["']/.test(cell[1] ?? '')) {
        const index = /<v>\s*(\d+)\s*<\/v>/.exec(body);
        characters += index ? (lengths[Number(index[1])] ?? 0) : 0;
      } else characters += textLength(body);
      if (cells > CELL_COUNT_LIMIT) throw tooMuch(file, 'cells', cells, CELL_COUNT_LIMIT);
      if (characters > CELL_CHARACTER_LIMIT) throw tooMuch(file, 'characters', characters, CELL_CHARACTER_LIMIT);
    }
    scannedBefore += xml.length;
  }
  onProgress?.(cells, 1);
  return { cells, characters };
}
