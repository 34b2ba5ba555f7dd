/**
 * The exports say where a purpose's basis comes from and name the sources:
 * the demo's PD-06 states its basis once, and both its purposes are shown on
 * it "mantots no darbības" / "inherited from the activity", in the workbook's
 * register sheet and in the PDF; its named sources are printed with their
 * types. Another purpose with its own basis carries no such mark. A workbook
 * read by its columns gives both back.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReport, loadReportInput } from '../../main/pdf/report.ts';
import { buildReportIndex } from '../../main/pdf/report-index.ts';
import { summariseRegister } from '../../main/pdf/report-summary.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { exportRegisterWorkbook } from '../../main/xlsx/export-workbook.ts';
import { readImportWorkbook } from '../../main/xlsx/import-workbook.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import { DEMO_REPORT_NOW, fixedDemoRegister } from '../helpers/demo-report.ts';
import { pdfText } from '../helpers/pdf.ts';
import { squeezed } from '../helpers/reader-values.ts';
import { demoRegisterFile, documentOf, exportFile, importIntoOrganisationRegister, loadWorkbook, suiteDir, workbookValues } from '../helpers/workbooks.ts';

const WORDS = {
  lv: { forActivity: 'Visai darbībai: 6(1)(c)', inherited: '(mantots no darbības)', source: 'Publisks reģistrs: Uzņēmumu reģistrs' },
  en: { forActivity: 'For the whole activity: 6(1)(c)', inherited: '(inherited from the activity)', source: 'A public register: Uzņēmumu reģistrs' },
} as const;

async function exportsOf(lang: Language) {
  const session = await openRegister(await fixedDemoRegister(), { now: () => DEMO_REPORT_NOW, readOnly: true });
  try {
    const workbook = await loadWorkbook(await exportRegisterWorkbook(session.db, { lang, now: DEMO_REPORT_NOW }));
    const report = join(suiteDir(), `bases-sources-${lang}.pdf`);
    writeFileSync(report, (await generateReport(session.db, { lang, now: DEMO_REPORT_NOW })).pdf);
    return { sheets: workbookValues(workbook, { visibleOnly: true }), pdf: squeezed(pdfText(report)) };
  } finally {
    await session.close();
  }
}

describe.each(['lv', 'en'] as const)('the inherited basis and the named sources in the exports (%s)', (lang) => {
  it('marks PD-06’s purposes as inheriting its basis, and names its sources, in the workbook and the PDF', { timeout: 120_000 }, async () => {
    const { sheets, pdf } = await exportsOf(lang);
    const words = WORDS[lang];
    const rows = [...sheets.values()].flat().map((row) => row.map((cell) => String(cell ?? '')));
    const pd06 = rows.find((row) => row.includes('PD-06'))!;
    const bases = pd06.find((cell) => cell.startsWith(words.forActivity))!;
    expect(bases.split('\n')).toHaveLength(3);
    expect(bases.split('\n').slice(1).every((line) => line.endsWith(words.inherited))).toBe(true);
    expect(pd06.some((cell) => cell.split('\n').includes(words.source))).toBe(true);
    // A purpose with a basis of its own is not marked.
    const pd01 = rows.find((row) => row.includes('PD-01'))!;
    expect(pd01.join('\n')).not.toContain(words.inherited);

    expect(pdf).toContain(squeezed(words.inherited));
    expect(pdf).toContain(squeezed(words.source));
    expect(pdf).toContain(squeezed(lang === 'lv' ? 'Visai darbībai' : 'For the whole activity'));
  });
});

describe.each(['lv', 'en'] as const)('a workbook read by its columns (%s)', (lang) => {
  it('reads back the activity’s own basis, leaves inheriting purposes without one, and reads the named sources', { timeout: 120_000 }, async () => {
    const demo = await demoRegisterFile(suiteDir());
    const workbook = await loadWorkbook(await exportFile(demo, lang));
    // An edit after export makes the import read the columns, not the embedded register.
    const nameHeader = translator(lang)('fields:activity.name');
    const sheet = workbook.worksheets.find((s) => s.state === 'visible' && (s.getRow(1).values as unknown[]).map(String).includes(nameHeader))!;
    const nameColumn = (sheet.getRow(1).values as unknown[]).map(String).indexOf(nameHeader);
    sheet.getRow(2).getCell(nameColumn).value = `${String(sheet.getRow(2).getCell(nameColumn).value)} (labots)`;
    const loaded = await readImportWorkbook(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer), 'labots.xlsx', lang);
    expect(loaded.source).toBe('spreadsheet');
    const copy = await importIntoOrganisationRegister(loaded);
    const original = (await documentOf(demo)).activities;
    for (const number of ['PD-06', 'PD-02', 'PD-01']) {
      const before = original.find((a) => a.number === number)!;
      const after = copy.activities.find((a) => a.number === number)!;
      expect([after.legalBasisIds, after.purposes.map((p) => p.legalBasisIds)], number).toEqual([before.legalBasisIds, before.purposes.map((p) => p.legalBasisIds)]);
      expect(after.namedSources, number).toEqual(before.namedSources);
    }
  });
});

describe('the PDF’s summary of legal bases', () => {
  it('counts PD-06 and both its purposes under the basis they inherit, (c) legal obligation', async () => {
    const session = await openRegister(await fixedDemoRegister(), { now: () => DEMO_REPORT_NOW, readOnly: true });
    const input = await loadReportInput(session.db, { lang: 'lv', now: DEMO_REPORT_NOW });
    await session.close();
    const obligation = summariseRegister(buildReportIndex(input.document, 'lv')).legalBases.find((use) => use.point === 'c')!;
    expect(obligation.activities.map((a) => a.number)).toContain('PD-06');
    const ownPurposes = input.document.activities.flatMap((a) => a.purposes.filter((p) => p.legalBasisIds.some((id) => id === 'lb-c')));
    expect(obligation.purposes).toBe(ownPurposes.length + 2);
  });
});
