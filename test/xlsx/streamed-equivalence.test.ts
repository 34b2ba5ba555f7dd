/**
 * The streamed workbook is the workbook the in-memory writer made (issue 19).
 *
 * The export used to build an in-memory `ExcelJS.Workbook` and write it
 * whole; it now streams through `stream.xlsx.WorkbookWriter`, committing
 * each row once styled. The streaming writer leaves out what it does not
 * support or what is set after a row or sheet is committed, silently. So the
 * demo register's content is written both ways, with the very same calls
 * (`writeWorkbookContent`; on the in-memory workbook a commit does nothing),
 * and the two files, read back, must agree sheet by sheet and cell by cell:
 * values, styles, column widths and styles, row styles, frozen panes,
 * filters, print setup, footers, data validations, hyperlinks, merges and
 * the workbook's defined names (the header row printed on every page).
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEmbeddedDocument } from '../../main/xlsx/embedded-document.ts';
import { readZipDirectory } from '../../main/xlsx/zip-reader.ts';
import { collectBytes, registerWorkbookContent, streamWorkbook, writeWorkbookContent, type WorkbookContent, type WorkbookWriter } from '../../main/xlsx/export-workbook.ts';
import { openRegister } from '../../main/services/register-files.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { EXPORT_TIME, demoRegisterFile, documentOf, exportFile, loadWorkbook, suiteDir } from '../helpers/workbooks.ts';

const dir = suiteDir();
let demo: string;

beforeAll(async () => {
  demo = await demoRegisterFile(dir);
});

async function demoContent(lang: Language): Promise<WorkbookContent> {
  const session = await openRegister(demo, { now: () => EXPORT_TIME, readOnly: true });
  try {
    return await registerWorkbookContent(session.db, { lang, now: EXPORT_TIME });
  } finally {
    await session.close();
  }
}

/** The content written as the export wrote it before streaming: an in-memory workbook, written whole. */
async function inMemoryBytes(content: WorkbookContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const addWorksheet = workbook.addWorksheet.bind(workbook);
  workbook.addWorksheet = (name, options) => Object.assign(addWorksheet(name, options), { commit: () => undefined });
  writeWorkbookContent(workbook as unknown as WorkbookWriter, content);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Everything of a sheet a reader sees, except its cells. */
function sheetLayout(sheet: ExcelJS.Worksheet) {
  // exceljs's types leave these out of the model; its reader fills them.
  const model = sheet.model as unknown as { merges: unknown; dataValidations: unknown; conditionalFormattings: unknown };
  return {
    name: sheet.name,
    state: sheet.state,
    views: sheet.views,
    autoFilter: sheet.autoFilter,
    pageSetup: sheet.pageSetup,
    headerFooter: sheet.headerFooter,
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
    columns: (sheet.columns ?? []).map((column) => ({ width: column.width, hidden: column.hidden, style: column.style })),
    merges: model.merges,
    dataValidations: model.dataValidations,
    conditionalFormattings: model.conditionalFormattings,
  };
}

/** Each cell of a row: its address, value, type, style and hyperlink. */
function rowCells(sheet: ExcelJS.Worksheet, rowNumber: number) {
  const row = sheet.getRow(rowNumber);
  const cells = [];
  for (let column = 1; column <= sheet.columnCount; column += 1) {
    const cell = row.getCell(column);
    cells.push({ address: cell.address, type: cell.type, value: cell.value, style: cell.style, hyperlink: cell.hyperlink });
  }
  const { font, fill, border, alignment, numFmt } = row;
  return { height: row.height, hidden: row.hidden, style: { font, fill, border, alignment, numFmt }, cells };
}

describe('the streamed Excel export', () => {
  it.each<Language>(['lv', 'en'])('holds the same sheets, cells, styles, widths and print setup as the in-memory workbook did (%s)', async (lang) => {
    const content = await demoContent(lang);
    const streamed = await loadWorkbook(await collectBytes((output) => streamWorkbook(content, output)));
    const inMemory = await loadWorkbook(await inMemoryBytes(content));

    expect(streamed.worksheets.map(sheetLayout)).toEqual(inMemory.worksheets.map(sheetLayout));
    expect(streamed.definedNames.model).toEqual(inMemory.definedNames.model);
    // Read back as each table sheet's print titles: the header row on every printed page.
    expect(streamed.worksheets[1]!.pageSetup.printTitlesRow).toBe('1:1');
    expect({ creator: streamed.creator, title: streamed.title, created: streamed.created, modified: streamed.modified }).toEqual({
      creator: inMemory.creator,
      title: inMemory.title,
      created: inMemory.created,
      modified: inMemory.modified,
    });
    let compared = 0;
    for (const sheet of inMemory.worksheets) {
      const other = streamed.getWorksheet(sheet.name)!;
      for (let row = 1; row <= sheet.rowCount; row += 1) {
        expect(rowCells(other, row), `${sheet.name}, row ${row}`).toEqual(rowCells(sheet, row));
        compared += sheet.columnCount;
      }
    }
    // The demo register's sheets hold thousands of cells: the comparison is not of two empty files.
    expect(compared).toBeGreaterThan(1000);
  });

  it('carries the register the import takes back whole', async () => {
    const streamed = await loadWorkbook(await collectBytes(async (output) => streamWorkbook(await demoContent('lv'), output)));
    const embedded = readEmbeddedDocument(streamed);
    expect(embedded.status).toBe('intact');
    expect(embedded.status === 'intact' && embedded.document).toEqual(await documentOf(demo));
  });

  it('is the same file, byte for byte, each time the same register is exported: every entry dated with the export time', async () => {
    const first = await exportFile(demo, 'lv');
    // The ZIP's time has a resolution of two seconds: a later second export would differ in an entry dated when written.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await exportFile(demo, 'lv');
    const stamps = readZipDirectory(first, 'export.xlsx').map((entry) => first.readUInt32LE(entry.localHeaderOffset + 10));
    expect(new Set(stamps).size).toBe(1);
    expect(second.equals(first)).toBe(true);
  });
});
