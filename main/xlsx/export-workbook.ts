/**
 * The register as an Excel workbook (Art. 30(4): what the DPO hands the
 * authority). Plain Node: handed the document, the language, the clock and
 * the version facts; returns the file's bytes.
 *
 * Sheets, in order: about the register (organisations, DPO, representative,
 * export date, version, fingerprints); the controller's record (Art. 30(1));
 * the processor's record (Art. 30(2)); processors and other recipients;
 * retention rules; transfers to third countries; any extra sheets the caller
 * passes (the seam for the compliance findings sheet); and the veryHidden
 * data sheet (embedded-document.ts) that makes the import lossless.
 *
 * Every table sheet has its header row frozen, an autofilter, wrapped text,
 * fixed column widths, dates as real dates shown dd.mm.gggg, and a print
 * setup of A4 landscape, fit to one page wide, header row on every page.
 *
 * Written by our own writer (workbook-writer.ts, issue 19): each row's XML
 * is made straight from the cell values and handed to the streamed ZIP
 * (native zlib deflate), so the workbook is never held whole in memory and
 * no per-cell objects are made. exceljs's streaming writer, which it
 * replaced, is kept as the reference it is tested against
 * (exceljs-writer.ts; docs/excel-speed.md has the figures). The stream goes
 * straight into the temporary file of the atomic, no-follow write
 * (`writeChosenFileStreamed`).
 */
import { PassThrough, type Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { collator, isoToday, sortByText } from '../../shared/format.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import type { DB } from '../db/schema.ts';
import { historyHead } from '../db/repositories/history-repository.ts';
import { readRegisterDocument, serialiseRegister } from '../services/register-document.ts';
import { documentForOrganisation } from '../services/register-view.ts';
import { dpoSheets } from './dpo-sheets.ts';
import { findingsSheet } from './findings-sheet.ts';
import { shortHash, versionOf, type RegisterVersion } from '../services/register-version.ts';
import { cellText, sheetsFingerprint, type CellValue } from './cells.ts';
import { dataSheetRows, packDocument, type PackedDocument } from './embedded-document.ts';
import { coverSheet, processorsSheet, retentionSheet, transfersSheet } from './list-sheets.ts';
import { registerText } from './register-text.ts';
import { controllerSheet, processorSheet } from './register-sheets.ts';
import { sheetRows, type SheetSpec, type WorkbookContent } from './sheet-model.ts';
import { writeWorkbook } from './workbook-writer.ts';
import { packRegisterDocument } from './pack-stream.ts';
import type { RegisterAsOf } from '../services/versions/as-of.ts';
import { checkCancelled, reportProgress } from '../engine/tasks.ts';

export type { WorkbookContent } from './sheet-model.ts';
export { writeWorkbookContent, type WorkbookWriter } from './exceljs-writer.ts';

export interface XlsxExportOptions {
  lang: Language;
  now: Date;
  version: RegisterVersion;
  /** The document's exchange text packed for the data sheet (`packDocument`), when the caller already has it; its SHA-256 is `version.contentHash`. */
  packed?: PackedDocument;
  /**
   * Sheets placed after the register's own, before the hidden data sheet.
   * exportRegisterWorkbook puts the compliance findings sheet here.
   */
  extraSheets?: readonly SheetSpec[];
}

/** The visible sheets of the export, as data (no exceljs yet). */
export function registerSheets(document: RegisterDocument, options: XlsxExportOptions): SheetSpec[] {
  const text = registerText(document, options.lang);
  const compare = collator(options.lang).compare;
  const organisationName = (id: string) => text.organisation(id)?.name ?? '';
  const activities = [...document.activities].sort(
    (a, b) => compare(organisationName(a.organisationId), organisationName(b.organisationId)) || compare(a.number, b.number) || compare(a.name, b.name),
  );
  return [
    coverSheet(text, {
      exportedOn: options.now,
      version: options.version.version,
      contentHash: options.version.contentHash,
      headHash: options.version.headHash,
      changedAt: options.version.changedAt,
      fingerprint: options.version.fingerprint,
      fingerprintShort: shortHash(options.version.fingerprint),
      contentHashShort: shortHash(options.version.contentHash),
      headHashShort: shortHash(options.version.headHash),
    }),
    controllerSheet(text, activities.filter((a) => a.kind === 'controller')),
    processorSheet(text, activities.filter((a) => a.kind === 'processor')),
    processorsSheet(text, sortByText(document.processors, (p) => p.name, options.lang)),
    retentionSheet(text, sortByText(document.retentionRules, (r) => r.name, options.lang)),
    transfersSheet(text, activities),
    ...dpoSheets(text),
    ...(options.extraSheets ?? []),
  ];
}

function writeCell(value: CellValue): CellValue {
  return typeof value === 'string' ? cellText(value) : value;
}

/**
 * Every text of a freshly made sheet turned, in place, into what is written
 * to its cell (`cellText`), once: the fingerprint and the writer then take
 * the values as they are (each scanned every text again, a tenth of the
 * cells' cost at 10,000 activities).
 */
function cleanTexts(sheet: SheetSpec): SheetSpec {
  for (const column of sheet.columns) column.header = cellText(column.header);
  for (const row of sheet.rows) for (let index = 0; index < row.length; index += 1) row[index] = writeCell(row[index] ?? null);
  return sheet;
}

/** The workbook's content for `document`: its sheets, and the data sheet that carries the document and the sheets' fingerprint. */
export function workbookContent(document: RegisterDocument, options: XlsxExportOptions): WorkbookContent {
  const t = translator(options.lang);
  const sheets = registerSheets(document, options).map(cleanTexts);
  const fingerprint = sheetsFingerprint(sheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) })), true);
  return {
    sheets,
    dataRows: dataSheetRows(options.packed ?? packDocument(serialiseRegister(document)), fingerprint),
    title: `${t('common:register')} — ${document.register.title}`,
    footer: `${document.register.title} — ${t('common:register')}`,
    now: options.now,
  };
}

