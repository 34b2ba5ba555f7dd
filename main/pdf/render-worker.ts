/**
 * The report rendered in a worker thread: laying out a big register takes
 * pdfmake seconds to minutes (about 50 ms of CPU a page-heavy activity), and
 * the app's main process must keep answering the window meanwhile. Receives
 * a ReportInput (plain data; the one Date travels as its ISO text) and
 * answers the PDF's bytes.
 */
import { parentPort } from 'node:worker_threads';
import type { ReportInput } from './report-facts.ts';
import { reportDocument } from './report-document.ts';
import { renderPdf, reportEngine } from './render.ts';

type Message = Omit<ReportInput, 'generatedAt'> & { generatedAt?: string };

parentPort?.on('message', (message: Message) => {
  const { generatedAt, ...rest } = message;
  const input: ReportInput = generatedAt ? { ...rest, generatedAt: new Date(generatedAt) } : rest;
  renderPdf(reportDocument(input), reportEngine()).then(
    (pdf) => {
      const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
      parentPort?.postMessage({ ok: true, pdf: bytes }, [bytes.buffer]);
    },
    (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});

// Loaded: a worker started ahead (report-worker.ts, prewarmReportWorker) is ready for a report.
parentPort?.postMessage({ loaded: true });
