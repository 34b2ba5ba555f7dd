/**
 * The report drawn with pdfkit directly (main/pdf/pdfkit, issue 19) is the
 * report pdfmake draws from the same definition: the same pages with the
 * same text in the same order (pdftotext, page by page), in Latvian and in
 * English, for the demo register and a generated register of 100
 * activities; the same look on the cover, the contents, the summary, an
 * activity, a landscape table and the signature page (60 dpi); and one
 * field of 20,000 characters, prose or one unbroken word, is set whole and
 * quickly.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRegister } from '../../main/services/register-files.ts';
import { loadReportInput, renderReport } from '../../main/pdf/report.ts';
import { renderPdf, setPdfEngine, type PdfEngine } from '../../main/pdf/render.ts';
import { defaultStyle, table } from '../../main/pdf/layout.ts';
import type { ReportInput } from '../../main/pdf/report-facts.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { writeGeneratedRegister } from '../../scripts/bench/register-generator.ts';
import { longFieldText } from '../../scripts/bench/pdf-probe-text.ts';
import { DEMO_REPORT_NOW, fixedDemoRegister } from '../helpers/demo-report.ts';
import { pdfInfo, pdfPageTexts, squeeze } from '../helpers/pdf.ts';
import { pixelDifference } from '../helpers/pdf-compare.ts';

const folder = mkdtempSync(join(tmpdir(), 'ropa-pdfkit-'));
afterAll(() => {
  setPdfEngine(null);
  rmSync(folder, { recursive: true, force: true });
});

async function reportInput(path: string, lang: Language): Promise<ReportInput> {
  const session = await openRegister(path, { now: () => DEMO_REPORT_NOW, readOnly: true });
  try {
    return await loadReportInput(session.db, { lang, now: DEMO_REPORT_NOW });
  } finally {
    await session.close();
  }
}

/** The input's report drawn by `engine`: the file's path, and the CPU seconds the render took. */
async function render(input: ReportInput, engine: PdfEngine, name: string): Promise<{ file: string; cpu: number }> {
  setPdfEngine(engine);
  try {
    const before = process.cpuUsage();
    const { pdf, pageCount } = await renderReport(input);
    const used = process.cpuUsage(before);
    const file = join(folder, `${name}-${engine}.pdf`);
    writeFileSync(file, pdf);
    expect(pageCount).toBe(pdfInfo(file).pages);
    return { file, cpu: (used.user + used.system) / 1e6 };
  } finally {
    setPdfEngine(null);
  }
}

/** Both engines' reports of the input: the paths of the files. */
async function bothEngines(input: ReportInput, name: string): Promise<{ pdfmake: string; pdfkit: string }> {
  return { pdfmake: (await render(input, 'pdfmake', name)).file, pdfkit: (await render(input, 'pdfkit', name)).file };
}

/** Both reports have the same pages, each with the same text in the same order. */
function expectSamePages(pdfmake: string, pdfkit: string): void {
  const [before, after] = [pdfPageTexts(pdfmake), pdfPageTexts(pdfkit)];
  expect(after.length).toBe(before.length);
  after.forEach((text, page) => expect(text, `page ${page + 1}`).toBe(before[page]));
  expect(pdfInfo(pdfkit).sizes).toEqual(pdfInfo(pdfmake).sizes);
}

/**
 * A page's text without what depends on the page count: the footer's
 * "Lapa X no Y" and the contents' page numbers (a number ending a line).
 */
function withoutPageNumbers(text: string): string {
  return text.replace(/(Lapa \d+ no \d+|Page \d+ of \d+)/g, '').replace(/ \d+$/gm, '');
}

/** The footer's line alone: a page with nothing else on it. */
const blank = (text: string) => text.trim().split('\n').length <= 1;

/**
 * Both reports have the same text in the same order, page for page, but
 * for the empty pages pdfmake leaves when a table's margin below it runs
 * past the bottom of a page just before a heading that starts a new page;
 * the pdfkit report has none.
 */
