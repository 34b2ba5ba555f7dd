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
 * Written with exceljs's streaming writer (`stream.xlsx.WorkbookWriter`):
 * each row is turned into XML and handed to the ZIP stream (native zlib
 * deflate) as soon as it is styled, so the workbook is never held whole in
 * memory. At 10,000 activities the in-memory workbook took 6.5 s and 1.3 GB;
 * the streaming writer, the same cells and styles, about a fifth of the time
 * with flat memory (docs/benchmarks.md). The stream goes straight into the
 * temporary file of the atomic, no-follow write (`writeChosenFileStreamed`).
 */
import { PassThrough, type Writable } from 'node:stream';
import type { stream, Style } from 'exceljs';
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
import { DATA_SHEET_NAME, dataSheetRows, packDocument, type PackedDocument } from './embedded-document.ts';
import { coverSheet, processorsSheet, retentionSheet, transfersSheet } from './list-sheets.ts';
import { registerText } from './register-text.ts';
import { controllerSheet, processorSheet } from './register-sheets.ts';
import { sheetRows, type SheetSpec } from './sheet-model.ts';
import type { RegisterAsOf } from '../services/versions/as-of.ts';
import { checkCancelled, reportProgress } from '../engine/tasks.ts';

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

const DATE_FORMAT = 'dd.mm.yyyy';
/** Rows written between two looks at the cancel flag and two progress reports (the engine posts at most one report per 50 ms anyway). */
const ROWS_PER_STEP = 250;

/**
 * Counts the rows written: every `ROWS_PER_STEP` rows it reports progress
 * (`exporting`, rows of all rows) and throws CANCELLED when the export was
 * cancelled (issue 12), so a cancelled export stops mid-way and the atomic
 * write removes its temporary file. Outside a task both are no-ops.
 */
function rowSteps(total: number): () => void {
  let done = 0;
  reportProgress('exporting', 0, total);
  return () => {
    done += 1;
    if (done % ROWS_PER_STEP !== 0) return;
    checkCancelled();
    reportProgress('exporting', done, total);
  };
}
const HEADER_FILL = 'FFE7ECF2';

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

/** '&' starts a code in Excel's header and footer text. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

export type WorkbookWriter = stream.xlsx.WorkbookWriter;
type WorksheetWriter = ReturnType<WorkbookWriter['addWorksheet']>;

function addTableSheet(workbook: WorkbookWriter, sheet: SheetSpec, footer: string, step: () => void): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${footerText(footer)}&R&P / &N` },
  });
  // The streaming writer writes the filter when the sheet is committed; the row count is known now.
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.columns.length } };
  const columnStyles: Array<Partial<Style>> = sheet.columns.map((column) => ({
    alignment: { wrapText: true, vertical: 'top' },
    ...(column.type === 'date' ? { numFmt: DATE_FORMAT } : {}),
  }));
  worksheet.columns = sheet.columns.map((column, index) => ({ width: column.width, style: columnStyles[index] }));
  const header = worksheet.addRow(sheet.columns.map((column) => column.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  // Each body cell gets its column's style object itself. exceljs gives every
  // new cell a copy, and when writing it finds a cell's style in the
  // workbook's list by rendering the style to XML, unless it has seen that
  // very object before: copies cost an XML rendering per cell (a third of
  // the export's time at 1,000 activities), the shared object one per column.
  // Each row is committed (written out and let go) once styled.
  for (const row of sheet.rows) {
    const added = worksheet.addRow(row);
    added.eachCell({ includeEmpty: true }, (cell, column) => {
      const style = columnStyles[column - 1];
      if (style) cell.style = style as Style;
    });
    added.commit();
    step();
  }
  worksheet.commit();
}

function addCoverSheet(workbook: WorkbookWriter, sheet: SheetSpec, footer: string): void {
  const worksheet: WorksheetWriter = workbook.addWorksheet(sheet.name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: `&L${footerText(footer)}&R&P / &N` },
  });
  worksheet.columns = sheet.columns.map((column, index) => ({
    width: column.width,
    style: { alignment: { wrapText: true, vertical: 'top' }, ...(index === 0 ? { font: { bold: true } } : {}) },
  }));
  for (const row of sheet.rows) {
    const added = worksheet.addRow(row);
    const value = added.getCell(2);
    if (value.value instanceof Date) value.numFmt = DATE_FORMAT;
    if (typeof row[1] === 'number') value.alignment = { horizontal: 'left', vertical: 'top' };
  }
  // A few rows, kept until now so the title row can be made larger.
  worksheet.getRow(1).font = { bold: true, size: 14 };
  worksheet.commit();
}

type ZipArchive = { append(source: unknown, data: Record<string, unknown>): unknown };

/**
 * exceljs's streaming writer whose ZIP entries all carry `date` (the export
 * time) rather than the moment they were written, so the file depends only
 * on its content. Its constructor already adds two entries (the theme and
 * the package's relations) through `addThemes`, the first thing it does
 * once its archive exists; so the archive's `append` is wrapped there,
 * before any entry goes in.
 */
