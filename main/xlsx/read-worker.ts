/**
 * The import's work on a workbook, in a worker thread, so that the app's
 * main process keeps answering the window (read-off-thread.ts):
 * - `read`: guard, parse (exceljs) and classify the file's bytes, then, if
 *   asked, plan the import against the register's state;
 * - `plan`: plan an already read workbook again (another mapping, or the
 *   import itself, against the register's state of that moment).
 * It tells its progress as it goes (`{ progress }`, read-progress.ts), then
 * answers plain data (structured clone) or the AppError's code and
 * parameters. Main may terminate it at any moment (cancel): it writes
 * nothing, and has no database.
 */
import { parentPort } from 'node:worker_threads';
import type { Language } from '../../shared/i18n/index.ts';
import { AppError } from '../errors.ts';
import type { RegisterState } from './import-records.ts';
import { planWorkbookImport, readImportWorkbook, type ImportOptions, type WorkbookImport } from './import-workbook.ts';
import { countingExcelRows, progressReporter, type WorkbookReadProgress } from './read-progress.ts';

/** Plan against this state with these options. */
export interface PlanRequest {
  state: RegisterState;
  options: ImportOptions;
}

export type WorkerRequest =
  | { task: 'read'; bytes: Uint8Array; file: string; lang: Language; plan?: PlanRequest }
  | ({ task: 'plan'; workbook: WorkbookImport } & PlanRequest);

function plan(workbook: WorkbookImport, request: PlanRequest, progress: WorkbookReadProgress) {
  return planWorkbookImport(workbook, request.state, { ...request.options, onRows: progress.planning });
}

async function run(request: WorkerRequest) {
  const send = (report: unknown) => parentPort?.postMessage({ progress: report });
  if (request.task === 'plan') {
    const progress = progressReporter(send, { planOnly: true });
    return { plan: plan(request.workbook, request, progress) };
  }
  const progress = progressReporter(send);
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  const workbook = await countingExcelRows(progress.reading, () => readImportWorkbook(bytes, request.file, request.lang, progress));
  return { workbook, plan: request.plan ? plan(workbook, request.plan, progress) : null };
}

parentPort?.on('message', (request: WorkerRequest) => {
  run(request).then(
    (answer) => parentPort?.postMessage({ ok: true, ...answer }),
    (error: unknown) =>
      parentPort?.postMessage(
        error instanceof AppError
          ? { ok: false, code: error.code, params: error.params }
          : { ok: false, message: error instanceof Error ? error.message : String(error) },
      ),
  );
});
