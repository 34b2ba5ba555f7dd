/**
 * The report is rendered once per register version and options: preview,
 * Save and Print reuse the same bytes, kept in main; a change to the
 * register, another language or another day renders it again. The app's
 * clock moves a second per call and the PDF carries its creation time, so a
 * second render would give different bytes: equal bytes mean one render.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportCache, reportKey, type CachedReport } from '../../main/pdf/report-cache.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { pdfPageTexts, squeeze } from '../helpers/pdf.ts';
import { smallRegister } from '../helpers/registers.ts';
import { tempDir } from '../helpers/temp.ts';
import { pastRegister, writePast } from '../services/versions/versions-fixture.ts';
import type { Activity } from '../../shared/domain/activity.ts';

/** Gives the app a printer that keeps what it is handed; returns what it was handed. */
function printedBy(app: ReturnType<typeof testApp>['app']): Buffer[] {
  const printed: Buffer[] = [];
  (app.platform as { printer?: unknown }).printer = {
    async printPdf(pdf: Uint8Array) {
      printed.push(Buffer.from(pdf));
      return 'printed';
    },
  };
  return printed;
}

/** Saves the report (to a file the dialog is answered with) and prints it: both must be `expected`'s bytes. Returns the file. */
async function expectSavedAndPrinted(app: ReturnType<typeof testApp>['app'], dialogs: ReturnType<typeof testApp>['dialogs'], printed: Buffer[], expected: Buffer): Promise<string> {
  const target = join(tempDir(), 'report.pdf');
  dialogs.answer(target);
  await value(app, 'report:savePdf', {});
  expect(readFileSync(target).equals(expected)).toBe(true);
  await value(app, 'report:print', {});
  expect(printed.at(-1)?.equals(expected)).toBe(true);
  return target;
}

async function appWithRegister() {
  const small = await smallRegister();
  await small.connection.close();
  const { app, dialogs } = testApp('lv');
  await app.open(small.path);
  const printed = printedBy(app);
  return { app, dialogs, printed, activityId: small.activity.id };
}

function textOf(pdf: Buffer): string {
  const file = join(tempDir(), 'report.pdf');
  writeFileSync(file, pdf);
  return squeeze(pdfPageTexts(file).join(' '));
}

describe('the report rendered once', () => {
  it('saves and prints the very bytes previewed, and renders again after the register changes', async () => {
    const { app, dialogs, printed, activityId } = await appWithRegister();
    const preview = Buffer.from((await value(app, 'report:pdf', {})).pdfBase64, 'base64');

    const target = await expectSavedAndPrinted(app, dialogs, printed, preview);
    expect(Buffer.from((await value(app, 'report:pdf', {})).pdfBase64, 'base64').equals(preview)).toBe(true);

    // Another language is another report; the Latvian one is still kept.
    const english = Buffer.from((await value(app, 'report:pdf', { lang: 'en' })).pdfBase64, 'base64');
    expect(textOf(english)).toContain(squeeze('Record of processing activities'));
    expect(Buffer.from((await value(app, 'report:pdf', {})).pdfBase64, 'base64').equals(preview)).toBe(true);

    const activity = await value(app, 'activities:get', { id: activityId });
    await value(app, 'activities:save', { ...activity, name: 'Algu aprēķins un izmaksa' } as Activity);
    const changed = Buffer.from((await value(app, 'report:pdf', {})).pdfBase64, 'base64');
    expect(changed.equals(preview)).toBe(false);
    expect(textOf(changed)).toContain(squeeze('Algu aprēķins un izmaksa'));
    dialogs.answer(target);
    await value(app, 'report:savePdf', {});
    expect(readFileSync(target).equals(changed)).toBe(true);
    await app.close();
  });

  it('an unknown organisation is still refused before the save dialog, and nothing is kept for it', async () => {
    const { app, dialogs } = await appWithRegister();
    const unknown = await invoke(app, 'report:savePdf', { organisationId: 'no-such-org' });
    expect(unknown.ok === false && unknown.error.code).toBe('NOT_FOUND');
    expect(dialogs.asked).toHaveLength(0);
    const preview = await invoke(app, 'report:pdf', { organisationId: 'no-such-org' });
    expect(preview.ok === false && preview.error.code).toBe('NOT_FOUND');
    await app.close();
  });
});

describe('the report of the register as of a past moment', () => {
  it('shows, saves and prints the register as it stood then, and the register as it is again after going back', async () => {
    const register = await pastRegister();
    await writePast(register);
    await register.connection.close();
    const { app, dialogs } = testApp('lv');
    await app.open(register.path);
    const printed = printedBy(app);
    const preview = async () => Buffer.from((await value(app, 'report:pdf', {})).pdfBase64, 'base64');
    const current = await preview();
    expect(textOf(current)).toContain(squeeze('Videonovērošana'));

    await value(app, 'versions:viewAsOf', { moment: '2026-12-02T00:00:00+02:00' });
    const past = await preview();
    expect(textOf(past)).toContain(squeeze('Algu aprēķins'));
    expect(textOf(past)).not.toContain(squeeze('Videonovērošana'));
    await expectSavedAndPrinted(app, dialogs, printed, past);

    await value(app, 'versions:leaveAsOf', {});
    expect(textOf(await preview())).toContain(squeeze('Videonovērošana'));
    await app.close();
  });

  it('is kept apart from the report of the register as it is (the moment is part of the key)', () => {
    const parts = { register: 'r.ropa', head: { seq: 7, hash: 'h' }, lang: 'lv', date: '2026-12-05' };
    const keys = new Set([reportKey(parts), reportKey({ ...parts, asOf: { seq: 5, fingerprint: 'a' } }), reportKey({ ...parts, asOf: { seq: 6, fingerprint: 'b' } })]);
    expect(keys.size).toBe(3);
    expect(reportKey({ ...parts, asOf: null })).toBe(reportKey(parts));
  });
});

describe('ReportCache', () => {
  const report = (n: number): CachedReport => ({ pdf: Buffer.from(`%PDF-${n}`), pageCount: 1, date: '2026-12-05', missingGlyphs: [] });

  it('renders a key once, even when asked again while it renders', async () => {
    const cache = new ReportCache();
    let renders = 0;
    const render = async () => report((renders += 1));
    const [first, second] = await Promise.all([cache.get('a', render), cache.get('a', render)]);
    expect(await cache.get('a', render)).toBe(first);
    expect(second).toBe(first);
    expect(renders).toBe(1);
  });

  it('keeps the last two reports used, and never a failed render', async () => {
    const cache = new ReportCache(2);
    let renders = 0;
    const render = async () => report((renders += 1));
    await cache.get('a', render);
    await cache.get('b', render);
    await cache.get('a', render);
    await cache.get('c', render);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    expect(renders).toBe(3);
    await expect(cache.get('d', async () => Promise.reject(new Error('out of memory')))).rejects.toThrow('out of memory');
    expect(cache.has('d')).toBe(false);
    await cache.get('d', render);
    expect(renders).toBe(4);
  });
});
