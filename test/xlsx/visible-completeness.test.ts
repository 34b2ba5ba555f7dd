/**
 * An inspector reading the workbook without the app, or the PDF, must see
 * the whole register (issue 15, part 3). The values are derived from the
 * demo register's JSON export, not from the exports' code: every leaf a
 * reader sees (enumeration codes as their labels, dates as dd.mm.gggg). Each
 * must be in the workbook's visible sheets as LibreOffice reads them, and in
 * the PDF's text as poppler reads it, in both languages.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../main/pdf/report.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { exportRegisterWorkbook } from '../../main/xlsx/export-workbook.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { DEMO_REPORT_NOW, fixedDemoRegister } from '../helpers/demo-report.ts';
import { workbookToCsv } from '../helpers/libreoffice.ts';
import { pdfText } from '../helpers/pdf.ts';
import { missingFrom, readerValues, squeezed } from '../helpers/reader-values.ts';
import { suiteDir } from '../helpers/workbooks.ts';

const dir = suiteDir();

async function exportsOf(lang: Language) {
  const path = await fixedDemoRegister();
  const session = await openRegister(path, { now: () => DEMO_REPORT_NOW, readOnly: true });
  try {
    const document = await exportRegister(session.db);
    const workbook = join(dir, `demo-${lang}.xlsx`);
    writeFileSync(workbook, await exportRegisterWorkbook(session.db, { lang, now: DEMO_REPORT_NOW }));
    const report = join(dir, `demo-${lang}.pdf`);
    writeFileSync(report, (await generateReport(session.db, { lang, now: DEMO_REPORT_NOW })).pdf);
    return { document, workbook, report };
  } finally {
    await session.close();
  }
}

describe.each(['lv', 'en'] as const)('every value of the demo register is in both exports (%s)', (lang) => {
  it('the visible sheets and the PDF text each hold every value of the JSON export', { timeout: 240_000 }, async () => {
    const { document, workbook, report } = await exportsOf(lang);
    const values = readerValues(document, lang);
    // The derivation itself reaches the parts the issue names.
    expect(values.length).toBeGreaterThan(500);
    expect(values.some((v) => v.path.startsWith('organisations') && v.path.endsWith('.notes'))).toBe(true);
    expect(values.some((v) => /^activities\[\d+\]\.controllers/.test(v.path))).toBe(true);

    const converted = workbookToCsv(workbook);
    expect(converted.status).toBe(0);
    const visible = [...converted.sheets.entries()].filter(([name]) => !name.startsWith('_'));
    expect(visible.length).toBeGreaterThan(5);
    const sheetText = squeezed(visible.map(([, rows]) => rows.map((row) => row.join('\n')).join('\n')).join('\n'));
    expect(missingFrom(values, sheetText).map((v) => `${v.path}: ${v.text}`)).toEqual([]);

    const text = squeezed(pdfText(report));
    expect(missingFrom(values, text).map((v) => `${v.path}: ${v.text}`)).toEqual([]);
  });
});
