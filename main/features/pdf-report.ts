/**
 * The PDF audit report as a use case: what is saved, and what is said about
 * it, assembled once. `report:savePdf` (handlers/report-handlers.ts, which
 * renders in a worker and caches per register version) and `ropa export pdf`
 * (cli/commands/export-pdf.ts) both write through `saveReportFile` and both
 * name the characters no report font has with `missingReportGlyphs`; the
 * report's content and layout are main/pdf's.
 */
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { DB } from '../db/schema.ts';
import type { ReportRequest } from '../pdf/report.ts';
import { writeChosenFile, writeFailure } from '../services/atomic-write.ts';
import { serialiseRegister } from '../services/register-document.ts';

/** Writes a rendered report to `path` (atomic, never through a link); a failure is WRITE_FAILED naming `file`. */
export function saveReportFile(path: string, pdf: Uint8Array, file: string = basename(path)): void {
  try {
    writeChosenFile(path, pdf);
  } catch (error) {
    throw writeFailure(error, file);
  }
}

/**
 * Never a silent loss: the characters of the register that no report font
 * has (shown in the PDF as a marker), for the user to be told. pdfmake and
 * its fonts load on first use.
 */
export async function missingReportGlyphs(document: RegisterDocument): Promise<string[]> {
  const { reportMissingGlyphs } = await import('../pdf/render.ts');
  return reportMissingGlyphs(serialiseRegister(document));
}

/** Renders the report of `db` here (the CLI; the app renders in a worker): the PDF and its missing characters. */
export async function renderReportNow(db: Kysely<DB>, request: ReportRequest): Promise<{ pdf: Buffer; missingGlyphs: string[] }> {
  const { loadReportInput, renderReport } = await import('../pdf/report.ts');
  const input = await loadReportInput(db, request);
  const { pdf } = await renderReport(input);
  return { pdf, missingGlyphs: await missingReportGlyphs(input.document) };
}
