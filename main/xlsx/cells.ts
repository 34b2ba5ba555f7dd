/**
 * Cell values as this module writes and reads them, in one canonical form on
 * both sides, so that "the visible sheets are still what was exported" can
 * be checked by a fingerprint (see embedded-document.ts).
 */
import { createHash } from 'node:crypto';
import type { Cell } from 'exceljs';

/** What a cell of an exported sheet holds. Dates are calendar days (UTC midnight). */
export type CellValue = string | number | Date | null;

/** What a cell read from any workbook holds, reduced to plain values. */
export type ReadValue = string | number | boolean | Date | null;

/** 1 -> 'A', 27 -> 'AA'. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** 'AA' -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

// Characters XML 1.0 cannot carry: a cell holding one would make the file unreadable.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Half of a surrogate pair alone: UTF-8 cannot carry it either (it would come back as U+FFFD).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Any character the replacements below touch; almost no text has one, and testing is cheaper than replacing.
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text as it is written to a cell: line breaks as \n, no characters XML or UTF-8 cannot carry. */
export function cellText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(XML_INVALID, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** An ISO date 'YYYY-MM-DD' as a cell date (UTC midnight, so Excel shows that day everywhere). */
export function isoToCellDate(iso: string | null): Date | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** A cell date back to 'YYYY-MM-DD' (exceljs reads dates as UTC). */
export function cellDateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A cell's value as plain data: formula cells give their cached result,
 * rich text its text, hyperlinks their text, errors their code ('#N/A').
 */
export function readCellValue(cell: Cell): ReadValue {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) return (object.richText as Array<{ text?: string }>).map((run) => run.text ?? '').join('');
    if ('result' in object) {
      const result = object.result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && result !== null && 'error' in result) return String((result as { error: unknown }).error);
      return result instanceof Date || typeof result !== 'object' ? (result as ReadValue) : null;
    }
    if ('text' in object) {
      const text = object.text;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && Array.isArray((text as { richText?: unknown }).richText)) {
        return ((text as { richText: Array<{ text?: string }> }).richText).map((run) => run.text ?? '').join('');
      }
      return typeof object.hyperlink === 'string' ? object.hyperlink : null;
    }
    if ('error' in object) return String(object.error);
  }
  return null;
}

/** One cell in the fingerprint's canonical form. `cleaned`: a text already passed through `cellText` (which is idempotent). */
export function canonicalCell(value: ReadValue, cleaned = false): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : `d:${cellDateToIso(value)}`;
  if (typeof value === 'number') return `n:${value}`;
  if (typeof value === 'boolean') return `b:${value}`;
  return cleaned ? value : cellText(value);
}

export interface SheetValues {
  name: string;
  rows: ReadValue[][];
}

/**
 * A hash over sheets' names and cell values in canonical form. Empty cells
 * at the end of a row and empty rows at the end of a sheet do not count
 * (spreadsheet programs drop them when they save). `cleaned`: every text is
 * already as `cellText` writes it (the export's own cells), so it is not
 * scanned again; the same sheets give the same hash either way.
 */
export function sheetsFingerprint(sheets: readonly SheetValues[], cleaned = false): string {
  const hash = createHash('sha256');
  // Rows go to the hash as one text per about a megabyte: a call per row cost a tenth of the export's cells (issue 19).
  let text = '';
  const add = (piece: string) => {
    text += piece;
    if (text.length < 1 << 20) return;
    hash.update(text);
    text = '';
  };
  for (const sheet of sheets) {
    add(JSON.stringify(sheet.name));
    // Empty rows count only when a row with a value follows them.
    let emptyRows = 0;
    for (const row of sheet.rows) {
      const cells = row.map((value) => canonicalCell(value, cleaned));
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      if (cells.length === 0) {
        emptyRows += 1;
        continue;
      }
      for (; emptyRows > 0; emptyRows -= 1) add('\n[]');
      add(`\n${JSON.stringify(cells)}`);
    }
    add('\n\u0000');
  }
  hash.update(text);
  return hash.digest('hex');
}
