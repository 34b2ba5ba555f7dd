/**
 * The PDF audit report from the app: the bytes for the preview, saving them
 * to a file the user picks, and printing them. All three build the report
 * with the same code as `ropa export pdf`, so what is previewed, saved and
 * printed is the same document. The layout runs in a worker thread
 * (report-worker.ts): the window stays responsive while a big register prints.
 */
import { basename } from 'node:path';
import type { reportContract } from '../../shared/contract/report.ts';
import { AppError } from '../errors.ts';
import { loadReportInput, suggestedReportName, type ReportRequest } from '../pdf/report.ts';
import { renderReportOffThread } from '../pdf/report-worker.ts';
import type { AppContext } from '../services/app-context.ts';
import { writeChosenFile, writeFailure } from '../services/atomic-write.ts';
import { serialiseRegister } from '../services/json-exchange.ts';
import type { HandlerMap } from './types.ts';

function request(input: { lang?: 'lv' | 'en' | undefined; organisationId?: string | undefined; dpoRecords?: boolean | undefined }, app: AppContext): ReportRequest {
  return {
    lang: input.lang ?? app.language,
    now: app.platform.now(),
    ...(input.organisationId ? { organisationId: input.organisationId } : {}),
    ...(input.dpoRecords ? { dpoRecords: true } : {}),
  };
}

export const reportHandlers: HandlerMap<keyof typeof reportContract> = {
  'report:pdf': async (input, app) => {
    const session = app.requireSession();
    const wanted = request(input, app);
    const report = await loadReportInput(session.db, wanted);
    const { pdf, pageCount } = await renderReportOffThread(report);
    return {
      pdfBase64: pdf.toString('base64'),
      fileName: suggestedReportName(session.path, wanted.lang, report.date),
      byteLength: pdf.byteLength,
      pageCount,
    };
  },
  'report:savePdf': async (input, app) => {
    const session = app.requireSession();
    const wanted = request(input, app);
    // Read first, so that an unknown organisation is reported before the dialog opens.
    const report = await loadReportInput(session.db, wanted);
    const path = await app.platform.dialogs.chooseFileToSave('pdf', suggestedReportName(session.path, wanted.lang, report.date));
    if (!path) throw new AppError('CANCELLED');
    const { pdf } = await renderReportOffThread(report);
    try {
      writeChosenFile(path, pdf);
    } catch (error) {
      throw writeFailure(error, basename(path));
    }
    const { reportMissingGlyphs } = await import('../pdf/render.ts');
    const missingGlyphs = reportMissingGlyphs(serialiseRegister(report.document));
    return { fileName: basename(path), ...(missingGlyphs.length > 0 ? { missingGlyphs } : {}) };
  },
  'report:print': async (input, app) => {
    const session = app.requireSession();
    const printer = app.platform.printer;
    if (!printer) throw new AppError('PRINT_UNAVAILABLE');
    const wanted = request(input, app);
    const report = await loadReportInput(session.db, wanted);
    const { pdf } = await renderReportOffThread(report);
    const outcome = await printer.printPdf(pdf, {
      fileName: suggestedReportName(session.path, wanted.lang, report.date),
      title: basename(session.path),
    });
    if (outcome === null) throw new AppError('CANCELLED');
    return { outcome };
  },
};
