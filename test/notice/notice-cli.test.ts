/**
 * `ropa notice` as a DPO runs it: the three formats from the demo register,
 * the missing elements on stderr and at the end of the draft copy, --final
 * without them, and bad input answered with a clear message (exit 2) that
 * leaves the register as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRegisterFile } from '../../main/db/connection.ts';
import { listIssues, listNotices } from '../../main/notice/notice-repository.ts';
import { ropa } from '../helpers/cli.ts';
import { fixedDemoRegister } from '../helpers/demo-report.ts';
import { pdfFonts, pdfText } from '../helpers/pdf.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';
import { docxText, htmlText } from './notice-text.ts';

const ORG = '40003612577';
let db: string;
let out: string;

// tempDir() folders go at the end of each test: a fresh register for each.
beforeEach(async () => {
  db = await fixedDemoRegister();
  out = tempDir();
});

describe('ropa notice', () => {
  it('writes the customers’ notice as HTML, DOCX and PDF, lists what is missing and records each', async () => {
    const html = join(out, 'klienti.html');
    const run = ropa(['notice', '--db', db, '--org', ORG, '--audience', 'ds-customers', 'ds-website-visitors', '--format', 'html', '--out', html, '--date', '2026-03-01']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('versija 1');
    expect(run.stderr).toContain('Paziņojumā trūkst');
    const text = htmlText(readFileSync(html, 'utf8'));
    expect(text).toContain('Šī informācija ir paredzēta: klienti (fiziskas personas), tīmekļa vietnes apmeklētāji.');
    expect(text).toContain('Versija 1, 01.03.2026.');
    expect(text).toContain('Melnraksts: kas vēl jāpapildina reģistrā');

    const docx = join(out, 'klienti.docx');
    expect(ropa(['notice', '--db', db, '--org', ORG, '--audience', 'ds-customers,ds-website-visitors', '--format', 'docx', '--out', docx, '--lang', 'en']).status).toBe(0);
    expect(await docxText(readFileSync(docx))).toContain('How we use your personal data');
    // Word's own heading and list styles, so the DPO edits a structured document.
    const xml = (await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')?.async('string')) ?? '';
    for (const style of ['Heading1', 'Heading2', 'Heading3']) expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(xml).toContain('<w:numPr>');

    const pdf = join(out, 'klienti.pdf');
    const final = ropa(['notice', '--db', db, '--org', ORG, '--audience', 'ds-customers', 'ds-website-visitors', '--format', 'pdf', '--out', pdf, '--final']);
    expect(final.status, final.stderr).toBe(0);
    expect(pdfText(pdf)).toContain('Informācija par personas datu apstrādi');
    expect(pdfText(pdf)).not.toContain('Melnraksts');
    // The audit report's font, embedded, so every Latvian letter prints anywhere.
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded && font.name.includes('Roboto'))).toBe(true);

    const connection = await openRegisterFile(db, { readOnly: true });
    const [notice] = await listNotices(connection.db);
    const issues = await listIssues(connection.db, notice?.id ?? '');
    await connection.close();
    expect(issues.map((i) => `${i.version} ${i.lang} ${i.format} ${i.draft ? 'draft' : 'final'}`).sort()).toEqual(['1 en docx draft', '1 lv html draft', '1 lv pdf final']);
  });

  it('refuses bad input with a clear message and leaves the register unchanged', () => {
    const before = fileHash(db);
    const file = join(out, 'x.html');
    const cases: Array<[string[], string]> = [
      [['--audience', 'ds-nobody', '--format', 'html'], 'Nav tādas datu subjektu kategorijas: ds-nobody'],
      [['--audience', 'ds-customers', '--format', 'odt'], '--format html|docx|pdf'],
      [['--audience', 'ds-customers', '--format', 'html', '--date', '2026-02-30'], '--date'],
    ];
    for (const [args, message] of cases) {
      const run = ropa(['notice', '--db', db, '--org', ORG, '--out', file, ...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
    }
    const unknownOrg = ropa(['notice', '--db', db, '--org', 'SIA Nav', '--audience', 'ds-customers', '--format', 'html', '--out', file]);
    expect(unknownOrg.status).toBe(2);
    expect(unknownOrg.stderr).toContain('SIA Nav');
    expect(fileHash(db)).toBe(before);
  });
});
