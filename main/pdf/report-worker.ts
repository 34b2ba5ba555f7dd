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

function renderInWorker(input: ReportInput, url: URL): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
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
      settle();
    };
    worker.once('message', (answer: Answer) =>
      finish(() => (answer.ok ? resolve(Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength)) : reject(new Error(answer.message)))),
    );
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