function datedWorkbookWriter(ExcelJS: { stream: { xlsx: { WorkbookWriter: typeof stream.xlsx.WorkbookWriter } } }, options: Partial<stream.xlsx.WorkbookStreamWriterOptions>, date: Date): WorkbookWriter {
  class DatedWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
    override addThemes(): Promise<void> {
      const own = this as unknown as { zip: ZipArchive; dated?: boolean };
      if (!own.dated) {
        const append = own.zip.append.bind(own.zip);
        own.zip.append = (source, data) => append(source, { ...data, date });
        own.dated = true;
      }
      return super.addThemes();
    }
  }
  return new DatedWorkbookWriter(options);
}

/** A workbook's content, ready to be written: the sheets' cells (texts as `cellText` writes them), the hidden data sheet's rows, the file's properties. */
export interface WorkbookContent {
  sheets: readonly SheetSpec[];
  dataRows: readonly CellValue[][];
  title: string;
  /** Printed at the foot of every page. */
  footer: string;
  /** The file's own timestamps. */
  now: Date;
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
 * The content's properties, sheets and hidden data sheet, added to
 * `workbook` row by row, each row committed once styled. Uses only what
 * exceljs's streaming writer and its in-memory workbook share (where a
 * commit does nothing), so the equivalence test can write the same content
 * both ways and compare the two files cell by cell.
 */
export function writeWorkbookContent(workbook: WorkbookWriter, content: WorkbookContent): void {
  workbook.creator = 'ROPA';
  workbook.title = content.title;
  workbook.created = content.now;
  workbook.modified = content.now;
  const step = rowSteps(content.sheets.reduce((sum, sheet) => sum + sheet.rows.length, content.dataRows.length));
  for (const sheet of content.sheets) {
    if (sheet.layout === 'cover') addCoverSheet(workbook, sheet, content.footer);
    else addTableSheet(workbook, sheet, content.footer, step);
  }
  const data = workbook.addWorksheet(DATA_SHEET_NAME, { state: 'veryHidden' });
  for (const row of content.dataRows) {
    data.addRow(row).commit();
    step();
  }
  data.commit();
}

/**
 * Streams the content's cells, styled, into `output` (exceljs's streaming
 * writer), and ends it. Deterministic for a given content (the file's own
 * timestamps are the export time).
 */
export async function streamWorkbook(content: WorkbookContent, output: Writable): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  // Level 3: for the sheets' XML three times faster than level 6, and the file only about a tenth larger.
  const workbook = datedWorkbookWriter(ExcelJS, { stream: output, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 3 } } }, content.now);
  writeWorkbookContent(workbook, content);
  await workbook.commit();
}

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
  // The data sheet's copy, packed first so its text is let go before the cells are made; its hash is registerVersion's content hash.
  const packed = packDocument(serialiseRegister(document));
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
