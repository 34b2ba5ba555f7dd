/**
 * The exports say where a purpose's basis comes from and name the sources:
 * the demo's PD-06 states its basis once, and both its purposes are shown on
 * it "mantots no darbības" / "inherited from the activity", in the workbook's
 * register sheet and in the PDF; its named sources are printed with their
 * types. Another purpose with its own basis carries no such mark.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../main/pdf/report.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { exportRegisterWorkbook } from '../../main/xlsx/export-workbook.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { DEMO_REPORT_NOW, fixedDemoRegister } from '../helpers/demo-report.ts';
import { pdfText } from '../helpers/pdf.ts';
import { squeezed } from '../helpers/reader-values.ts';
import { loadWorkbook, suiteDir, workbookValues } from '../helpers/workbooks.ts';

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
