/**
 * What a file must pass before its content is read as a register, and what
 * a sheet must pass before its rows are taken. Each refusal is an AppError
 * naming the file and, where there is one, the sheet and cell, so the DPO
 * knows what to fix; nothing is written before these checks pass.
 *
 * In order, on the bytes (no library has unpacked anything yet):
 * 1. not a workbook: empty, PDF, text/CSV, an OLE file that is not an
 *    encrypted workbook (an old .xls), a ZIP that is not a spreadsheet;
 * 2. encrypted: Excel saves a password-protected workbook as an OLE compound
 *    file holding `EncryptionInfo` and `EncryptedPackage` streams;
 * 3. too large: the uncompressed sizes in the ZIP's central directory add up
 *    to more than 200 MB (a zip bomb); every entry is then inflated capped at
 *    its declared size, so a directory that lies is caught too.
 * Then, on the sheet that is read (exceljs has parsed it):
 * 4. formulas and merged cells in the table (the header row and below); a
 *    merged title banner above the header is harmless and allowed;
 * 5. a cell longer than Excel's own limit of 32,767 characters.
 * Between 3 and 4, still before exceljs: the number of cells and the
 * characters they stand for (workbook-budget.ts), which a small file can
 * make enormous through shared strings.
 */
import type { Worksheet } from 'exceljs';
import { AppError } from '../errors.ts';
import { cellAddress, columnLetter, readCellValue } from './cells.ts';
import { checkWorkbookBudget, type BudgetProgress } from './workbook-budget.ts';
import { looksLikeZip, readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader.ts';

/** The most a workbook may unpack to. A register of 10,000 activities unpacks to far less. */
export const UNPACKED_LIMIT_BYTES = 200 * 1024 * 1024;
/** Excel's limit for the text of one cell. */
export const CELL_TEXT_LIMIT = 32_767;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const FREE_SECTOR = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;

const megabytes = (bytes: number): string => `${Math.round(bytes / 1048576)} MB`;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

/**
 * The stream and storage names in an OLE compound file's directory
 * ([MS-CFB]): the header, the FAT (through the DIFAT), then the directory
 * chain. Returns null when the structure does not hold together.
 */
export function oleDirectoryNames(bytes: Buffer): string[] | null {
  if (bytes.length < 512 || !startsWith(bytes, OLE_SIGNATURE)) return null;
  const sectorShift = bytes.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  const validSector = (sector: number): boolean => sector < sectorCount && sectorOffset(sector) + sectorSize <= bytes.length;

  const fatSectors: number[] = [];
  for (let index = 0; index < 109; index += 1) {
    const sector = bytes.readUInt32LE(0x4c + index * 4);
    if (sector === FREE_SECTOR) break;
    fatSectors.push(sector);
  }
  let difat = bytes.readUInt32LE(0x44);
  for (let guard = 0; difat !== END_OF_CHAIN && difat !== FREE_SECTOR && guard < sectorCount; guard += 1) {
    if (!validSector(difat)) return null;
    const base = sectorOffset(difat);
    for (let index = 0; index < sectorSize / 4 - 1; index += 1) {
      const sector = bytes.readUInt32LE(base + index * 4);
      if (sector !== FREE_SECTOR) fatSectors.push(sector);
    }
    difat = bytes.readUInt32LE(base + sectorSize - 4);
  }
  const nextSector = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined || !validSector(fatSector)) return END_OF_CHAIN;
    return bytes.readUInt32LE(sectorOffset(fatSector) + (sector % perSector) * 4);
  };

  const names: string[] = [];
  let sector = bytes.readUInt32LE(0x30);
  for (let guard = 0; sector !== END_OF_CHAIN && guard < sectorCount; guard += 1) {
    if (!validSector(sector)) return null;
    const base = sectorOffset(sector);
    for (let entry = base; entry < base + sectorSize; entry += 128) {
      const nameLength = bytes.readUInt16LE(entry + 64);
      const type = bytes[entry + 66];
      if (type === 0 || nameLength < 2 || nameLength > 64) continue;
      names.push(bytes.toString('utf16le', entry, entry + nameLength - 2));
    }
    sector = nextSector(sector);
  }
  return names;
}

