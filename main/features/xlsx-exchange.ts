/**
 * The Excel workbook as a use case: the one place that knows how an export
 * and an import's write go. `export:xlsx` / `import:xlsxCommit`
 * (handlers/xlsx-handlers.ts) and `ropa export xlsx` / `ropa import xlsx`
 * (cli/commands/exchange-xlsx.ts) call these in one line each; reading,
 * planning and the workbook's layout are main/xlsx's. The xlsx modules are
 * loaded on first use: exceljs is only needed when a workbook is.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../errors.ts';
import type { DB } from '../db/schema.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { writeChosenFileStreamed } from '../services/atomic-write.ts';
import type { RegisterSession } from '../services/register-session.ts';
import type { RegisterWorkbookOptions } from '../xlsx/export-workbook.ts';
import type { ImportOptions, PlannedImport, WorkbookImport, WorkbookImportSummary } from '../xlsx/import-workbook.ts';
import { importIntoNewRegister, importIntoRegister } from './import-into-register.ts';

/**
 * Exports the register's workbook to the file `choosePath` names (a save
 * dialog, or the CLI's --out), streamed into an atomic write. The workbook
 * is prepared first, so an unknown organisation is reported before a file is
 * asked for; no path (the user cancelled) is CANCELLED. Returns the path.
 */
export async function exportWorkbookFile(db: Kysely<DB>, options: RegisterWorkbookOptions, choosePath: () => Promise<string | null> | string | null): Promise<string> {
  const { prepareRegisterWorkbook } = await import('../xlsx/export-workbook.ts');
  const workbook = await prepareRegisterWorkbook(db, options);
  const path = await choosePath();
  if (!path) throw new AppError('CANCELLED');
  // Streamed into the atomic write's temporary file: the workbook is never held whole.
  await writeChosenFileStreamed(path, workbook);
  return path;
}

/** What an import writes with: the options, `replace` for a ROPA export over content, and a plan made beforehand. */
export type WorkbookWriteOptions = ImportOptions & { replace?: boolean; planned?: PlannedImport | undefined };

/** The write of a read (and checked) workbook, in the transaction it is given. */
async function workbookWriter(loaded: WorkbookImport, options: WorkbookWriteOptions): Promise<(trx: Kysely<DB>, ctx: WriteContext) => Promise<WorkbookImportSummary>> {
  const { writeWorkbookImport } = await import('../xlsx/import-workbook.ts');
  const { loadRegisterState } = await import('../xlsx/import-plan.ts');
  return async (trx, ctx) => writeWorkbookImport(trx, loaded, await loadRegisterState(trx), ctx, options);
}

/** Writes a read (and checked) workbook into the open register: backup first, one transaction. */
export async function importWorkbook(session: RegisterSession, loaded: WorkbookImport, options: WorkbookWriteOptions): Promise<WorkbookImportSummary> {
  return importIntoRegister(session, await workbookWriter(loaded, options));
}

/** Creates the register `target` from a workbook (a ROPA export: the caller checks the source). */
export async function importWorkbookIntoNewRegister(target: string, loaded: WorkbookImport, options: WorkbookWriteOptions, now: () => Date): Promise<WorkbookImportSummary> {
  return importIntoNewRegister(target, now, await workbookWriter(loaded, options));
}
