/**
 * LibreOffice Calc (headless) as a real reader of exported workbooks: it
 * converts every sheet to CSV (one file per sheet) or saves the workbook
 * again, as a DPO's spreadsheet program would. Each run gets its own profile
 * folder, so parallel runs do not clash.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tempDir } from './temp.ts';

/**
 * CSV export options (LibreOffice 7.4): comma, double quote, UTF-8, from
 * line 1, cells as shown (so dates read as dd.mm.yyyy), every sheet (-1).
 */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

function soffice(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const profile = tempDir('lo-profile-');
  const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A minimal RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CsvConversion {
  status: number | null;
  stderr: string;
  /** Sheet name -> its rows. */
  sheets: Map<string, string[][]>;
}

/** Converts every sheet of a workbook to CSV with LibreOffice. */
export function workbookToCsv(path: string): CsvConversion {
  const out = tempDir('lo-csv-');
  const result = soffice(['--convert-to', CSV_ALL_SHEETS, '--outdir', out, path]);
  const prefix = `${basename(path).replace(/\.xlsx$/i, '')}-`;
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(out)) {
    if (name.startsWith(prefix) && name.endsWith('.csv')) {
      sheets.set(name.slice(prefix.length, -4), parseCsv(readFileSync(join(out, name), 'utf8')));
    }
  }
  return { status: result.status, stderr: result.stderr, sheets };
}

/** Opens a workbook in LibreOffice and saves it again as .xlsx (Calc's own writer); returns the new file's path. */
export function resaveWithLibreOffice(path: string): string {
  const out = tempDir('lo-xlsx-');
  const result = soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, path]);
  if (result.status !== 0) throw new Error(`LibreOffice failed: ${result.stderr}`);
  return join(out, basename(path));
}
