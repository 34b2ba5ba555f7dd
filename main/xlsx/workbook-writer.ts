/**
 * The export's workbook written by our own writer (issue 19): the sheets'
 * XML made row by row from the content's values (sheet-xml.ts), the small
 * parts around them (workbook-parts.ts), into a streamed ZIP
 * (zip-writer.ts). Replaces exceljs's streaming writer, whose per-cell work
 * was about half of the export's CPU at 10,000 activities
 * (docs/excel-speed.md); the file a reader sees is the same, which
 * test/xlsx/streamed-equivalence.test.ts checks cell by cell against
 * exceljs's in-memory workbook of the same content.
 *
 * Every row written counts towards the export's progress, and every
 * `ROWS_PER_STEP` rows the cancel flag is looked at: a cancelled export
 * stops mid-way and the atomic write removes its temporary file.
 */
import type { Writable } from 'node:stream';
import { checkCancelled, reportProgress } from '../engine/tasks.ts';
import type { CellValue } from './cells.ts';
import { DATA_SHEET_NAME } from './embedded-document.ts';
import type { SheetSpec, WorkbookContent } from './sheet-model.ts';
import { columnLetters, rowXml, SharedStrings, sheetHead, sheetTail, type SheetFrame } from './sheet-xml.ts';
import {
  appXml,
  contentTypesXml,
  coreXml,
  ROOT_RELS_XML,
  sheetPath,
  STYLE,
  STYLES_XML,
  THEME_XML,
  workbookRelsXml,
  workbookXml,
  type SheetEntry,
} from './workbook-parts.ts';
import { zipWriter, type ZipEntryWriter } from './zip-writer.ts';

/** Rows written between two looks at the cancel flag and two progress reports (the engine posts at most one report per 50 ms anyway). */
const ROWS_PER_STEP = 250;
/** Deflate level 3: for the sheets' XML about three times faster than level 6, the file about a tenth larger. */
const ZIP_LEVEL = 3;

/**
 * Counts the rows written: every `ROWS_PER_STEP` rows it reports progress
 * (`exporting`, rows of all rows) and throws CANCELLED when the export was
 * cancelled (issue 12). Outside a task both are no-ops.
 */
export function rowSteps(total: number): () => void {
  let done = 0;
  reportProgress('exporting', 0, total);
  return () => {
    done += 1;
    if (done % ROWS_PER_STEP !== 0) return;
    checkCancelled();
    reportProgress('exporting', done, total);
  };
}

/** '&' starts a code in Excel's header and footer text. */
export function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** A sheet's rows and how each cell is formatted. */
interface SheetPlan {
  frame: SheetFrame;
  rows: ReadonlyArray<readonly CellValue[]>;
  styleOf: (column: number, value: CellValue, row: number) => number;
  rowStyle: (row: number) => number;
  /** The first row that counts towards the progress (the header and the cover do not, as before). */
  firstCounted: number;
}

const NO_ROW_STYLE = () => 0;

/** A table sheet: its header row bold on the header fill, its body wrapped and top-aligned, date columns as dates. */
function tablePlan(sheet: SheetSpec, footer: string): SheetPlan {
  const body = sheet.columns.map((column) => (column.type === 'date' ? STYLE.bodyDate : STYLE.body));
  const header = sheet.columns.map((column) => (column.type === 'date' ? STYLE.headerDate : STYLE.header));
  return {
    frame: { kind: 'table', columns: sheet.columns.map((column, index) => ({ width: column.width, style: body[index]! })), footer: footerText(footer), rowCount: sheet.rows.length + 1 },
    rows: [sheet.columns.map((column) => column.header), ...sheet.rows],
    styleOf: (column, _value, row) => (row === 0 ? header : body)[column] ?? STYLE.none,
    rowStyle: (row) => (row === 0 ? STYLE.headerRow : 0),
    firstCounted: 1,
  };
}

/**
 * The cover: labels bold, values wrapped; a date value as a date, a number
 * left-aligned; the first row, the title, in the larger bold font (it holds
 * the title only).
 */
