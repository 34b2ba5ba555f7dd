/**
 * The report channels as the app calls them (through dispatch, outputs
 * checked against the contract), over the loopback HTTP transport too, and
 * the printing port: what is previewed, saved and printed is one PDF.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintOutcome } from '../../main/services/app-context.ts';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../main/web/server.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { pdfInfo, pdfPageTexts, squeeze } from '../helpers/pdf.ts';
import { smallRegister } from '../helpers/registers.ts';
import { tempDir } from '../helpers/temp.ts';

async function appWithRegister(language: 'lv' | 'en' = 'lv') {
  const small = await smallRegister();
  await small.connection.close();
  const { app, dialogs } = testApp(language);
  await app.open(small.path);
  return { app, dialogs, small };
}

function savedPdf(base64: string): string {
  const file = join(tempDir(), 'preview.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

let web: WebServer | undefined;
afterEach(async () => {
  await web?.close();
  web = undefined;
});

describe('report channels', () => {
  it('report:pdf answers the PDF for the preview, in the language asked for', async () => {
    const { app } = await appWithRegister('lv');
    const lv = await value(app, 'report:pdf', {});
    expect(lv.fileName).toMatch(/^small-registrs-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = savedPdf(lv.pdfBase64);
    expect(lv.byteLength).toBe(readFileSync(file).byteLength);
    expect(lv.pageCount).toBe(pdfInfo(file).pages);
    expect(pdfPageTexts(file)[0]).toContain('Apstrādes darbību reģistrs');
    const en = await value(app, 'report:pdf', { lang: 'en' });
    expect(en.fileName).toMatch(/^small-register-/);
    expect(pdfPageTexts(savedPdf(en.pdfBase64))[0]).toContain('Record of processing activities');
    await app.close();
  });

  it('refuses without an open register, for an unknown organisation, and for unknown input', async () => {
    const { app } = testApp('en');
    const none = await invoke(app, 'report:pdf', {});
    expect(none.ok === false && none.error.code).toBe('NO_REGISTER');
    const { app: open } = await appWithRegister('en');
    const unknown = await invoke(open, 'report:pdf', { organisationId: 'no-such-org' });
    expect(unknown.ok === false && unknown.error.code).toBe('NOT_FOUND');
    expect(unknown.ok === false && unknown.error.message).toContain('no-such-org');
    const extra = await invoke(open, 'report:pdf', { lang: 'de' } as never);
    expect(extra.ok === false && extra.error.code).toBe('VALIDATION');
    const path = await invoke(open, 'report:savePdf', { path: '/tmp/x.pdf' } as never);
    expect(path.ok === false && path.error.code).toBe('VALIDATION');
    await open.close();
  });

  it('report:savePdf writes the file chosen in the save dialog; cancelling writes nothing', async () => {
    const { app, dialogs } = await appWithRegister('lv');
    const dir = tempDir();
    const target = join(dir, 'audits.pdf');
    dialogs.answer(target);
    const saved = await value(app, 'report:savePdf', {});
    expect(saved.fileName).toBe('audits.pdf');
    expect(dialogs.asked.at(-1)).toMatchObject({ kind: 'pdf', mode: 'save' });
    expect(dialogs.asked.at(-1)?.suggested).toMatch(/^small-registrs-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdfInfo(target).pages).toBeGreaterThan(3);
    expect(readdirSync(dir)).toEqual(['audits.pdf']);

    dialogs.answer(null);
    const cancelled = await invoke(app, 'report:savePdf', {});
    expect(cancelled.ok === false && cancelled.error.code).toBe('CANCELLED');
    expect(readdirSync(dir)).toEqual(['audits.pdf']);
    await app.close();
  });

  it('report:savePdf into a folder that is gone answers WRITE_FAILED and leaves nothing behind', async () => {
    const { app, dialogs } = await appWithRegister('en');
    const dir = tempDir();
    dialogs.answer(join(dir, 'gone', 'report.pdf'));
    const result = await invoke(app, 'report:savePdf', {});
    expect(result.ok === false && result.error.code).toBe('WRITE_FAILED');
    expect(result.ok === false && result.error.message).toContain('report.pdf');
    expect(readdirSync(dir)).toEqual([]);
    await app.close();
  });

  it('report:print hands the same PDF to the platform printer; a cancelled print dialog is CANCELLED', async () => {
    const { app } = await appWithRegister('lv');
    const printed: Array<{ pdf: Uint8Array; fileName: string }> = [];
    let answer: PrintOutcome = 'printed';
    (app.platform as { printer?: unknown }).printer = {
      async printPdf(pdf: Uint8Array, options: { fileName: string }) {
        printed.push({ pdf, fileName: options.fileName });
        return answer;
      },
    };
    expect(await value(app, 'report:print', {})).toEqual({ outcome: 'printed' });
    const preview = await value(app, 'report:pdf', {});
    expect(printed).toHaveLength(1);
    // The same report: page for page the same text (only the PDF's creation time differs).
    const printedText = pdfPageTexts(savedPdf(Buffer.from(printed[0]?.pdf ?? []).toString('base64')));
    expect(printedText).toEqual(pdfPageTexts(savedPdf(preview.pdfBase64)));
    expect(printed[0]?.fileName).toBe(preview.fileName);

    answer = 'openedInViewer';
    expect(await value(app, 'report:print', {})).toEqual({ outcome: 'openedInViewer' });
    answer = null;
    const cancelled = await invoke(app, 'report:print', {});
    expect(cancelled.ok === false && cancelled.error.code).toBe('CANCELLED');
    await app.close();
  });

  it('report:print in browser mode says where printing is done instead', async () => {
    const { app } = await appWithRegister('en');
    const result = await invoke(app, 'report:print', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('PRINT_UNAVAILABLE');
      expect(result.error.message).toContain("browser's own Print");
    }
    await app.close();
  });

  it('the PDF survives the loopback HTTP transport as base64 text', async () => {
    const { app } = await appWithRegister('lv');
    const renderer = tempDir();
    mkdirSync(join(renderer, 'assets'));
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>ROPA</title>');
    web = await startWebServer(app, { rendererDir: renderer });
    const response = await fetch(new URL('/api/invoke', web.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: web.token },
      body: JSON.stringify({ channel: 'report:pdf', input: { lang: 'en', organisationId: undefined } }),
    });
    const result = (await response.json()) as { ok: boolean; value: { pdfBase64: string; pageCount: number } };
    expect(result.ok).toBe(true);
    const file = savedPdf(result.value.pdfBase64);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfInfo(file).pages).toBe(result.value.pageCount);
    expect(squeeze(pdfPageTexts(file).join(''))).toContain(squeeze('Algu aprēķins'));
    await app.close();
  });
});
