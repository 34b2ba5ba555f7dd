/**
 * `ropa breaches list|export` and `ropa requests list|export`: the breach
 * register and the request log from the command line. `list` prints a table
 * (or `--json`: the records with their clock or deadline); `export` writes
 * the records as CSV with the workbook sheet's columns (or `--json`: the
 * records as the exchange format holds them), and `breaches export
 * --notice ID` the DVI notification draft as plain text. One factory serves
 * both records (house style §8).
 */
import { resolve } from 'node:path';
import type { Breach } from '../../../shared/domain/breach.ts';
import type { SubjectRequest } from '../../../shared/domain/subject-request.ts';
import { breachClock, requestDeadline, requestDue } from '../../../shared/dpo-deadlines.ts';
import { formatDate, formatTimestamp, isoToday } from '../../../shared/format.ts';
import { translator, type Translate } from '../../../shared/i18n/index.ts';
import { getBreach, loadBreaches } from '../../db/repositories/breach-repository.ts';
import { loadSubjectRequests } from '../../db/repositories/subject-request-repository.ts';
import { writeChosenFile } from '../../services/atomic-write.ts';
import { breachNotificationText } from '../../services/breach-notice.ts';
import { readRegisterDocument } from '../../services/register-document.ts';
import { openRegister } from '../../services/register-files.ts';
import type { RegisterSession } from '../../services/register-session.ts';
import type { CellValue } from '../../xlsx/cells.ts';
import { breachesSheet, requestsSheet } from '../../xlsx/dpo-sheets.ts';
import { registerText } from '../../xlsx/register-text.ts';
import type { SheetSpec } from '../../xlsx/sheet-model.ts';
import { UsageError, type CliIO, type Command, registerOption } from '../command.ts';

type Values = Record<string, string | boolean | undefined>;

