import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../errors.ts';
import { renderReportNow, saveReportFile } from '../../features/pdf-report.ts';
import { openRegister } from '../../services/register-files.ts';
import { parseMoment } from '../../services/versions/moment.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { UsageError, requireOption, type Command, registerOption } from '../command.ts';

export const exportPdfCommand: Command = {
  words: ['export', 'pdf'],
  usage: 'ropa export pdf --db FILE --out OUT.pdf [--lang lv|en] [--org ID] [--as-of T] [--since T] [--dpo-records]',
  summary: 'cliCommands:exportPdf',
  options: { db: { type: 'string' }, out: { type: 'string' }, org: { type: 'string' }, 'as-of': { type: 'string' }, since: { type: 'string' }, 'dpo-records': { type: 'boolean' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const db = registerOption(values, io);
    const out = resolve(io.cwd, requireOption(values, 'out'));
    if (out === db) throw new UsageError('--out must not be the register file itself');
    // Fail before the work of building the report when the output folder does not exist.
    if (!existsSync(dirname(out))) throw new AppError('FILE_NOT_FOUND', { file: dirname(out) });
    const organisationId = typeof values.org === 'string' && values.org.length > 0 ? values.org : undefined;
    // As of a moment, and the appendix of changes since another (main/services/versions).
    const asOf = typeof values['as-of'] === 'string' ? parseMoment(values['as-of']) : undefined;
    const since = typeof values.since === 'string' ? parseMoment(values.since) : undefined;
    const session = await openRegister(db, { now: io.now, readOnly: true });
    let report: { pdf: Buffer; missingGlyphs: string[] };
    try {
      report = await renderReportNow(session.db, {
        lang: io.lang,
        now: io.now(),
        ...(organisationId ? { organisationId } : {}),
        ...(asOf ? { asOf } : {}),
        ...(since ? { since } : {}),
        ...(values['dpo-records'] ? { dpoRecords: true } : {}),
      });
    } finally {
      await session.close();
    }
    saveReportFile(out, report.pdf, out);
    // Never a silent loss: characters no report font has are shown as a marker, and said here.
    const missing = report.missingGlyphs;
    if (missing.length > 0) {
      io.stderr(`ropa: ${translator(io.lang)('fonts:missingGlyphs', { count: missing.length, characters: missing.join(' ') })}\n`);
    }
    return 0;
  },
};
