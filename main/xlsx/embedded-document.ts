/**
 * The register inside its own workbook, for a lossless import.
 *
 * Why a hidden copy rather than rebuilding the register from the visible
 * sheets: the sheets are written for an inspector (names, not ids; a
 * retention rule summarised per data category; several values in a cell),
 * and making them also carry every id, revision and catalogue field would
 * make them worse to read and fragile to parse. So the workbook carries the
 * JSON exchange document (the exact text `ropa export json` writes) in a
 * `veryHidden` sheet that Excel's "Unhide" does not even list, deflated and
 * base64-encoded in chunks of at most 32,000 characters (Excel's cell limit is
 * 32,767).
 *
 * The importer takes that copy only when it is intact AND the visible sheets
 * are still exactly what was exported: the sheet records a SHA-256 of the
 * document and a fingerprint of every visible cell (cells.ts). If someone
 * edited the visible sheets, taking the hidden copy would silently drop their
 * edits, so the import reads the visible register sheet by its columns
 * instead, and says so.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Workbook, Worksheet } from 'exceljs';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { AppError } from '../errors.ts';
import { JSON_IMPORT_LIMIT_BYTES, parseRegisterDocument } from '../services/json-exchange.ts';
import { readCellValue, sheetsFingerprint, type CellValue, type ReadValue, type SheetValues } from './cells.ts';

export const DATA_SHEET_NAME = 'ropa-data';
const MARKER = 'ropa-xlsx';
const LAYOUT_VERSION = 1;
const CHUNK = 32_000;

/** The register's exchange text as the data sheet carries it: its SHA-256, and the text deflated, base64-encoded, in chunks. */
export interface PackedDocument {
  sha256: string;
  chunks: string[];
}

/**
 * Packs the exchange text (`serialiseRegister`) for the data sheet, encoding
 * it to UTF-8 once for both the hash and the deflate. Done before the
 * visible cells are made, so the text (about 100 MB in memory at 10,000
 * activities) is let go before they are.
 */
export function packDocument(text: string): PackedDocument {
  const bytes = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { sha256, chunks: chunkPacked(deflateRawSync(bytes, { level: 6 }).toString('base64')) };
}

/** The deflated text's base64 in cells of at most `CHUNK` characters. */
export function chunkPacked(packed: string): string[] {
  const chunks: string[] = [];
  for (let index = 0; index * CHUNK < packed.length; index += 1) chunks.push(packed.slice(index * CHUNK, (index + 1) * CHUNK));
  return chunks;
}

/** The rows of the hidden data sheet: the packed document, and the fingerprint of the visible sheets. */
export function dataSheetRows(packed: PackedDocument, visibleFingerprint: string): CellValue[][] {
  return [
    [MARKER, LAYOUT_VERSION],
    ['document-sha256', packed.sha256],
    ['visible-sha256', visibleFingerprint],
    ['encoding', 'deflate-raw+base64'],
    ['chunks', packed.chunks.length],
    ...packed.chunks.map((chunk, index) => [index + 1, chunk]),
  ];
}

/** Every cell value of a sheet, row by row (1-based rows and columns become 0-based arrays). */
export function sheetValues(sheet: Worksheet): ReadValue[][] {
  const rows: ReadValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: ReadValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = readCellValue(cell);
    });
    rows[rowNumber - 1] = Array.from(cells, (value) => value ?? null);
  });
  return Array.from(rows, (row) => row ?? []);
}

/** The fingerprint of every sheet of a read workbook except the data sheet. */
export function visibleFingerprint(workbook: Workbook): string {
  const sheets: SheetValues[] = workbook.worksheets
    .filter((sheet) => sheet.name !== DATA_SHEET_NAME)
    .map((sheet) => ({ name: sheet.name, rows: sheetValues(sheet) }));
  return sheetsFingerprint(sheets);
}

export type EmbeddedDocument =
  | { status: 'absent' }
  | { status: 'intact'; document: RegisterDocument }
  /** A ROPA export whose visible sheets were changed after export. */
  | { status: 'edited' }
  /** A ROPA export whose hidden copy is damaged (cut, altered). */
  | { status: 'damaged' };

/**
 * The register a ROPA workbook carries, if it carries one and both it and
 * the visible sheets are as exported. A copy that is intact but not a valid
 * register (a newer format, say) is that import error, not a fallback.
 */
export function readEmbeddedDocument(workbook: Workbook): EmbeddedDocument {
  const sheet = workbook.getWorksheet(DATA_SHEET_NAME);
  if (!sheet) return { status: 'absent' };
  const value = (row: number, column: number): ReadValue => readCellValue(sheet.getRow(row).getCell(column));
  if (value(1, 1) !== MARKER) return { status: 'absent' };
  if (value(1, 2) !== LAYOUT_VERSION) return { status: 'damaged' };
  const documentHash = value(2, 2);
  const fingerprint = value(3, 2);
  const count = value(5, 2);
  if (typeof documentHash !== 'string' || typeof fingerprint !== 'string' || typeof count !== 'number' || value(4, 2) !== 'deflate-raw+base64') {
    return { status: 'damaged' };
  }
  let packed = '';
  for (let index = 1; index <= count; index += 1) {
    const chunk = value(5 + index, 2);
    if (value(5 + index, 1) !== index || typeof chunk !== 'string') return { status: 'damaged' };
    packed += chunk;
  }
  let text: string;
  try {
    text = inflateRawSync(Buffer.from(packed, 'base64'), { maxOutputLength: JSON_IMPORT_LIMIT_BYTES }).toString('utf8');
  } catch {
    return { status: 'damaged' };
  }
  if (createHash('sha256').update(text).digest('hex') !== documentHash) return { status: 'damaged' };
  if (visibleFingerprint(workbook) !== fingerprint) return { status: 'edited' };
  try {
    return { status: 'intact', document: parseRegisterDocument(text) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    return { status: 'damaged' };
  }
}
