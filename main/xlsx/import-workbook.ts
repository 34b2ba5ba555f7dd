/**
 * Importing a workbook: ROPA's own export whole and without loss, or a
 * register table the DPO keeps elsewhere, read by its columns
 * (import-plan.ts). The same steps serve the CLI and the app's preview and
 * commit: read and guard the file, classify it, plan, write in one
 * transaction.
 */
import { statSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type { XlsxMapping, XlsxPreview } from '../../shared/contract/xlsx.ts';
import { XLSX_IMPORT_FIELDS } from '../../shared/contract/xlsx.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import { AppError } from '../errors.ts';
import type { DB } from '../db/schema.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { importRegisterDocument } from '../services/json-exchange.ts';
import { FIELD_SPECS, fieldLabel } from './column-map.ts';
import { DATA_SHEET_NAME, readEmbeddedDocument } from './embedded-document.ts';
import { type ImportPlan, type RegisterState, type SpreadsheetImportSummary, assertPlanWritable, planSpreadsheetImport, writeImportPlan } from './import-plan.ts';
import { findRegisterTable, type RegisterTable } from './import-table.ts';
import type { WorkbookReadProgress } from './read-progress.ts';
import { valueText } from './value-parsers.ts';
import { UNPACKED_LIMIT_BYTES, checkSheetTable, checkWorkbookBytes } from './workbook-guard.ts';

export type WorkbookImport =
  | { source: 'ropa'; file: string; document: RegisterDocument }
  | { source: 'spreadsheet'; file: string; table: RegisterTable; notice: 'editedAfterExport' | 'dataDamaged' | null };

/** Reads a workbook file the user chose, refusing one larger than anything it could unpack to. */
export function readWorkbookFile(path: string): Buffer {
  const size = statSync(path).size;
  if (size > UNPACKED_LIMIT_BYTES) {
    throw new AppError('XLSX_TOO_LARGE', { file: basename(path), size: `${Math.round(size / 1048576)} MB`, limit: `${UNPACKED_LIMIT_BYTES / 1048576} MB` });
  }
  return readFileSync(path);
}

/**
 * Guards, parses and classifies a workbook (`file` names it in messages,
 * `lang` is the language of the field names they quote).
 * Throws the guard's errors (workbook-guard.ts), XLSX_EMPTY and
 * XLSX_MISSING_COLUMNS, or the JSON exchange's errors for a ROPA export
 * whose data is intact but not importable (a newer format).
 */
export async function readImportWorkbook(bytes: Buffer, file: string, lang: Language, progress?: WorkbookReadProgress): Promise<WorkbookImport> {
  checkWorkbookBytes(bytes, file, progress?.checking);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError('XLSX_DAMAGED', { file, detail: error instanceof Error ? error.message.slice(0, 200) : String(error) });
  }
  if (workbook.worksheets.length === 0) throw new AppError('XLSX_EMPTY', { file });
  progress?.classifying();
  const ownExport = workbook.getWorksheet(DATA_SHEET_NAME) !== undefined;
  if (ownExport) for (const sheet of workbook.worksheets) checkSheetTable(sheet, 1, file);
  const embedded = readEmbeddedDocument(workbook);
  if (embedded.status === 'intact') return { source: 'ropa', file, document: embedded.document };
  const notice = embedded.status === 'edited' ? 'editedAfterExport' : embedded.status === 'damaged' ? 'dataDamaged' : null;
  const controllerSheets = (['lv', 'en'] as const).map((lang) => translator(lang)('xlsx:sheets.controller'));
  const table = findRegisterTable(workbook, file, {
    lang,
    preferredSheet: notice ? controllerSheets.find((name) => workbook.getWorksheet(name)) : undefined,
    skipSheets: [DATA_SHEET_NAME],
  });
  return { source: 'spreadsheet', file, table, notice };
}

