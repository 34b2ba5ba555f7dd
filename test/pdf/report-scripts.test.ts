/**
 * Every script in the report: names in Russian, Hebrew and Arabic, and an
 * emoji, are all in the PDF (pdftotext finds each character), drawn by a
 * font that has them; a character no font has is shown as the marker and
 * the export says so. Before the fallback fonts, pdfkit dropped the Hebrew,
 * Arabic and emoji names without a word.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { saveProcessor } from '../../main/db/repositories/processor-repository.ts';
import { runCli } from '../../main/cli/index.ts';
import { MISSING_GLYPH_MARKER } from '../../main/pdf/script-fallback.ts';
import { ActivityInput } from '../../shared/domain/activity.ts';
import { ProcessorInput } from '../../shared/domain/processor.ts';
import { value } from '../helpers/app.ts';
import { pdfFonts, pdfText } from '../helpers/pdf.ts';
import { clockedApp } from '../helpers/safety.ts';
import { fullActivity, processorInput, smallRegister } from '../helpers/registers.ts';

const NAMES = {
  russian: 'ООО «Ромашка» — Иванов Пётр',
  hebrew: 'שלום עולם',
  arabic: 'شركة البيانات',
  emoji: 'Klientu atbalsts 😀',
};
/** A character from a script none of the report's fonts covers (Linear B). */
const UNDRAWABLE = '𐀀';

async function exportPdf(path: string, folder: string): Promise<{ status: number; stderr: string; file: string }> {
  const file = join(folder, 'report.pdf');
  let stderr = '';
  const status = await runCli(['export', 'pdf', '--db', path, '--out', file], {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    now: () => new Date('2026-12-04T10:00:00Z'),
    lang: 'en',
    cwd: folder,
  });
  return { status, stderr, file };
}

describe('the report draws every script', () => {
  it('Russian, Hebrew, Arabic and emoji names are all in the PDF, each in a font that has them, with no warning', async () => {
    const register = await smallRegister();
    await register.connection.db.transaction().execute(async (trx) => {
      for (const [key, name] of Object.entries(NAMES)) {
        if (key === 'emoji') continue;
        await saveProcessor(trx, ProcessorInput.parse(processorInput({ name, regNo: key, countryId: null })), register.ctx);
      }
      const input = fullActivity(register.organisation.id, register.processor.id, register.rule.id, { number: 'E-1', name: NAMES.emoji });
      await saveActivity(trx, ActivityInput.parse(input), register.ctx);
    });
    await register.connection.close();
    const run = await exportPdf(register.path, join(register.path, '..'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const text = pdfText(run.file);
    const letters = (name: string) => [...name].filter((c) => /\p{L}|\p{Extended_Pictographic}/u.test(c));
    for (const [script, name] of Object.entries(NAMES)) {
      for (const letter of letters(name)) expect(text, `${script}: ${letter}`).toContain(letter);
    }
    expect(text).not.toContain(MISSING_GLYPH_MARKER);
    const embedded = pdfFonts(run.file).map((font) => font.name).join(' ');
    expect(embedded).toMatch(/NotoSansHebrew/i);
    expect(embedded).toMatch(/NotoSansArabic/i);
    expect(embedded).toMatch(/NotoEmoji/i);
  });

  it('a character no font has is shown as the marker, and the export warns naming it', async () => {
    const register = await smallRegister();
    await register.connection.db.transaction().execute(async (trx) => {
      await saveProcessor(trx, ProcessorInput.parse(processorInput({ name: `Mykenai ${UNDRAWABLE}` })), register.ctx);
    });
    await register.connection.close();
    const run = await exportPdf(register.path, join(register.path, '..'));
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`Warning: 1 characters (${UNDRAWABLE}) have no glyph in the report’s fonts`);
    expect(pdfText(run.file)).toContain(`Mykenai ${MISSING_GLYPH_MARKER}`);
    // The app's Save PDF says it too (the report screen shows it as a note).
    const { app, dialogs } = clockedApp('en');
    dialogs.answer(register.path);
    await value(app, 'files:open', {});
    dialogs.answer(join(register.path, '..', 'saved.pdf'));
    expect(await value(app, 'report:savePdf', {})).toMatchObject({ fileName: 'saved.pdf', missingGlyphs: [UNDRAWABLE] });
    await app.close();
  });
});