async function withRegister<T>(values: Values, io: CliIO, work: (session: RegisterSession) => Promise<T>): Promise<T> {
  const session = await openRegister(registerOption(values, io), { now: io.now, readOnly: true });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

function printTable(io: CliIO, table: string[][]): void {
  const widths = table[0]!.map((_, column) => Math.min(50, Math.max(...table.map((row) => row[column]!.length))));
  for (const row of table) io.stdout(`${row.map((cell, column) => (cell.length > 50 ? `${cell.slice(0, 49)}…` : cell).padEnd(widths[column]!)).join('  ').trimEnd()}\n`);
}

const csvCell = (value: CellValue): string => {
  const text = value instanceof Date ? formatDate(value.toISOString().slice(0, 10)) : value === null || value === undefined ? '' : String(value);
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A sheet as CSV: semicolons (what Excel expects in Latvia), UTF-8 with a byte order mark, CRLF. */
export function sheetCsv(sheet: SheetSpec): string {
  const rows = [sheet.columns.map((c) => c.header), ...sheet.rows];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

function output(values: Values, io: CliIO, text: string): void {
  if (typeof values.out === 'string') writeChosenFile(resolve(io.cwd, values.out), text);
  else io.stdout(text);
}

function checkYear(values: Values): string | undefined {
  const year = values.year;
  if (year === undefined) return undefined;
  if (typeof year !== 'string' || !/^\d{4}$/.test(year)) throw new UsageError('--year YYYY');
  return year;
}

const listOptions = { db: { type: 'string' }, json: { type: 'boolean' }, open: { type: 'boolean' }, year: { type: 'string' } } as const;
const exportOptions = { db: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } } as const;

function breachCells(t: Translate, b: Breach, now: string): string[] {
  const clock = breachClock(b, now);
  const clockText =
    clock.state === 'running'
      ? t('dpoRecords:clock.running', { hours: clock.hoursLeft, due: formatTimestamp(clock.due) })
      : clock.state === 'overdue'
        ? t('dpoRecords:clock.overdue', { hours: clock.hoursOver })
        : t('dpoRecords:clock.settled');
  return [b.number, b.title, formatTimestamp(b.awareAt), t(`dpoRecords:risk.${b.risk ?? 'none'}`), t(`dpoRecords:dviDecision.${b.dviDecision}`), clockText, t(`dpoRecords:status.${b.status}`)];
}

export const breachesListCommand: Command = {
  words: ['breaches', 'list'],
  usage: 'ropa breaches list --db FILE [--open] [--year YYYY] [--json]',
  summary: 'cliCommands:breachesList',
  options: listOptions,
  positionals: [0, 0],
  async run({ values }, io) {
    const year = checkYear(values);
    return withRegister(values, io, async (session) => {
      const now = io.now().toISOString();
      const rows = (await loadBreaches(session.db))
        .filter((b) => (!values.open || b.status === 'open') && (!year || b.awareAt.startsWith(year)))
        .map((b) => ({ ...b, clock: breachClock(b, now) }));
      if (values.json) {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return 0;
      }
      const t = translator(io.lang);
      const f = (key: string) => t(`dpoRecords:breach.${key}`);
      printTable(io, [[f('number'), f('title'), f('awareAt'), f('risk'), f('dviDecision'), f('clock'), f('status')], ...rows.map((b) => breachCells(t, b, now))]);
      return 0;
    });
  },
};

export const breachesExportCommand: Command = {
  words: ['breaches', 'export'],
  usage: 'ropa breaches export --db FILE [--out FILE] [--json] [--notice ID [--out DRAFT.pdf|.txt]]',
  summary: 'cliCommands:breachesExport',
  options: { ...exportOptions, notice: { type: 'string' } },
  positionals: [0, 0],
  async run({ values }, io) {
    return withRegister(values, io, async (session) => {
      if (typeof values.notice === 'string') {
        const breach = await getBreach(session.db, values.notice);
        if (typeof values.out === 'string' && values.out.toLowerCase().endsWith('.pdf')) {
          // Loaded here: pdfmake and its fonts are only needed for the PDF.
          const { breachNoticePdf } = await import('../../pdf/breach-notice-pdf.ts');
          writeChosenFile(resolve(io.cwd, values.out), await breachNoticePdf(session.db, breach, io.lang, isoToday(io.now())));
        } else output(values, io, await breachNotificationText(session.db, breach, io.lang, isoToday(io.now())));
        return 0;
      }
      const document = await readRegisterDocument(session.db);
      const breaches = document.breaches ?? [];
      output(values, io, values.json ? `${JSON.stringify(breaches, null, 2)}\n` : sheetCsv(breachesSheet(registerText(document, io.lang), breaches)));
      return 0;
    });
  },
};

function requestCells(t: Translate, r: SubjectRequest, today: string): string[] {
  return [r.number, t(`dpoRecords:type.${r.type}`), formatDate(r.receivedOn), formatDate(requestDeadline(r)), t(`dpoRecords:due.${requestDue(r, today)}`), t(`dpoRecords:outcome.${r.outcome}`), r.requester];
}

export const requestsListCommand: Command = {
  words: ['requests', 'list'],
  usage: 'ropa requests list --db FILE [--open] [--overdue] [--type TYPE] [--year YYYY] [--json]',
  summary: 'cliCommands:requestsList',
  options: { ...listOptions, overdue: { type: 'boolean' }, type: { type: 'string' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const year = checkYear(values);
    return withRegister(values, io, async (session) => {
      const today = isoToday(io.now());
      const rows = (await loadSubjectRequests(session.db))
        .map((r) => ({ ...r, deadline: requestDeadline(r), due: requestDue(r, today) }))
        .filter(
          (r) =>
            (!values.open || r.status === 'open') &&
            (!values.overdue || r.due === 'overdue') &&
            (typeof values.type !== 'string' || r.type === values.type) &&
            (!year || r.receivedOn.startsWith(year)),
        );
      if (values.json) {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return 0;
      }
      const t = translator(io.lang);
      const f = (key: string) => t(`dpoRecords:request.${key}`);
      printTable(io, [[f('number'), f('type'), f('receivedOn'), f('deadline'), f('due'), f('outcome'), f('requester')], ...rows.map((r) => requestCells(t, r, today))]);
      return 0;
    });
  },
};

export const requestsExportCommand: Command = {
  words: ['requests', 'export'],
  usage: 'ropa requests export --db FILE [--out FILE] [--json]',
  summary: 'cliCommands:requestsExport',
  options: exportOptions,
  positionals: [0, 0],
  async run({ values }, io) {
    return withRegister(values, io, async (session) => {
      const document = await readRegisterDocument(session.db);
      const requests = document.subjectRequests ?? [];
      output(values, io, values.json ? `${JSON.stringify(requests, null, 2)}\n` : sheetCsv(requestsSheet(registerText(document, io.lang), requests)));
      return 0;
    });
  },
};