function coverPlan(sheet: SheetSpec, footer: string): SheetPlan {
  const columnStyle = sheet.columns.map((_, index) => (index === 0 ? STYLE.coverLabel : STYLE.body));
  return {
    frame: { kind: 'cover', columns: sheet.columns.map((column, index) => ({ width: column.width, style: columnStyle[index]! })), footer: footerText(footer), rowCount: sheet.rows.length },
    rows: sheet.rows,
    styleOf: (column, value, row) => {
      const style = columnStyle[column] ?? STYLE.none;
      if (row === 0) return style ? STYLE.coverTitle : STYLE.coverTitleRow;
      if (column !== 1) return style;
      if (value instanceof Date) return STYLE.bodyDate;
      return typeof value === 'number' ? STYLE.coverNumber : style;
    },
    rowStyle: (row) => (row === 0 ? STYLE.coverTitleRow : 0),
    firstCounted: Number.POSITIVE_INFINITY,
  };
}

function dataPlan(rows: WorkbookContent['dataRows']): SheetPlan {
  return { frame: { kind: 'data', columns: [], rowCount: rows.length }, rows, styleOf: () => STYLE.none, rowStyle: NO_ROW_STYLE, firstCounted: 0 };
}

/** A sheet's XML into its ZIP entry, row by row, waiting whenever the ZIP is behind. */
async function writeSheet(entry: ZipEntryWriter, plan: SheetPlan, strings: SharedStrings, step: () => void): Promise<void> {
  const letters = columnLetters(plan.rows.reduce((widest, row) => Math.max(widest, row.length), plan.frame.columns.length));
  await entry.write(sheetHead(plan.frame));
  for (let index = 0; index < plan.rows.length; index += 1) {
    const xml = rowXml(index + 1, plan.rows[index]!, letters, strings, (column, value) => plan.styleOf(column, value, index), plan.rowStyle(index));
    const waiting = entry.write(xml);
    if (waiting) await waiting;
    if (index >= plan.firstCounted) step();
  }
  await entry.write(sheetTail(plan.frame));
  entry.end();
}

/**
 * Streams the content's workbook into `output`, and ends it. Deterministic:
 * the same content gives the same bytes (every entry dated `content.now`).
 */
export async function writeWorkbook(content: WorkbookContent, output: Writable): Promise<void> {
  const plans: Array<{ entry: SheetEntry; plan: SheetPlan }> = content.sheets.map((sheet) => ({
    entry: { name: sheet.name, state: 'visible', printTitles: sheet.layout === 'table' },
    plan: sheet.layout === 'cover' ? coverPlan(sheet, content.footer) : tablePlan(sheet, content.footer),
  }));
  plans.push({ entry: { name: DATA_SHEET_NAME, state: 'veryHidden', printTitles: false }, plan: dataPlan(content.dataRows) });
  const entries = plans.map(({ entry }) => entry);

  const zip = zipWriter(output, content.now, ZIP_LEVEL);
  zip.addText('[Content_Types].xml', contentTypesXml(entries.length));
  zip.addText('_rels/.rels', ROOT_RELS_XML);
  zip.addText('docProps/app.xml', appXml(entries.map((entry) => entry.name)));
  zip.addText('docProps/core.xml', coreXml({ creator: 'ROPA', title: content.title, created: content.now, modified: content.now }));
  zip.addText('xl/workbook.xml', workbookXml(entries));
  zip.addText('xl/_rels/workbook.xml.rels', workbookRelsXml(entries.length));
  zip.addText('xl/styles.xml', STYLES_XML);
  zip.addText('xl/theme/theme1.xml', THEME_XML);

  const strings = new SharedStrings();
  const step = rowSteps(content.sheets.reduce((sum, sheet) => sum + sheet.rows.length, content.dataRows.length));
  for (const [index, { plan }] of plans.entries()) {
    await writeSheet(zip.openEntry(sheetPath(index)), plan, strings, step);
  }
  const sharedStrings = zip.openEntry('xl/sharedStrings.xml');
  await strings.writeXml((text) => sharedStrings.write(text));
  sharedStrings.end();
  await zip.finish();
}
