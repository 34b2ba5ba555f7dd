/**
 * Registers of every size give a valid, complete report: one activity, 500
 * activities, and every field filled to its maximum length with words far
 * wider than any column. "Complete" is what a reader would check: every
 * page has its footer, nothing is replaced by "�", and the end of every long
 * text is on some page (so nothing was cut off at a cell or page edge).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRegister } from '../../main/services/register-files.ts';
import { generateReport } from '../../main/pdf/report.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { writeGeneratedRegister } from '../../scripts/bench/register-generator.ts';
import { LATVIAN_LETTERS, endMarker, longTextRegister } from '../helpers/long-text-register.ts';
import { pdfFonts, pdfInfo, pdfPageTexts, squeeze } from '../helpers/pdf.ts';
import { smallRegister } from '../helpers/registers.ts';
import { tempDir } from '../helpers/temp.ts';

const NOW = new Date(2026, 10, 21, 10, 0, 0);

async function report(path: string, lang: Language): Promise<{ file: string; pageCount: number | null }> {
  const session = await openRegister(path, { now: () => NOW, readOnly: true });
  try {
    const { pdf, pageCount } = await generateReport(session.db, { lang, now: NOW });
    const file = join(tempDir(), `report-${lang}.pdf`);
    writeFileSync(file, pdf);
    return { file, pageCount };
  } finally {
    await session.close();
  }
}

/** What every report must satisfy, whatever its size. */
function expectSoundReport(file: string, lang: Language, pageCount: number | null): string[] {
  const info = pdfInfo(file);
  expect(info.pages).toBeGreaterThan(3);
  expect(pageCount).toBe(info.pages);
  // A4, upright or on its side.
  for (const size of info.sizes) expect([[595, 842], [842, 595]]).toContainEqual(size);
  expect(pdfFonts(file).every((font) => font.embedded && font.unicode)).toBe(true);
  const pages = pdfPageTexts(file);
  expect(pages).toHaveLength(info.pages);
  pages.forEach((text, index) => {
    const footer = lang === 'lv' ? `Lapa ${index + 1} no ${info.pages}` : `Page ${index + 1} of ${info.pages}`;
    expect(text, `page ${index + 1}`).toContain(footer);
    expect(text).not.toContain('\uFFFD');
  });
  return pages;
}

describe('report size limits', () => {
  it.each(['lv', 'en'] as const)('a register with one activity gives a complete report (%s)', async (lang) => {
    const small = await smallRegister();
    await small.connection.close();
    const { file, pageCount } = await report(small.path, lang);
    const pages = expectSoundReport(file, lang, pageCount);
    const text = squeeze(pages.join('\n'));
    for (const value of ['PD-01', 'Algu aprēķins', 'Darba samaksas aprēķins', 'SIA Algu Serviss', 'Līgums Nr. 12/2025', 'SCC 2021/914, 2. modulis']) {
      expect(text).toContain(squeeze(value));
    }
  });

  it('a register with 500 activities gives a valid report listing every activity', async () => {
    const path = await writeGeneratedRegister(tempDir(), 500);
    const { file, pageCount } = await report(path, 'lv');
    const pages = expectSoundReport(file, 'lv', pageCount);
    // About two to four pages an activity: nothing is lost, nothing runs away.
    expect(pages.length).toBeGreaterThan(1000);
    expect(pages.length).toBeLessThan(2500);
    const text = squeeze(pages.join('\n'));
    for (const n of [1, 2, 250, 499, 500]) expect(text).toContain(`PD-${String(n).padStart(5, '0')}`);
  });

  it.each(['lv', 'en'] as const)('every field at its longest, with unbroken words wider than a column, is shown in full (%s)', async (lang) => {
    const register = await longTextRegister();
    const { file, pageCount } = await report(register.path, lang);
    const pages = expectSoundReport(file, lang, pageCount);
    expect(pages.length).toBeLessThan(400);
    const text = squeeze(pages.join('\n'));
    const missing = register.fields.filter((field) => !text.includes(endMarker(field)));
    expect(missing).toEqual([]);
    expect(text).toContain(squeeze(LATVIAN_LETTERS));
  });
});
