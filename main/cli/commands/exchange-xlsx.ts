import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../errors.ts';
import { exportWorkbookFile, importWorkbook, importWorkbookIntoNewRegister } from '../../features/xlsx-exchange.ts';
import { registerHasContent as hasContent } from '../../services/json-exchange.ts';
import { openRegister } from '../../services/register-files.ts';
import { rebuildRegisterAsOf } from '../../services/versions/as-of.ts';
import { parseMoment } from '../../services/versions/moment.ts';
import { isoToday } from '../../../shared/format.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { requireOption, type CliIO, type Command, registerOption, isNewRegisterFile } from '../command.ts';
import type { XlsxPreview } from '../../../shared/contract/xlsx.ts';

export const exportXlsxCommand: Command = {
  words: ['export', 'xlsx'],
  usage: 'ropa export xlsx --db FILE --out OUT.xlsx [--lang lv|en] [--org ID] [--as-of T]',
  summary: 'cliCommands:exportXlsx',
  options: { db: { type: 'string' }, out: { type: 'string' }, org: { type: 'string' }, 'as-of': { type: 'string' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const out = resolve(io.cwd, requireOption(values, 'out'));
    const asOfMoment = typeof values['as-of'] === 'string' ? parseMoment(values['as-of']) : undefined;
    const session = await openRegister(registerOption(values, io), { now: io.now, readOnly: true });
    try {
      const organisationId = typeof values.org === 'string' ? values.org : undefined;
      const asOf = asOfMoment ? await rebuildRegisterAsOf(session.db, asOfMoment) : undefined;
      await exportWorkbookFile(session.db, { lang: io.lang, now: io.now(), organisationId, ...(asOf ? { asOf } : {}) }, () => out);
      return 0;
    } finally {
      await session.close();
    }
  },
};

/** The preview as text: how each column maps, what will be created, every row that cannot be taken. */
function printPreview(preview: XlsxPreview, io: CliIO): void {
  const t = translator(io.lang);
  if (preview.source === 'ropa' && preview.register) {
    const r = preview.register;
    io.stdout(`${t('xlsx:preview.ropa', { title: r.title, activities: r.activities, processors: r.processors, rules: r.retentionRules })}\n`);
    return;
  }
  if (preview.notice) io.stdout(`${t(`xlsx:preview.${preview.notice}`, { sheet: preview.sheet.name })}\n`);
  io.stdout(`${t('xlsx:preview.columns', { sheet: preview.sheet.name, row: preview.sheet.headerRow, rows: preview.sheet.rowCount })}\n`);
  const labels = new Map(preview.fields.map((field) => [field.key, field.label]));
  for (const column of preview.columns) {
    io.stdout(`  ${column.letter.padEnd(3)} ${column.header || '—'} → ${column.field ? labels.get(column.field) : t('xlsx:preview.notImported')}\n`);
  }
  for (const created of preview.created) io.stdout(`${t('xlsx:preview.created', { what: `${created.label}: ${created.names.join('; ')}` })}\n`);
  if (preview.problems.length > 0) {
    io.stdout(`${t('xlsx:preview.problems', { count: preview.counts.rejected })}\n`);
    for (const problem of preview.problems) {
      const where = problem.column
        ? t('xlsx:problems.whereColumn', { row: problem.row, column: problem.column, header: problem.header ?? '' })
        : t('xlsx:problems.whereRow', { row: problem.row });
      io.stdout(`  ${where}: ${problem.message}\n`);
    }
  }
  io.stdout(`${t('xlsx:preview.ready', { count: preview.counts.takeable })}\n`);
}

export const importXlsxCommand: Command = {
  words: ['import', 'xlsx'],
  usage: 'ropa import xlsx IN.xlsx --db FILE [--org ID] [--replace] [--dry-run]',
  summary: 'cliCommands:importXlsx',
  options: { db: { type: 'string' }, org: { type: 'string' }, replace: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  positionals: [1, 1],
  async run({ positionals, values }, io) {
    const input = resolve(io.cwd, positionals[0] as string);
    const target = registerOption(values, io);
    if (!existsSync(input)) throw new AppError('FILE_NOT_FOUND', { file: basename(input) });
    const { assertImportable, buildPreview, planWorkbookImport, readImportWorkbook, readWorkbookFile } = await import('../../xlsx/import-workbook.ts');
    const { loadRegisterState } = await import('../../xlsx/import-plan.ts');
    const loaded = await readImportWorkbook(readWorkbookFile(input), basename(input), io.lang);
    const options = {
      lang: io.lang,
      today: isoToday(io.now()),
      organisationId: typeof values.org === 'string' ? values.org : undefined,
      replace: values.replace === true,
    };
    const t = translator(io.lang);
    const report = (summary: { activities: number; processors: number; retentionRules: number }) =>
      io.stderr(`${t('cli:imported', { activities: summary.activities, processors: summary.processors, rules: summary.retentionRules })}\n`);

    if (isNewRegisterFile(target)) {
      if (loaded.source !== 'ropa') throw new AppError('FILE_NOT_FOUND', { file: basename(target) });
      if (values['dry-run']) {
        const nothing = { organisations: [], catalogues: loaded.document.catalogues, processors: [], retentionRules: [], activities: [] };
        printPreview(buildPreview(loaded, null, nothing, { previewId: '', lang: io.lang, registerHasContent: false }), io);
        return 0;
      }
      report(await importWorkbookIntoNewRegister(target, loaded, options, io.now));
      return 0;
    }

    const dryRun = values['dry-run'] === true;
    const session = await openRegister(target, dryRun ? { now: io.now, readOnly: true } : { now: io.now, whenLocked: 'fail', language: io.lang, author: io.author });
    try {
      if (values['dry-run']) {
        const state = await loadRegisterState(session.db);
        const plan = planWorkbookImport(loaded, state, options);
        const registerHasContent = await hasContent(session.db);
        printPreview(buildPreview(loaded, plan, state, { previewId: '', lang: io.lang, registerHasContent }), io);
        assertImportable(loaded, plan, state, io.lang);
        if (loaded.source === 'ropa' && registerHasContent && !options.replace) throw new AppError('REGISTER_NOT_EMPTY');
        return 0;
      }
      report(await importWorkbook(session, loaded, options));
      return 0;
    } finally {
      await session.close();
    }
  },
};
