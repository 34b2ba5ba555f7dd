/**
 * The export's content written by exceljs (its streaming writer, or its
 * in-memory workbook through the same calls): what the export used before
 * it had its own writer (issue 19, workbook-writer.ts). Kept as the
 * reference the own writer is held to: test/xlsx/streamed-equivalence.test.ts
 * reads both files back and compares them cell by cell, and the benchmark's
 * Excel floor (scripts/bench/ops.ts, `export-xlsx`) is exceljs's streaming
 * writer writing the same cells.
 */
import type { Writable } from 'node:stream';
import type { stream, Style } from 'exceljs';
import { DATA_SHEET_NAME } from './embedded-document.ts';
import type { SheetSpec, WorkbookContent } from './sheet-model.ts';
import { footerText, rowSteps } from './workbook-writer.ts';

const DATE_FORMAT = 'dd.mm.yyyy';
const HEADER_FILL = 'FFE7ECF2';

export type WorkbookWriter = stream.xlsx.WorkbookWriter;
type WorksheetWriter = ReturnType<WorkbookWriter['addWorksheet']>;

function addTableSheet(workbook: WorkbookWriter, sheet: SheetSpec, footer: string, step: () => void): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${footerText(footer)}&R&P / &N` },
  });
  // The streaming writer writes the filter when the sheet is committed; the row count is known now.
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.columns.length } };
  const columnStyles: Array<Partial<Style>> = sheet.columns.map((column) => ({
    alignment: { wrapText: true, vertical: 'top' },
    ...(column.type === 'date' ? { numFmt: DATE_FORMAT } : {}),
  }));
  worksheet.columns = sheet.columns.map((column, index) => ({ width: column.width, style: columnStyles[index] }));
  const header = worksheet.addRow(sheet.columns.map((column) => column.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  // Each body cell gets its column's style object itself. exceljs gives every
  // new cell a copy, and when writing it finds a cell's style in the
  // workbook's list by rendering the style to XML, unless it has seen that
  // very object before: copies cost an XML rendering per cell (a third of
  // the export's time at 1,000 activities), the shared object one per column.
  // Each row is committed (written out and let go) once styled.
  for (const row of sheet.rows) {
    const added = worksheet.addRow(row);
    added.eachCell({ includeEmpty: true }, (cell, column) => {
      const style = columnStyles[column - 1];
      if (style) cell.style = style as Style;
    });
    added.commit();
    step();
  }
  worksheet.commit();
}

function addCoverSheet(workbook: WorkbookWriter, sheet: SheetSpec, footer: string): void {
  const worksheet: WorksheetWriter = workbook.addWorksheet(sheet.name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: `&L${footerText(footer)}&R&P / &N` },
  });
  worksheet.columns = sheet.columns.map((column, index) => ({
    width: column.width,
    style: { alignment: { wrapText: true, vertical: 'top' }, ...(index === 0 ? { font: { bold: true } } : {}) },
  }));
  for (const row of sheet.rows) {
    const added = worksheet.addRow(row);
    const value = added.getCell(2);
    if (value.value instanceof Date) value.numFmt = DATE_FORMAT;
    if (typeof row[1] === 'number') value.alignment = { horizontal: 'left', vertical: 'top' };
  }
  // A few rows, kept until now so the title row can be made larger.
  worksheet.getRow(1).font = { bold: true, size: 14 };
  worksheet.commit();
}

type ZipArchive = { append(source: unknown, data: Record<string, unknown>): unknown };

/**
 * exceljs's streaming writer whose ZIP entries all carry `date` (the export
 * time) rather than the moment they were written, so the file depends only
 * on its content. Its constructor already adds two entries (the theme and
 * the package's relations) through `addThemes`, the first thing it does
 * once its archive exists; so the archive's `append` is wrapped there,
 * before any entry goes in.
 */
function datedWorkbookWriter(ExcelJS: { stream: { xlsx: { WorkbookWriter: typeof stream.xlsx.WorkbookWriter } } }, options: Partial<stream.xlsx.WorkbookStreamWriterOptions>, date: Date): WorkbookWriter {
  class DatedWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
    override addThemes(): Promise<void> {
      const own = this as unknown as { zip: ZipArchive; dated?: boolean };
      if (!own.dated) {
        const append = own.zip.append.bind(own.zip);
        own.zip.append = (source, data) => append(source, { ...data, date });
        own.dated = true;
      }
      return super.addThemes();
    }
  }
  return new DatedWorkbookWriter(options);
}

/**
 * The content's properties, sheets and hidden data sheet, added to
 * `workbook` row by row, each row committed once styled. Uses only what
 * exceljs's streaming writer and its in-memory workbook share (where a
 * commit does nothing), so the equivalence test can write the same content
 * both ways and compare the two files cell by cell.
 */
export function writeWorkbookContent(workbook: WorkbookWriter, content: WorkbookContent): void {
  workbook.creator = 'ROPA';
  workbook.title = content.title;
  workbook.created = content.now;
  workbook.modified = content.now;
  const step = rowSteps(content.sheets.reduce((sum, sheet) => sum + sheet.rows.length, content.dataRows.length));
  for (const sheet of content.sheets) {
    if (sheet.layout === 'cover') addCoverSheet(workbook, sheet, content.footer);
    else addTableSheet(workbook, sheet, content.footer, step);
  }
  const data = workbook.addWorksheet(DATA_SHEET_NAME, { state: 'veryHidden' });
  for (const row of content.dataRows) {
    data.addRow(row).commit();
    step();
  }
  data.commit();
}

/**
 * Streams the content's cells, styled, into `output` with exceljs's
 * streaming writer, and ends it. Deterministic for a given content (the file's own
 * timestamps are the export time).
 */
export async function exceljsStreamWorkbook(content: WorkbookContent, output: Writable): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  // Level 3: for the sheets' XML three times faster than level 6, and the file only about a tenth larger.
  const workbook = datedWorkbookWriter(ExcelJS, { stream: output, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 3 } } }, content.now);
  writeWorkbookContent(workbook, content);
  await workbook.commit();
}