/**
 * Streams the content's workbook into `output` (our own writer,
 * workbook-writer.ts), and ends it. Deterministic for a given content (the
 * file's own timestamps are the export time).
 */
export const streamWorkbook: (content: WorkbookContent, output: Writable) => Promise<void> = writeWorkbook;

/** What `write` streams, collected into one buffer (tests, the CLI's callers that want bytes). */
export async function collectBytes(write: (output: Writable) => Promise<void>): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  await write(output);
  await ended;
  return Buffer.concat(chunks);
}

/** Writes a prepared export into a stream, and ends it. */
export type WorkbookSource = (output: Writable) => Promise<void>;

export interface RegisterWorkbookOptions {
  lang: Language;
  now: Date;
  organisationId?: string | undefined;
  extraSheets?: readonly SheetSpec[];
  asOf?: RegisterAsOf;
}

/**
 * The open register's workbook content: the whole register, or one
 * organisation's part of it (`organisationId`; NOT_FOUND when unknown,
 * thrown here, before anything is written or a file is chosen).
 */
export async function registerWorkbookContent(db: Kysely<DB>, options: RegisterWorkbookOptions): Promise<WorkbookContent> {
  reportProgress('reading', 0, null);
  // As of a moment (`ropa export xlsx --as-of`): the rebuilt register and that moment's history head.
  const document = documentForOrganisation(options.asOf?.document ?? (await readRegisterDocument(db)), options.organisationId);
  checkCancelled();
  // The data sheet's copy, packed a piece at a time (never the whole text in memory); its hash is registerVersion's content hash.
  const packed = await packRegisterDocument(document);
  const head = options.asOf?.moment ?? (await historyHead(db));
  const version: RegisterVersion = versionOf(head, packed.sha256);
  // The compliance findings on the export day (issue 6), then any sheets the caller adds.
  const extraSheets = [findingsSheet(document, options.lang, isoToday(options.now)), ...(options.extraSheets ?? [])];
  // The cells computed now; the document and its text are let go before the (long) writing starts.
  return workbookContent(document, { lang: options.lang, now: options.now, version, packed, extraSheets });
}

/** The open register's workbook, ready to be streamed (see `registerWorkbookContent`). */
export async function prepareRegisterWorkbook(db: Kysely<DB>, options: RegisterWorkbookOptions): Promise<WorkbookSource> {
  const content = await registerWorkbookContent(db, options);
  return (output) => streamWorkbook(content, output);
}

/** The open register as workbook bytes (see `prepareRegisterWorkbook`). */
export async function exportRegisterWorkbook(db: Kysely<DB>, options: RegisterWorkbookOptions): Promise<Buffer> {
  return collectBytes(await prepareRegisterWorkbook(db, options));
}