/** Refuses what is not an .xlsx before anything is unpacked; see the module comment. */
function refuseOtherFormats(bytes: Buffer, file: string): void {
  if (bytes.length === 0) throw new AppError('XLSX_NOT_WORKBOOK', { file });
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') throw new AppError('XLSX_OTHER_FORMAT', { file, format: 'PDF' });
  if (startsWith(bytes, OLE_SIGNATURE)) {
    const names = oleDirectoryNames(bytes) ?? [];
    if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) throw new AppError('XLSX_ENCRYPTED', { file });
    if (names.includes('Workbook') || names.includes('Book')) throw new AppError('XLSX_OTHER_FORMAT', { file, format: 'Excel 97–2003 (.xls)' });
    throw new AppError('XLSX_OTHER_FORMAT', { file, format: 'OLE (Microsoft Office 97–2003)' });
  }
  if (!looksLikeZip(bytes)) throw new AppError('XLSX_NOT_WORKBOOK', { file });
}

/**
 * Checks a file's bytes before exceljs sees them: format, encryption and
 * unpacked size (module comment, steps 1-3). Returns the ZIP entries.
 */
export function checkWorkbookBytes(bytes: Buffer, file: string, onProgress?: BudgetProgress): ZipEntry[] {
  refuseOtherFormats(bytes, file);
  const entries = readZipDirectory(bytes, file);
  if (entries.some((entry) => (entry.flags & 1) === 1)) throw new AppError('XLSX_ENCRYPTED', { file });
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (unpacked > UNPACKED_LIMIT_BYTES) {
    throw new AppError('XLSX_TOO_LARGE', { file, size: megabytes(unpacked), limit: megabytes(UNPACKED_LIMIT_BYTES) });
  }
  const contentTypes = entries.find((entry) => entry.name === '[Content_Types].xml');
  const types = contentTypes ? readZipEntry(bytes, contentTypes, file).toString('utf8') : '';
  if (!/spreadsheetml\.sheet\.main|ms-excel\.sheet\.(macroEnabled|binary)\.main|spreadsheetml\.template\.main/.test(types)) {
    const mimetype = entries.find((entry) => entry.name === 'mimetype');
    if (mimetype && readZipEntry(bytes, mimetype, file).toString('utf8').includes('opendocument.spreadsheet')) {
      throw new AppError('XLSX_OTHER_FORMAT', { file, format: 'OpenDocument (.ods)' });
    }
    throw new AppError('XLSX_OTHER_FORMAT', { file, format: 'ZIP' });
  }
  if (types.includes('ms-excel.sheet.binary')) throw new AppError('XLSX_OTHER_FORMAT', { file, format: 'Excel Binary (.xlsb)' });
  // Every entry once, capped at its declared size: exceljs will then unpack nothing bigger.
  for (const entry of entries) if (!entry.name.endsWith('/')) readZipEntry(bytes, entry, file);
  // Then what the cells hold, counted sheet by sheet (workbook-budget.ts).
  checkWorkbookBudget(bytes, entries, file, onProgress);
  return entries;
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The merged ranges of a sheet. exceljs keeps them in a private map (4.4.0); its public `model` getter would copy every row. */
function mergedRanges(sheet: Worksheet): MergeRange[] {
  const merges = (sheet as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges ?? {};
  return Object.values(merges).filter((range): range is MergeRange => range !== undefined);
}

/**
 * Refuses a sheet whose table (rows from `headerRow` down) holds merged
 * cells or formulas, or that has a cell over 32,767 characters anywhere.
 */
export function checkSheetTable(sheet: Worksheet, headerRow: number, file: string): void {
  const merged = mergedRanges(sheet)
    .filter((range) => range.bottom >= headerRow)
    .sort((a, b) => a.top - b.top || a.left - b.left)[0];
  if (merged) {
    const range = `${columnLetter(merged.left)}${merged.top}:${columnLetter(merged.right)}${merged.bottom}`;
    throw new AppError('XLSX_MERGED_CELLS', { file, sheet: sheet.name, range });
  }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const address = cellAddress(columnNumber, rowNumber);
      if (rowNumber >= headerRow && (cell.formula || cell.type === 6 /* ValueType.Formula */)) {
        throw new AppError('XLSX_FORMULA', { file, sheet: sheet.name, cell: address, formula: `=${cell.formula ?? ''}`.slice(0, 60) });
      }
      const value = readCellValue(cell);
      if (typeof value === 'string' && value.length > CELL_TEXT_LIMIT) {
        throw new AppError('XLSX_CELL_TOO_LONG', { file, sheet: sheet.name, cell: address, length: value.length, limit: CELL_TEXT_LIMIT });
      }
    });
  });
}
