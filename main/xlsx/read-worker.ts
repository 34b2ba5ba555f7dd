/**
 * A workbook read (guarded, parsed by exceljs, classified) in a worker
 * thread, so that the app's main process keeps answering the window while a
 * large workbook is parsed (read-off-thread.ts). Receives the file's bytes,
 * its name and the language; answers the WorkbookImport (plain data: maps,
 * arrays, dates) or the AppError's code and parameters.
 */
import { parentPort } from 'node:worker_threads';
import type { Language } from '../../shared/i18n/index.ts';
import { AppError } from '../errors.ts';
import { readImportWorkbook } from './import-workbook.ts';

interface Request {
  bytes: Uint8Array;
  file: string;
  lang: Language;
}

parentPort?.on('message', ({ bytes, file, lang }: Request) => {
  readImportWorkbook(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, lang).then(
    (workbook) => parentPort?.postMessage({ ok: true, workbook }),
    (error: unknown) =>
      parentPort?.postMessage(
        error instanceof AppError
          ? { ok: false, code: error.code, params: error.params }
          : { ok: false, message: error instanceof Error ? error.message : String(error) },
      ),
  );
});
