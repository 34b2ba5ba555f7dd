/**
 * The report laid out with ROPA's pdfmake tuning (main/pdf/pdfmake-tuning.ts:
 * styles looked up once per paragraph, a line's words written as one piece)
 * is the report pdfmake gives without it: the same pages, the same text in
 * the same places (pdftotext, plain and with its layout), the same look
 * on the pages a reader looks at first (pixel for pixel but for anti-aliasing), in Latvian and in English. And the
 * tuning does what it is for: far fewer text pieces written (a smaller file).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRegister } from '../../main/services/register-files.ts';
import { loadReportInput, renderReport } from '../../main/pdf/report.ts';
import { setPdfmakeTuning } from '../../main/pdf/pdfmake-tuning.ts';
import { setPdfEngine } from '../../main/pdf/render.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { DEMO_REPORT_NOW, fixedDemoRegister } from '../helpers/demo-report.ts';
import { pdfInfo, pdfPageTexts } from '../helpers/pdf.ts';
import { pixelDifference } from '../helpers/pdf-compare.ts';

const folder = mkdtempSync(join(tmpdir(), 'ropa-tuning-'));
// The tuning is pdfmake's: this file compares pdfmake with itself.
setPdfEngine('pdfmake');
afterAll(() => {
  setPdfEngine(null);
  setPdfmakeTuning(true);
  rmSync(folder, { recursive: true, force: true });
});

/** The demo register's report in `lang`, rendered from the same input without and with the tuning; the PDF files' paths. */
async function demoReports(lang: Language): Promise<{ plain: string; tuned: string }> {
  const session = await openRegister(await fixedDemoRegister(), { now: () => DEMO_REPORT_NOW, readOnly: true });
  const input = await loadReportInput(session.db, { lang, now: DEMO_REPORT_NOW });
  await session.close();
  const render = async (tuned: boolean) => {
    setPdfmakeTuning(tuned);
    try {
      const file = join(folder, `demo-${lang}-${tuned ? 'tuned' : 'plain'}.pdf`);
      writeFileSync(file, (await renderReport(input)).pdf);
      return file;
    } finally {
      setPdfmakeTuning(true);
    }
  };
  return { plain: await render(false), tuned: await render(true) };
}

/** The text with each word where it stands on the page (pdftotext -layout). */
function layoutText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('the report with pdfmake tuned', () => {
  it.each(['lv', 'en'] as const)('is the same report as without the tuning, page for page and word for word (%s)', async (lang) => {
    const { plain, tuned } = await demoReports(lang);

    expect(pdfInfo(tuned).pages).toBe(pdfInfo(plain).pages);
    expect(pdfPageTexts(tuned)).toEqual(pdfPageTexts(plain));
    expect(layoutText(tuned)).toBe(layoutText(plain));
    // The cover, the contents, the summary and the first activity look the same: at most a few
    // pixels of a glyph's edge shaded a little differently (a line's position summed in another order).
    for (const page of [1, 2, 3, 5, 6]) {
      const difference = pixelDifference(plain, tuned, page, folder);
      expect(difference.strong, `page ${page}`).toBe(0);
      expect(difference.faint, `page ${page}`).toBeLessThan(difference.pixels / 5000);
    }
    // A line is written as one piece, not a piece per word: the file is a good deal smaller.
    expect(readFileSync(tuned).length).toBeLessThan(readFileSync(plain).length * 0.9);
  });
});