function expectSameText(pdfmake: string, pdfkit: string): void {
  const before = pdfPageTexts(pdfmake).map(withoutPageNumbers);
  const after = pdfPageTexts(pdfkit).map(withoutPageNumbers);
  expect(after.filter(blank)).toEqual([]);
  const written = before.filter((text) => !blank(text));
  expect(after.length).toBe(written.length);
  after.forEach((text, page) => expect(text, `page ${page + 1}`).toBe(written[page]));
}

describe('the report drawn with pdfkit', () => {
  it.each(['lv', 'en'] as const)('is the demo register report pdfmake draws, page for page, word for word and look for look (%s)', async (lang) => {
    const input = await reportInput(await fixedDemoRegister(), lang);
    const { pdfmake, pdfkit } = await bothEngines(input, `demo-${lang}`);
    expectSamePages(pdfmake, pdfkit);
    const pages = pdfInfo(pdfkit).pages;
    // Cover, contents, summary, the first activity, the processors (landscape), the signature.
    for (const page of [1, 2, 3, 5, 6, 66, pages]) {
      const difference = pixelDifference(pdfmake, pdfkit, page, folder);
      expect(difference.strong, `page ${page}`).toBeLessThan(difference.pixels / 2000);
      expect(difference.faint, `page ${page}`).toBeLessThan(difference.pixels / 500);
    }
  }, 300_000);

  it.each(['lv', 'en'] as const)('is the report pdfmake draws of a generated register of 100 activities (%s)', async (lang) => {
    const input = await reportInput(await writeGeneratedRegister(mkdtempSync(join(folder, 'register-')), 100), lang);
    const { pdfmake, pdfkit } = await bothEngines(input, `generated-${lang}`);
    expectSameText(pdfmake, pdfkit);
  }, 600_000); // pdfmake takes minutes for this register on a loaded machine

  it.each([false, true])('sets a field of 20,000 characters whole, as pdfmake does, in under 3 s (one word: %s)', async (oneWord) => {
    const input = await reportInput(await fixedDemoRegister(), 'lv');
    const [first] = input.document.activities;
    const description = longFieldText(20_000, oneWord);
    const long: ReportInput = { ...input, findings: [], document: { ...input.document, activities: [{ ...first!, description }] } };
    const started = performance.now();
    const { file, cpu } = await render(long, 'pdfkit', `long-${oneWord}`);
    const wall = performance.now() - started;
    expect(cpu).toBeLessThan(3);
    // CPU time is what the machine's load does not inflate; the wall time only has to stay sane.
    expect(wall).toBeLessThan(20_000);
    const pdfmake = (await render(long, 'pdfmake', `long-${oneWord}`)).file;
    expectSameText(pdfmake, file);
    // Every character of the field is on the pages, in order: the text without the footers and the
    // group's heading row repeated at the top of each page the field runs onto.
    const lines = pdfPageTexts(file).join('\n').split('\n');
    const text = squeeze(lines.filter((line) => !/Lapa \d+ no \d+/.test(line) && !line.startsWith('Vispārīgā informācija')).join('\n'));
    expect(text).toContain(squeeze(description));
  }, 300_000);

  it('draws a bare definition (no footer, no page size or margins) as pdfmake does: one unbroken word over several pages', async () => {
    const word = Array.from({ length: 20_000 }, (_, index) => 'abcdefghijklmnopqrstuvwxyzāēīū'[index % 30]).join('');
    const definition = () => ({ content: [table({ shares: [30, 70], width: 499, headerRows: 0, body: [['Apraksts', word]] })], defaultStyle });
    const files = await Promise.all(
      (['pdfmake', 'pdfkit'] as const).map(async (engine) => {
        const file = join(folder, `bare-${engine}.pdf`);
        writeFileSync(file, await renderPdf(definition(), engine));
        return file;
      }),
    );
    expect(pdfInfo(files[1]!).pages).toBeGreaterThan(3);
    expectSamePages(files[0]!, files[1]!);
  }, 300_000);
});
