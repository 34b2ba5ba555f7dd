/**
 * Reads an import workbook in a worker thread (read-worker.ts): parsing a
 * large workbook with exceljs takes seconds of CPU, and the app's main
 * process must keep answering the window meanwhile. The guards run in the
 * worker too, so a hostile workbook is refused there. Where a worker cannot
 * start (the bundled file missing), the workbook is read in this thread.
 */
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../shared/contract/result.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { AppError } from '../errors.ts';
import { readImportWorkbook, type WorkbookImport } from './import-workbook.ts';

/** The worker's file: beside this module, as TypeScript from the sources, as .mjs in the Electron bundle. */
export function readWorkerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './read-worker.ts' : './xlsx-read-worker.mjs', import.meta.url);
}

type Answer =
  | { ok: true; workbook: WorkbookImport }
  | { ok: false; code: ErrorCode; params: Record<string, string | number> }
  | { ok: false; message: string; code?: undefined };

function readInWorker(bytes: Buffer, file: string, lang: Language, url: URL): Promise<WorkbookImport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url);
    const finish = (settle: () => void) => {
      void worker.terminate();
      settle();
    };
    worker.once('message', (answer: Answer) =>
      finish(() => {
        if (answer.ok) resolve(answer.workbook);
        else reject(answer.code ? new AppError(answer.code, answer.params) : new Error(answer.message));
      }),
    );
    worker.once('error', (error) => finish(() => reject(error)));
    const copy = new Uint8Array(bytes);
    worker.postMessage({ bytes: copy, file, lang }, [copy.buffer]);
  });
}

/** `readImportWorkbook`, off the main thread when possible. */
export async function readImportWorkbookOffThread(bytes: Buffer, file: string, lang: Language, url: URL = readWorkerUrl()): Promise<WorkbookImport> {
  try {
    return await readInWorker(bytes, file, lang, url);
  } catch (error) {
    if (!(error instanceof AppError) && error instanceof Error && /Cannot find module|ERR_MODULE_NOT_FOUND|ENOENT/.test(`${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}`)) {
      return readImportWorkbook(bytes, file, lang);
    }
    throw error;
  }
}
