/**
 * The import's work on a workbook in a worker thread (read-worker.ts):
 * parsing a large workbook with exceljs, and planning thousands of rows,
 * take seconds of CPU, and the app's main process must keep answering the
 * window meanwhile. The guards run in the worker too, so a hostile workbook
 * is refused there. The worker tells its progress, and `cancel` terminates
 * it (the task answers CANCELLED); it writes nothing, so a cancelled task
 * changes nothing. Where a worker cannot start (the bundled file missing),
 * the task runs in this thread.
 */
import { Worker } from 'node:worker_threads';
import type { ImportProgress } from '../../shared/contract/import-progress.ts';
import type { ErrorCode } from '../../shared/contract/result.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { AppError } from '../errors.ts';
import type { ImportPlan } from './import-plan.ts';
import { planWorkbookImport, readImportWorkbook, type WorkbookImport } from './import-workbook.ts';
import { progressReporter } from './read-progress.ts';
import type { PlanRequest, WorkerRequest } from './read-worker.ts';

/** The worker's file: beside this module, as TypeScript from the sources, as .mjs in the Electron bundle. */
export function readWorkerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './read-worker.ts' : './xlsx-read-worker.mjs', import.meta.url);
}

export interface ReadAnswer {
  workbook: WorkbookImport;
  plan: ImportPlan | null;
}

type Message =
  | { progress: ImportProgress }
  | ({ ok: true } & Partial<ReadAnswer>)
  | { ok: false; code: ErrorCode; params: Record<string, string | number> }
  | { ok: false; message: string; code?: undefined };

/** A task under way: its outcome, and the way to stop it. */
export interface WorkerTask<T> {
  result: Promise<T>;
  /** Terminates the worker; `result` rejects with CANCELLED. False when the task had already ended. */
  cancel(): boolean;
}

export interface TaskOptions {
  onProgress?: (progress: ImportProgress) => void;
  url?: URL;
}

function missingWorker(error: unknown): boolean {
  return error instanceof Error && /Cannot find module|ERR_MODULE_NOT_FOUND|ENOENT/.test(`${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}`);
}

/** The same task in this thread (no worker file): what read-worker.ts would answer. */
async function runHere(request: WorkerRequest, onProgress: (progress: ImportProgress) => void): Promise<Partial<ReadAnswer>> {
  const plan = (workbook: WorkbookImport, asked: PlanRequest, planOnly: boolean) =>
    planWorkbookImport(workbook, asked.state, { ...asked.options, onRows: progressReporter(onProgress, { planOnly }).planning });
  if (request.task === 'plan') return { plan: plan(request.workbook, request, true) };
  const workbook = await readImportWorkbook(Buffer.from(request.bytes), request.file, request.lang, progressReporter(onProgress));
  return { workbook, plan: request.plan ? plan(workbook, request.plan, false) : null };
}

function startTask(request: WorkerRequest, transfer: ArrayBuffer[], options: TaskOptions): WorkerTask<Partial<ReadAnswer>> {
  const onProgress = options.onProgress ?? (() => undefined);
  let settled = false;
  let cancelWorker: () => void = () => undefined;
  const result = new Promise<Partial<ReadAnswer>>((resolve, reject) => {
    const worker = new Worker(options.url ?? readWorkerUrl());
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      settle();
    };
    cancelWorker = () => finish(() => reject(new AppError('CANCELLED')));
    worker.on('message', (message: Message) => {
      if ('progress' in message) {
        if (!settled) onProgress(message.progress);
        return;
      }
      finish(() => {
        if (message.ok) resolve(message);
        else reject(message.code ? new AppError(message.code, message.params) : new Error(message.message));
      });
    });
    // A worker that ends without answering (out of memory, say) is an error, not a wait forever.
    worker.once('exit', (code) => finish(() => reject(new Error(`the import's worker stopped (exit code ${code})`))));
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      if (missingWorker(error)) runHere(request, onProgress).then(resolve, reject);
      else reject(error);
    });
    worker.postMessage(request, transfer);
  });
  return { result, cancel: () => (settled ? false : (cancelWorker(), true)) };
}

/** Reads (guards, parses, classifies) a workbook's bytes, and plans it against `plan`'s state if given. */
export function startWorkbookRead(bytes: Buffer, file: string, lang: Language, options: TaskOptions & { plan?: PlanRequest } = {}): WorkerTask<ReadAnswer> {
  const copy = new Uint8Array(bytes);
  const task = startTask({ task: 'read', bytes: copy, file, lang, ...(options.plan ? { plan: options.plan } : {}) }, [copy.buffer], options);
  return { result: task.result.then((answer) => ({ workbook: answer.workbook as WorkbookImport, plan: answer.plan ?? null })), cancel: task.cancel };
}

/** Plans a read workbook against a register's state (another mapping, or the import itself). */
export function startImportPlan(workbook: WorkbookImport, plan: PlanRequest, options: TaskOptions = {}): WorkerTask<ImportPlan | null> {
  const task = startTask({ task: 'plan', workbook, ...plan }, [], options);
  return { result: task.result.then((answer) => answer.plan ?? null), cancel: task.cancel };
}
