/**
 * Runs the report in a worker thread (render-worker.ts), so that the app's
 * main process stays responsive while a big register is laid out. Where a
 * worker cannot start (the bundled worker file missing, say), the report is
 * rendered in this thread instead: slower to answer the window, same bytes.
 *
 * Cancel (issue 12): while the worker lays the report out, this thread looks
 * at the call's cancel flag every `CANCEL_POLL_MS`; once it is raised the
 * worker is terminated at once (pdfmake cannot be stopped from inside) and
 * the render answers CANCELLED, which the report cache does not keep.
 *
 * A spare worker (issue 19, "at 100 activities under 2 s"): starting a
 * worker and loading pdfkit, fontkit and the report's code costs about a
 * second before the first page is laid out. Where the host asks for it
 * (`prewarmReportWorker`: the desktop app and browser mode, once a register
 * has been shown), one worker is started ahead and waits, unreferenced, so
 * that the next report begins at once; each render that uses it starts the
 * next spare. A spare that failed or exited is dropped, never handed a report.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { isCancelled, reportProgress } from '../engine/tasks.ts';
import type { ReportInput } from './report-facts.ts';
import { countPages } from './render.ts';
import { renderReport, type RenderedReport } from './report.ts';

/** The worker's file: beside this module, as TypeScript from the sources, as .mjs in the Electron bundle. */
export function renderWorkerUrl(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  return new URL(fromSources ? './render-worker.ts' : './render-worker.mjs', import.meta.url);
}

type Answer = { ok: true; pdf: Uint8Array } | { ok: false; message: string };
/** What the worker says once its code is loaded (render-worker.ts). */
type Loaded = { loaded: true };

/**
 * The worker's young generation, in MB (`--max-semi-space-size=64`: three
 * semi-spaces of 64 MB). pdfmake makes hundreds of thousands of short-lived
 * objects per hundred pages (a text piece per word, each with its style
 * properties); with V8's default 16 MB semi-spaces they outlive two
 * scavenges, are copied into the old generation and cost full collections:
 * a third of the render was garbage collection. Measured on the
 * 1,000-activity report: 46.7 s with the default, 37.2 s with 64 MB
 * semi-spaces, the same text (issue 19).
 */
export const WORKER_YOUNG_GENERATION_MB = 192;

/** How often a render in progress looks at the cancel flag: a tenth of a second is quick enough for a Cancel button. */
export const CANCEL_POLL_MS = 100;

function startWorker(url: URL): Worker {
  return new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
}

/** The worker started ahead, and whether renders keep one ready (set by `prewarmReportWorker`). */
let spare: { worker: Worker; href: string; ready: Promise<boolean> } | null = null;
let keepSpare = false;

/**
 * Starts a worker ahead of the next report (and, from now on, after each
 * render), unless one is waiting already. Never throws: without a spare the
 * next render starts its own worker, as before.
 */
export function prewarmReportWorker(url: URL = renderWorkerUrl()): void {
  keepSpare = true;
  if (spare) return;
  let worker: Worker;
  try {
    worker = startWorker(url);
  } catch {
    return;
  }
  // Waiting must not keep a process alive (a CLI run, a closing app).
  worker.unref();
  const entry = {
    worker,
    href: url.href,
    ready: new Promise<boolean>((resolve) => {
      worker.on('message', (message: Answer | Loaded) => {
        if ('loaded' in message) resolve(true);
      });
      worker.once('error', () => resolve(false));
      worker.once('exit', () => resolve(false));
    }),
  };
  const drop = () => {
    if (spare === entry) spare = null;
  };
  worker.once('error', drop);
  worker.once('exit', drop);
  spare = entry;
}

/** Whether a spare worker is waiting with its code loaded (for tests and the benchmark). */
export async function spareReportWorkerReady(): Promise<boolean> {
  return spare ? spare.ready : false;
}

/** The spare worker if one is waiting for this file, else a new one. */
function takeWorker(url: URL): Worker {
  const waiting = spare && spare.href === url.href ? spare.worker : null;
  // A spare for another file (only tests name one) is of no use: let it go.
  if (spare && !waiting) void spare.worker.terminate();
  spare = null;
  if (!waiting) return startWorker(url);
  waiting.ref();
  return waiting;
}

function renderInWorker(input: ReportInput, url: URL): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker(url);
    reportProgress('rendering', 0, null);
    const watch = setInterval(() => {
      if (isCancelled()) finish(() => reject(new AppError('CANCELLED')));
    }, CANCEL_POLL_MS);
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      void worker.terminate();
      if (keepSpare) prewarmReportWorker(url);
      settle();
    };
    worker.on('message', (answer: Answer | Loaded) => {
      if ('loaded' in answer) return;
      finish(() => (answer.ok ? resolve(Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength)) : reject(new Error(answer.message))));
    });
    worker.once('error', (error) => finish(() => reject(error)));
    const { generatedAt, ...rest } = input;
    worker.postMessage(generatedAt ? { ...rest, generatedAt: generatedAt.toISOString() } : rest);
  });
}

/** The report's PDF, made off the main thread when possible. */
export async function renderReportOffThread(input: ReportInput, url: URL = renderWorkerUrl()): Promise<RenderedReport> {
  let pdf: Buffer;
  try {
    pdf = await renderInWorker(input, url);
  } catch (error) {
    if (error instanceof Error && /Cannot find module|ERR_MODULE_NOT_FOUND|ENOENT/.test(`${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}`)) {
      return renderReport(input);
    }
    throw error;
  }
  return { pdf, pageCount: countPages(pdf) };
}
