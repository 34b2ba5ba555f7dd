/**
 * A worksheet's XML, written straight from the export's cell values
 * (issue 19): one string per row, texts in the workbook's shared strings,
 * every cell's format an index into styles.xml (`STYLE`). What exceljs did
 * per cell (a Cell object, its style copied and looked up by rendering it,
 * the XML built as a tree of pieces) is here a few string concatenations.
 *
 * The XML is what exceljs's streaming writer wrote for the same cells, so
 * a reader sees the same values, types, formats, widths, frozen header,
 * filter and print setup: a row only when it holds a value, every cell of
 * a written row with its column's format (empty ones as `<c r s/>`), dates
 * as day numbers since 1899-12-30 with the date format, texts escaped as
 * exceljs escaped them (characters XML cannot carry dropped).
 */
import type { CellValue } from './cells.ts';
import { columnLetter } from './cells.ts';

// The characters an XML text or attribute must not carry as they are; the controls XML 1.0 cannot carry at all are dropped.
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /["&'<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const XML_SPECIAL_ALL = /["&'<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const ENTITY: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text as XML character data or an attribute value. */
export function xmlText(text: string): string {
  if (!XML_SPECIAL.test(text)) return text;
  return text.replace(XML_SPECIAL_ALL, (char) => ENTITY[char] ?? '');
}

/**
 * A text that looks like OOXML's escape of a character (`_x0041_` is 'A')
 * is read as that character by Excel, LibreOffice and exceljs; its '_' is
 * escaped itself (`_x005F_`), so the cell shows the text as it is. exceljs
 * wrote it bare: a register text like that came back changed and the
 * import took the workbook for edited.
 */
const ESCAPE_FORM = /_(x[0-9A-Fa-f]{4}_)/g;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Excel's day number of 1970-01-01 (its days count from 1899-12-30). */
const EPOCH_DAY = 25569;

/** A date as Excel's serial day number (the export's dates are UTC midnights: whole days). */
export function excelDay(date: Date): number {
  return EPOCH_DAY + date.getTime() / DAY_MS;
}

/**
 * The workbook's shared strings: each distinct text once, in the order
 * first used; cells refer to it by index. Kept in a Map of the texts the
 * content holds anyway, so it costs an index per text, not a copy.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private references = 0;

  /** The index of `text`, added when new. */
  add(text: string): number {
    this.references += 1;
    let index = this.index.get(text);
    if (index === undefined) {
      index = this.index.size;
      this.index.set(text, index);
    }
    return index;
  }

  /** sharedStrings.xml, in pieces of about `pieceChars` characters each, handed to `write` in order. */
  async writeXml(write: (text: string) => Promise<void> | undefined): Promise<void> {
    await write(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.index.size}">`,
    );
    for (const text of this.index.keys()) {
      // Leading or trailing white space and line breaks kept as they are.
      const preserve = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
      await write(`<si><t${preserve}>${xmlText(text.replace(ESCAPE_FORM, '_x005F_$1'))}</t></si>`);
    }
    await write('</sst>');
  }
}

const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';
const FIT_TO_PAGE = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
const FROZEN_HEADER =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';
const SHEET_FORMAT = '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
const DPI = 'horizontalDpi="4294967295" verticalDpi="4294967295" scale="100"';
const LANDSCAPE_A4 = `<pageSetup paperSize="9" orientation="landscape" ${DPI} fitToWidth="1" fitToHeight="0"/>`;
const DEFAULT_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const TABLE_MARGINS = '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>';

/** A sheet's look, everything but its rows. */
export interface SheetFrame {
  /** `table`: frozen header row, filter; `cover`: label and value pairs; `data`: the hidden data sheet, plain. */
  kind: 'table' | 'cover' | 'data';
  /** Width (characters) and format (`STYLE`) of each column; none for the data sheet. */
  columns: ReadonlyArray<{ width: number; style: number }>;
  /** Printed at the foot of every page ('&' already doubled). */
  footer?: string;
  /** Rows of the whole sheet, header included (the filter's range). */
  rowCount: number;
}

function columnsXml(columns: SheetFrame['columns']): string {
  if (columns.length === 0) return '';
  let xml = '<cols>';
  // Neighbouring columns alike are one range, as Excel writes them.
  for (let first = 0; first < columns.length; ) {
    const { width, style } = columns[first]!;
    let last = first;
    while (last + 1 < columns.length && columns[last + 1]!.width === width && columns[last + 1]!.style === style) last += 1;
    xml += `<col min="${first + 1}" max="${last + 1}" width="${width}" style="${style}" customWidth="1"/>`;
    first = last + 1;
  }
  return `${xml}</cols>`;
}

/** The sheet's XML up to its first row. */
export function sheetHead(frame: SheetFrame): string {
  const fit = frame.kind === 'data' ? '' : FIT_TO_PAGE;
  const views = frame.kind === 'table' ? FROZEN_HEADER : '';
  return `${WORKSHEET_OPEN}${fit}${views}${SHEET_FORMAT}${columnsXml(frame.columns)}<sheetData>`;
}

/** The sheet's XML after its last row. */
export function sheetTail(frame: SheetFrame): string {
  if (frame.kind === 'data') {
    return `</sheetData>${DEFAULT_MARGINS}<pageSetup orientation="portrait" ${DPI} fitToWidth="1" fitToHeight="1"/></worksheet>`;
  }
  const filter = frame.kind === 'table' ? `<autoFilter ref="A1:${columnLetter(frame.columns.length)}${frame.rowCount}"/>` : '';
  const margins = frame.kind === 'table' ? TABLE_MARGINS : DEFAULT_MARGINS;
  const footer = frame.footer === undefined ? '' : `<headerFooter><oddFooter>${xmlText(`&L${frame.footer}&R&P / &N`)}</oddFooter></headerFooter>`;
  return `</sheetData>${filter}${margins}${LANDSCAPE_A4}${footer}</worksheet>`;
}

/** Column letters 'A'… for a sheet's widest row, made once per sheet. */
export function columnLetters(count: number): string[] {
  return Array.from({ length: count }, (_, index) => columnLetter(index + 1));
}

/**
 * One row's XML, or '' when it holds no value (the row is left out).
 * `styleOf(column, value)` gives each cell's format; an empty cell is
 * written only with a format.
 */
export function rowXml(
  number: number,
  values: readonly CellValue[],
  letters: readonly string[],
  strings: SharedStrings,
  styleOf: (column: number, value: CellValue) => number,
  rowStyle = 0,
): string {
  if (!values.some((value) => value !== null)) return '';
  let xml = `<row r="${number}" spans="1:${values.length}"${rowStyle ? ` s="${rowStyle}" customFormat="1"` : ''} x14ac:dyDescent="0.25">`;
  for (let column = 0; column < values.length; column += 1) {
    const value = values[column] ?? null;
    const style = styleOf(column, value);
    const open = style ? `<c r="${letters[column]}${number}" s="${style}"` : `<c r="${letters[column]}${number}"`;
    if (value === null) {
      if (style) xml += `${open}/>`;
    } else if (typeof value === 'string') {
      xml += `${open} t="s"><v>${strings.add(value)}</v></c>`;
    } else if (typeof value === 'number') {
      xml += `${open}><v>${value}</v></c>`;
    } else {
      xml += `${open}><v>${excelDay(value)}</v></c>`;
    }
  }
  return `${xml}</row>`;
}
