import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../main/pdf/report.ts';
import { openRegister } from '../../main/services/register-files.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { DEMO_REPORT_NOW, fixedDemoRegister } from '../helpers/demo-report.ts';
import { pdfText, squeeze } from '../helpers/pdf.ts';

const folder = mkdtempSync(join(tmpdir(), 'ropa-inspector-report-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function reportText(lang: Language): Promise<string> {
  const session = await openRegister(await fixedDemoRegister(), { now: () => DEMO_REPORT_NOW, readOnly: true });
  try {
    const { pdf } = await generateReport(session.db, { lang, now: DEMO_REPORT_NOW });
    const file = join(folder, `demo-${lang}.pdf`);
    writeFileSync(file, pdf);
    return squeeze(pdfText(file));
  } finally {
    await session.close();
  }
}

describe('the PDF report shows what the inspector-like checks read', () => {
  it.each([
    ['lv', ['No ieraksta satura secinātie kritēriji', 'Sistemātiska uzraudzība (secināts no: videonovērošana)', 'Aptuvenais datu subjektu skaits', 'Liela mēroga slieksnis']],
    ['en', ['Criteria inferred from the record', 'Systematic monitoring (inferred from: CCTV)', 'Approximate number of data subjects', 'Large-scale threshold']],
  ] as const)('in %s: the inferred criteria with their reasons, the counts and the threshold', async (lang, expected) => {
    const text = await reportText(lang);
    for (const phrase of expected) expect(text, phrase).toContain(squeeze(phrase));
    expect(text).toContain('1500');
  });
});
