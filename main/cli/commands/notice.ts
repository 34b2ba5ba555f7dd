import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isIsoDate } from '../../../shared/domain/primitives.ts';
import { isoToday } from '../../../shared/format.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { AppError } from '../../errors.ts';
import { writeChosenFile } from '../../services/atomic-write.ts';
import { readRegisterDocument } from '../../services/register-document.ts';
import { openRegister } from '../../services/register-files.ts';
import { UsageError, requireOption, type Command, registerOption } from '../command.ts';

/**
 * `ropa notice`: the privacy notice for one organisation and audience, as
 * HTML, DOCX or PDF. The pre-publication check's list goes to stderr and, unless
 * --final, to the end of the file (a draft copy). The notice is recorded in the
 * register with its fingerprint, so the register must be writable.
 * More audience ids may follow the first: `--audience ds-customers ds-subscribers`.
 */
export const noticeCommand: Command = {
  words: ['notice'],
  usage: 'ropa notice --db FILE --org ID|REG.NR.|NAME --audience ID… --format html|docx|pdf --out FILE [--lang lv|en] [--date GGGG-MM-DD] [--final]',
  summary: 'cliCommands:notice',
  options: {
    db: { type: 'string' },
    org: { type: 'string' },
    audience: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    date: { type: 'string' },
    final: { type: 'boolean' },
  },
  positionals: [0, 50],
  async run({ values, positionals }, io) {
    const t = translator(io.lang);
    const db = registerOption(values, io);
    const out = resolve(io.cwd, requireOption(values, 'out'));
    const orgOption = requireOption(values, 'org');
    const audienceIds = [...requireOption(values, 'audience').split(','), ...positionals].map((id) => id.trim()).filter(Boolean);
    const format = requireOption(values, 'format');
    if (format !== 'html' && format !== 'docx' && format !== 'pdf') throw new UsageError(t('notice:cli.badFormat'));
    const date = typeof values.date === 'string' ? values.date : isoToday(io.now());
    if (!isIsoDate(date)) throw new UsageError('--date GGGG-MM-DD');
    if (out === db) throw new UsageError('--out must not be the register file itself');
    if (!existsSync(dirname(out))) throw new AppError('FILE_NOT_FOUND', { file: dirname(out) });

    const session = await openRegister(db, { now: io.now, whenLocked: 'fail', language: io.lang });
    try {
      const document = await readRegisterDocument(session.db);
      const unknown = audienceIds.find((id) => !document.catalogues.dataSubjectCategories.some((c) => c.id === id));
      if (unknown) throw new UsageError(t('notice:cli.unknownAudience', { id: unknown }));
      // The id, or what a person knows the organisation by: its registration number or its name.
      const organisation = document.organisations.find((o) => o.id === orgOption || (o.regNo !== '' && o.regNo === orgOption) || o.name === orgOption);
      if (!organisation) throw new AppError('NOT_FOUND', { id: orgOption });
      const organisationId = organisation.id;
      session.assertWritable();
      const { issueNotice } = await import('../../notice/notice-service.ts');
      const issued = await issueNotice(session.db, (work) => session.write(work), session.ctx, document, {
        organisationId,
        audienceIds,
        lang: io.lang,
        date,
        format,
        final: values.final === true,
      });
      try {
        writeChosenFile(out, issued.bytes);
      } catch (error) {
        throw new AppError('WRITE_FAILED', { file: out, detail: error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error) });
      }
      const { missing } = issued.prepared;
      if (missing.length > 0) io.stderr(`${t('notice:cli.missing', { count: missing.length })}\n${missing.map((line) => `  - ${line}`).join('\n')}\n`);
      io.stdout(`${t('notice:cli.written', { file: out, version: issued.issue.version })}\n`);
      return 0;
    } finally {
      await session.close();
    }
  },
};
