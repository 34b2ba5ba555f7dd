/**
 * The export's own workbook writer (issue 19) writes the file exceljs's
 * streaming writer wrote, and a real spreadsheet program reads it.
 *
 * - Part by part: the demo register's content, with a sheet of texts that
 *   test the escaping (markup, quotes, line breaks, leading and trailing
 *   spaces, controls XML cannot carry, emoji, right-to-left, OOXML's
 *   `_x0041_` form, empty texts and rows), numbers and dates, is written by
 *   both writers; every sheet's XML, the styles, the workbook, its relations
 *   and properties are the same bytes, and the shared strings the same
 *   texts in the same order, but for the `_x0041_` form, which exceljs
 *   wrote bare, so readers turned it into 'A' (streamed-equivalence.test.ts compares the two
 *   as read back, cell by cell, against exceljs's in-memory workbook).
 * - LibreOffice Calc converts every sheet of the own writer's file to CSV,
 *   and each cell shows the content's value (texts as they are, dates
 *   dd.mm.yyyy, numbers).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../shared/format.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { cellDateToIso, type CellValue } from '../../main/xlsx/cells.ts';
import { exceljsStreamWorkbook } from '../../main/xlsx/exceljs-writer.ts';
import { collectBytes, registerWorkbookContent, streamWorkbook, type WorkbookContent } from '../../main/xlsx/export-workbook.ts';
import type { SheetSpec } from '../../main/xlsx/sheet-model.ts';
import { readZipDirectory, readZipEntry } from '../../main/xlsx/zip-reader.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { workbookToCsv } from '../helpers/libreoffice.ts';
import { tempDir } from '../helpers/temp.ts';
import { EXPORT_TIME, demoRegisterFile, loadWorkbook, suiteDir } from '../helpers/workbooks.ts';

const dir = suiteDir();
let demo: string;

beforeAll(async () => {
  demo = await demoRegisterFile(dir);
});

/** A table sheet whose texts test the XML escaping and whose rows test the row rules. */
function hostileSheet(): SheetSpec {
  const day = new Date(Date.UTC(2026, 0, 31));
  return {
    name: 'Grūti teksti & <zīmes>',
    layout: 'table',
    columns: [
      { header: 'Teksts <b>&amp;</b>', width: 28, type: 'text' },
      { header: ' Atstarpe ', width: 12, type: 'date' },
      { header: 'Skaitlis', width: 9, type: 'number' },
    ],
    rows: [
      ['<script>alert("x")</script> & \'q\'', day, 0],
      [' vadošā atstarpe', null, -1.5],
      ['beigu atstarpe ', new Date(Date.UTC(1999, 11, 31)), 1234567],
      ['rinda\nrinda\r\notrā\rtrešā', null, null],
      ['tab\there \u0001\u0008\u000B\u007F\uFFFE vadības', null, 12345.678],
      ['emoji 😀🇱🇻, עברית, ąčęėįšųūž', null, null],
      ['\uD800 viens pats', null, null],
      ['_x0041_ un _x00e9_ paliek, kā rakstīts', null, null],
      ['', null, null],
      [null, null, null],
      [null, null, 7],
    ],
  };
}

async function content(lang: Language): Promise<WorkbookContent> {
  const session = await openRegister(demo, { now: () => EXPORT_TIME, readOnly: true });
  try {
    return await registerWorkbookContent(session.db, { lang, now: EXPORT_TIME, extraSheets: [hostileSheet()] });
  } finally {
    await session.close();
  }
}

/** Every entry of a ZIP, uncompressed, by name. */
function entries(bytes: Buffer): Map<string, string> {
  return new Map(readZipDirectory(bytes, 'export.xlsx').map((entry) => [entry.name, readZipEntry(bytes, entry, 'export.xlsx').toString('utf8')]));
}

describe("the export's own workbook writer", () => {
  it.each<Language>(['lv', 'en'])("writes every sheet, the styles and the workbook exactly as exceljs's streaming writer did (%s)", async (lang) => {
    const workbook = await content(lang);
    const own = entries(await collectBytes((output) => streamWorkbook(workbook, output)));
    const exceljs = entries(await collectBytes((output) => exceljsStreamWorkbook(workbook, output)));

    const sheets = [...exceljs.keys()].filter((name) => name.startsWith('xl/worksheets/'));
    expect(sheets).toHaveLength(workbook.sheets.length + 1);
    for (const name of [...sheets, 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', '_rels/.rels', 'xl/theme/theme1.xml']) {
      expect(own.get(name), name).toBe(exceljs.get(name));
    }
    // The shared strings: the same texts in the same order (exceljs counted references as unique texts; we count them).
    const texts = (xml: string | undefined) => xml!.slice(xml!.indexOf('<si>'));
    // One deliberate difference: a text in the form of OOXML's character escape has its '_' escaped, so it is read as written (exceljs wrote it bare).
    const escaped = texts(exceljs.get('xl/sharedStrings.xml')).replace('_x0041_ un _x00e9_', '_x005F_x0041_ un _x005F_x00e9_');
    expect(texts(own.get('xl/sharedStrings.xml'))).toBe(escaped);
    // The properties differ only in who last wrote the file.
    expect(own.get('docProps/core.xml')).toBe(exceljs.get('docProps/core.xml')!.replace('<cp:lastModifiedBy>ExcelJS<', '<cp:lastModifiedBy>ROPA<'));
    // The hostile sheet is there, its name and texts escaped.
    expect(own.get('xl/workbook.xml')).toContain('name="Grūti teksti &amp; &lt;zīmes&gt;"');
    expect(own.get('xl/sharedStrings.xml')).toContain('<t>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;</t>');
  });

  it("keeps a text in the form of OOXML's character escape as written, read back by exceljs", async () => {
    const workbook = await loadWorkbook(await collectBytes(async (output) => streamWorkbook(await content('lv'), output)));
    const sheet = workbook.getWorksheet('Grūti teksti & <zīmes>')!;
    expect(sheet.getCell('A9').value).toBe('_x0041_ un _x00e9_ paliek, kā rakstīts');
  });

  it('is read by LibreOffice Calc: every sheet, each cell the value written', async () => {
    const workbook = await content('lv');
    const file = join(tempDir(), 'registrs.xlsx');
    writeFileSync(file, await collectBytes((output) => streamWorkbook(workbook, output)));
    const converted = workbookToCsv(file);
    expect(converted.status).toBe(0);
    expect(converted.stderr).not.toMatch(/error/i);

    // DEL (U+007F) is not written to a cell, as exceljs did not (the hidden copy keeps it).
    const shown = (value: CellValue): string =>
      value === null ? '' : value instanceof Date ? formatDate(cellDateToIso(value)) : String(value).replace(/\u007F/g, '');
    let compared = 0;
    for (const sheet of workbook.sheets) {
      // LibreOffice names a sheet's file after the sheet, with characters a file name cannot hold replaced.
      const csv = converted.sheets.get(sheet.name) ?? [...converted.sheets.entries()].find(([name]) => name.startsWith('Grūti') && sheet.name.startsWith('Grūti'))?.[1];
      expect(csv, sheet.name).toBeDefined();
      const rows = sheet.layout === 'table' ? [sheet.columns.map((column) => column.header), ...sheet.rows] : sheet.rows;
      for (const [index, row] of rows.entries()) {
        expect(csv![index]!.slice(0, row.length), `${sheet.name}, row ${index + 1}`).toEqual(row.map(shown));
        compared += row.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
