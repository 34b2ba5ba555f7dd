/**
 * `ropa`: the register from the command line, running the same main-process
 * code as the app. Exit codes: 0 success; 1 a check found errors (check,
 * verify); 2 bad usage or bad input, with one line on stderr naming the
 * problem and the register unchanged; 3 an unexpected failure.
 */
import { parseArgs } from 'node:util';
import { asAppError, describeError, AppError } from '../errors.ts';
import { APP_VERSION } from '../app-version.ts';
import { isLanguage, translator, type Language } from '../../shared/i18n/index.ts';
import { UsageError, type CliIO, type Command } from './command.ts';
import { checkCommand } from './commands/check.ts';
import { copyCommand } from './commands/copy.ts';
import { teamGrantCommand } from './commands/team.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { demoCommand } from './commands/demo.ts';
import { breachesExportCommand, breachesListCommand, requestsExportCommand, requestsListCommand } from './commands/dpo-records.ts';
import { exportJsonCommand, importJsonCommand } from './commands/exchange-json.ts';
import { exportXlsxCommand, importXlsxCommand } from './commands/exchange-xlsx.ts';
import { exportPdfCommand } from './commands/export-pdf.ts';
import { initCommand } from './commands/init.ts';
import { listCommand } from './commands/list.ts';
import { noticeCommand } from './commands/notice.ts';
import { repairCommand } from './commands/repair.ts';
import { verifyCommand } from './commands/verify.ts';
import { templatesAddCommand, templatesExportCommand, templatesImportCommand, templatesListCommand, templatesSaveCommand } from './commands/templates.ts';
import { approveCommand, diffCommand, revertCommand, versionsCommand } from './commands/versions.ts';

export const commands: Command[] = [
  initCommand,
  demoCommand,
  listCommand,
  exportJsonCommand,
  importJsonCommand,
  checkCommand,
  verifyCommand,
  repairCommand,
  copyCommand,
  teamGrantCommand,
  backupCommand,
  restoreCommand,
  exportXlsxCommand,
  importXlsxCommand,
  exportPdfCommand,
  noticeCommand,
  templatesListCommand,
  templatesAddCommand,
  templatesSaveCommand,
  templatesExportCommand,
  templatesImportCommand,
  diffCommand,
  approveCommand,
  versionsCommand,
  revertCommand,
  breachesListCommand,
  breachesExportCommand,
  requestsListCommand,
  requestsExportCommand,
];


function helpText(lang: Language): string {
  const t = translator(lang);
  const lines = [`${t('cli:usageTitle')}: ropa <${t('cli:commands').toLowerCase()}> [...]`, '', `${t('cli:commands')}:`];
  for (const command of commands) lines.push(`  ${command.usage}`, `      ${t(command.summary)}`);
  lines.push('', t('cli:globalOptions'), t('cli:exitCodes'), '');
  return lines.join('\n');
}

/** Takes the global options out of argv. */
function globalOptions(argv: string[], fallback: Language): { rest: string[]; lang: Language; help: boolean; version: boolean; author?: string } {
  const rest: string[] = [];
  let lang = fallback;
  let author: string | undefined;
  let help = false;
  let version = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice('--lang='.length) : argv[++index];
      if (!isLanguage(value)) throw new UsageError(`--lang lv|en`);
      lang = value;
    } else if (arg === '--author' || arg.startsWith('--author=')) {
      const value = arg.includes('=') ? arg.slice('--author='.length) : argv[++index];
      if (!value?.trim()) throw new UsageError('--author NAME');
      author = value.trim();
    } else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--version') version = true;
    else rest.push(arg);
  }
  return { rest, lang, help, version, ...(author ? { author } : {}) };
}

function findCommand(words: string[]): Command | undefined {
  return commands
    .filter((command) => command.words.every((word, index) => words[index] === word))
    .sort((a, b) => b.words.length - a.words.length)[0];
}

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let lang = io.lang;
  let command: Command | undefined;
  try {
    const global = globalOptions(argv, io.lang);
    lang = global.lang;
    const scoped = { ...io, lang, ...(global.author ? { author: global.author } : {}) };
    if (global.version) {
      io.stdout(`${APP_VERSION}\n`);
      return 0;
    }
    if (global.help || global.rest.length === 0) {
      io.stdout(helpText(lang));
      return global.help ? 0 : 2;
    }
    command = findCommand(global.rest);
    if (!command) throw new UsageError(translator(lang)('cli:unknownCommand', { command: global.rest.slice(0, 2).join(' ') }));
    const { values, positionals } = parseArgs({
      args: global.rest.slice(command.words.length),
      options: command.options,
      allowPositionals: true,
      strict: true,
    });
    const [min, max] = command.positionals;
    if (positionals.length < min || positionals.length > max) throw new UsageError(`${min === max ? min : `${min}-${max}`} FILE`);
    return await command.run({ positionals, values }, scoped);
  } catch (raw) {
    const error = asAppError(raw);
    const t = translator(lang);
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      const detail = error.message;
      io.stderr(`ropa: ${command ? t('cli:badUsage', { detail, usage: command.usage }) : detail}\n`);
      return 2;
    }
    if (error instanceof AppError) {
      io.stderr(`ropa: ${describeError(error, lang)}\n`);
      return 2;
    }
    io.stderr(`ropa: ${t('cli:internal', { detail: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`);
    return 3;
  }
}