/** The preview the app shows (and `ropa import xlsx --dry-run` prints), for a read workbook. */
export function buildPreview(
  loaded: WorkbookImport,
  plan: ImportPlan | null,
  state: RegisterState,
  options: { previewId: string; lang: Language; registerHasContent: boolean },
): XlsxPreview {
  const { previewId, lang } = options;
  const t = translator(lang);
  const organisations = state.organisations.map((o) => ({ id: o.id, name: o.name }));
  if (loaded.source === 'ropa') {
    const document = loaded.document;
    return {
      previewId,
      fileName: loaded.file,
      source: 'ropa',
      notice: null,
      replaceNeeded: options.registerHasContent,
      sheet: { name: DATA_SHEET_NAME, headerRow: 0, rowCount: document.activities.length },
      register: {
        title: document.register.title,
        organisations: document.organisations.length,
        activities: document.activities.length,
        processors: document.processors.length,
        retentionRules: document.retentionRules.length,
      },
      fields: [],
      columns: [],
      missing: [],
      organisations,
      organisationId: null,
      problems: [],
      counts: { rows: document.activities.length, takeable: document.activities.length, rejected: 0 },
      created: [],
    };
  }
  const table = loaded.table;
  const planned = plan as ImportPlan;
  const samples = (letter: string) =>
    table.rows
      .slice(0, 3)
      .map((row) => valueText(row.cells.get(letter) ?? null))
      .filter(Boolean)
      .map((text) => (text.length > 120 ? `${text.slice(0, 119)}…` : text));
  const created: XlsxPreview['created'] = [];
  for (const catalogue of ['dataCategories', 'dataSubjectCategories', 'recipientCategories'] as const) {
    const names = planned.newCatalogueEntries.filter((entry) => entry.catalogue === catalogue).map((entry) => entry.name);
    if (names.length > 0) created.push({ kind: catalogue, label: t(`fields:catalogues.${catalogue}`), names });
  }
  if (planned.newProcessors.length > 0) created.push({ kind: 'processors', label: t('fields:processor._plural'), names: planned.newProcessors.map((p) => p.name) });
  if (planned.newRules.length > 0) created.push({ kind: 'retentionRules', label: t('fields:retentionRule._plural'), names: planned.newRules.map((r) => r.name) });
  return {
    previewId,
    fileName: loaded.file,
    source: 'spreadsheet',
    notice: loaded.notice,
    replaceNeeded: false,
    sheet: { name: table.sheetName, headerRow: table.headerRow, rowCount: table.rows.length },
    register: null,
    fields: XLSX_IMPORT_FIELDS.map((key) => ({ key, label: fieldLabel(key, t), required: FIELD_SPECS[key].required === true })),
    columns: planned.columns.map((column) => ({
      letter: column.letter,
      header: column.header,
      samples: samples(column.letter),
      field: column.field,
      candidates: column.candidates,
    })),
    missing: planned.missing.map((field) => fieldLabel(field, t)),
    organisations,
    organisationId: planned.organisationId,
    problems: planned.problems,
    counts: { rows: planned.rows, takeable: planned.rows - planned.rejectedRows, rejected: planned.rejectedRows },
    created,
  };
}

export interface ImportOptions {
  lang: Language;
  today: string;
  mapping?: XlsxMapping | undefined;
  organisationId?: string | undefined;
  /** Told as rows are planned (the read worker's progress). */
  onRows?: ((planned: number, total: number) => void) | undefined;
}

/** The plan for a spreadsheet import; null for a ROPA export (imported whole). */
export function planWorkbookImport(loaded: WorkbookImport, state: RegisterState, options: ImportOptions): ImportPlan | null {
  if (loaded.source === 'ropa') return null;
  return planSpreadsheetImport(loaded.table, state, options);
}

export type WorkbookImportSummary = SpreadsheetImportSummary;

/** A plan made beforehand (in the read worker), and the register's state it was made against. */
export interface PlannedImport {
  plan: ImportPlan;
  state: RegisterState;
}

/**
 * Writes a read workbook into the register, in the caller's transaction:
 * a ROPA export whole (into an empty register, or replacing its content with
 * `replace`); a spreadsheet as planned, refused while any row cannot be taken.
 * A plan made beforehand (`planned`) is written as it is when the register
 * is still in the state it was made against, and made again here otherwise.
 */
export async function writeWorkbookImport(
  trx: Kysely<DB>,
  loaded: WorkbookImport,
  state: RegisterState,
  ctx: WriteContext,
  options: ImportOptions & { replace?: boolean; planned?: PlannedImport | undefined },
): Promise<WorkbookImportSummary> {
  if (loaded.source === 'ropa') {
    const summary = await importRegisterDocument(trx, loaded.document, ctx, { replace: options.replace ?? false });
    return { ...summary, created: 0 };
  }
  const { planned } = options;
  const plan = planned && isDeepStrictEqual(planned.state, state) ? planned.plan : planSpreadsheetImport(loaded.table, state, options);
  assertImportable(loaded, plan, state, options.lang);
  return writeImportPlan(trx, plan, state, ctx, options.lang);
}

/**
 * Refuses what cannot be imported as planned: required columns missing,
 * no organisation chosen, rows that cannot be taken. A ROPA export (no plan)
 * passes.
 */
export function assertImportable(loaded: WorkbookImport, plan: ImportPlan | null, state: RegisterState, lang: Language): void {
  if (loaded.source === 'ropa' || !plan) return;
  if (plan.missing.length > 0) {
    const t = translator(lang);
    throw new AppError('XLSX_MISSING_COLUMNS', {
      file: loaded.file,
      sheet: loaded.table.sheetName,
      columns: plan.missing.map((field) => fieldLabel(field, t)).join(' / '),
    });
  }
  assertPlanWritable(plan, state, lang);
}
