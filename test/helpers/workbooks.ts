/** Workbooks for the Excel tests: the demo register exported, and spreadsheets as a DPO makes them. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../main/db/schema.ts';
import { afterAll } from 'vitest';
import { runCli } from '../../main/cli/index.ts';
import { createRegisterFile } from '../../main/db/connection.ts';
import { seedDemo, DEMO_ORGANISATION_NAME } from '../../main/demo/demo-register.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { openRegister } from '../../main/services/register-files.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { exportRegisterWorkbook } from '../../main/xlsx/export-workbook.ts';
import { readCellValue, type ReadValue } from '../../main/xlsx/cells.ts';
import { saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { loadRegisterState } from '../../main/xlsx/import-plan.ts';
import { writeWorkbookImport, type WorkbookImport } from '../../main/xlsx/import-workbook.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import { steppingClock, tempDir } from './temp.ts';

/** The moment the tests' exports are made: noon on the machine's wall clock, so the export day is 21.11.2026 in any time zone. */
export const EXPORT_TIME = new Date(2026, 10, 21, 12, 0, 0);

/** A folder that lives for the whole test file (tempDir's folders go after each test). Call at module level. */
export function suiteDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-suite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A demo register file (18 activities, two organisations) made on a fixed clock. */
export async function demoRegisterFile(dir = tempDir()): Promise<string> {
  const path = join(dir, 'demo.ropa');
  const now = steppingClock();
  const connection = await createRegisterFile(path, { now, title: DEMO_ORGANISATION_NAME, initialise: (trx) => seedDemo(trx, { now }) });
  await connection.close();
  return path;
}

/** An open register's workbook export (a file or a team register), at the suites' export time. */
export function exportWorkbookOf(db: Kysely<DB>, lang: Language = 'lv', organisationId?: string): Promise<Buffer> {
  return exportRegisterWorkbook(db, { lang, now: EXPORT_TIME, organisationId });
}

/** A register file's workbook export. */
export async function exportFile(path: string, lang: Language = 'lv', organisationId?: string): Promise<Buffer> {
  const session = await openRegister(path, { now: () => EXPORT_TIME, readOnly: true });
  try {
    return await exportWorkbookOf(session.db, lang, organisationId);
  } finally {
    await session.close();
  }
}

/** A register file's JSON exchange document. */
export async function documentOf(path: string): Promise<RegisterDocument> {
  const session = await openRegister(path, { now: () => EXPORT_TIME, readOnly: true });
  try {
    return await exportRegister(session.db);
  } finally {
    await session.close();
  }
}

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every sheet's values (hidden ones included), row by row, from row 1. */
export function workbookValues(workbook: ExcelJS.Workbook, options: { visibleOnly?: boolean } = {}): Map<string, ReadValue[][]> {
  const sheets = new Map<string, ReadValue[][]>();
  for (const sheet of workbook.worksheets) {
    if (options.visibleOnly && sheet.state !== 'visible') continue;
    const rows: ReadValue[][] = [];
    for (let r = 1; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      const cells: ReadValue[] = [];
      for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(readCellValue(row.getCell(c)));
      rows.push(cells);
    }
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

export interface SheetDraft {
  name: string;
  rows: Array<Array<ExcelJS.CellValue>>;
  /** Ranges to merge, 'A1:D1'. */
  merges?: string[];
}

/** A workbook as a DPO makes one in Excel: plain sheets of values. */
export async function spreadsheet(sheets: readonly SheetDraft[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const draft of sheets) {
    const sheet = workbook.addWorksheet(draft.name);
    for (const row of draft.rows) sheet.addRow(row);
    for (const range of draft.merges ?? []) sheet.mergeCells(range);
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Runs the `ropa` command in this process (same code as the real process), capturing its output. */
export async function ropaInProcess(args: string[], lang: Language = 'en'): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: steppingClock(),
    lang,
    cwd: process.cwd(),
  });
  return { status, stdout, stderr };
}

/**
 * A workbook read for import (an edited export, a DPO's sheet) imported into
 * a new register that holds one organisation, as the app does; answers the
 * new register as a document.
 */
export async function importIntoOrganisationRegister(loaded: WorkbookImport, organisationName = 'SIA Koks'): Promise<RegisterDocument> {
  const target = join(tempDir(), 'imported.ropa');
  const now = steppingClock();
  const connection = await createRegisterFile(target, {
    now,
    initialise: async (trx) => {
      await saveOrganisation(trx, emptyOrganisation(organisationName), { now });
      await writeWorkbookImport(trx, loaded, await loadRegisterState(trx), { now }, { lang: 'lv', today: '2026-11-22' });
    },
  });
  await connection.close();
  return documentOf(target);
}
