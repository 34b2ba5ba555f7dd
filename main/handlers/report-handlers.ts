/**
 * The PDF audit report from the app: the bytes for the preview, saving them
 * to a file the user picks, and printing them. All three build the report
 * with the same code as `ropa export pdf`, so what is previewed, saved and
 * printed is the same document. The layout runs in a worker thread
 * (report-worker.ts): the window stays responsive while a big register prints.
 * A report is rendered once per register version and options
 * (report-cache.ts): Save and Print after the preview reuse its bytes.
 */
import { basename } from 'node:path';
import { registerLabel } from '../services/team-session.ts';
import type { reportContract } from '../../shared/contract/report.ts';
import { isoToday } from '../../shared/format.ts';
import { historyHead } from '../db/repositories/history-repository.ts';
import { AppError } from '../errors.ts';
import { ReportCache, reportKey, type CachedReport } from '../pdf/report-cache.ts';
import { loadReportInput, suggestedReportName, type ReportRequest } from '../pdf/report.ts';
import { renderReportOffThread } from '../pdf/report-worker.ts';
import type { AppContext } from '../services/app-context.ts';
import { missingReportGlyphs, saveReportFile } from '../features/pdf-report.ts';
import type { RegisterSession } from '../services/register-session.ts';
import type { HandlerMap } from './types.ts';

function request(input: { lang?: 'lv' | 'en' | undefined; organisationId?: string | undefined; dpoRecords?: boolean | undefined }, app: AppContext): ReportRequest {
  return {
    lang: input.lang ?? app.language,
    now: app.platform.now(),
    ...(input.organisationId ? { organisationId: input.organisationId } : {}),
    ...(input.dpoRecords ? { dpoRecords: true } : {}),
  };
}

/** The reports rendered from an open register (report-cache.ts); they go with the session when it closes. */
const caches = new WeakMap<RegisterSession, ReportCache>();

/** A report of the open register, to be had from the cache or rendered once. */
interface ReportOrder {
  key: string;
  cache: ReportCache;
  session: RegisterSession;
  wanted: ReportRequest;
}

async function reportOrder(input: Parameters<typeof request>[0], app: AppContext): Promise<ReportOrder> {
  const session = app.requireSession();
  const wanted = request(input, app);
  let cache = caches.get(session);
  if (!cache) caches.set(session, (cache = new ReportCache()));
  // Read before the report's own read: a change in between is kept under the older head, and the next call renders again.
  const head = await historyHead(session.db);
  const key = reportKey({ register: session.path, head, asOf: app.asOfView?.asOf ?? null, lang: wanted.lang, organisationId: wanted.organisationId, dpoRecords: wanted.dpoRecords, date: isoToday(wanted.now) });
  return { key, cache, session, wanted };
}

/** Reads what the report shows (NOT_FOUND for an unknown organisation) and renders it in the worker. */
async function renderOrder(order: ReportOrder, loaded?: Awaited<ReturnType<typeof loadReportInput>>): Promise<CachedReport> {
  const report = loaded ?? (await loadReportInput(order.session.db, order.wanted));
  const { pdf, pageCount } = await renderReportOffThread(report);
  return { pdf, pageCount, date: report.date, missingGlyphs: await missingReportGlyphs(report.document) };
}

function cachedReport(order: ReportOrder): Promise<CachedReport> {
  return order.cache.get(order.key, () => renderOrder(order));
}

export const reportHandlers: HandlerMap<keyof typeof reportContract> = {
  'report:pdf': async (input, app) => {
    const order = await reportOrder(input, app);
    const { pdf, pageCount, date } = await cachedReport(order);
    return {
      pdfBase64: pdf.toString('base64'),
      fileName: suggestedReportName(order.session.path, order.wanted.lang, date),
      byteLength: pdf.byteLength,
      pageCount,
    };
  },
  'report:savePdf': async (input, app) => {
    const order = await reportOrder(input, app);
    // Not previewed yet: read first, so that an unknown organisation is reported before the dialog opens.
    const loaded = order.cache.has(order.key) ? undefined : await loadReportInput(order.session.db, order.wanted);
    const path = await app.platform.dialogs.chooseFileToSave('pdf', suggestedReportName(order.session.path, order.wanted.lang, isoToday(order.wanted.now)));
    if (!path) throw new AppError('CANCELLED');
    // The bytes previewed, written from main: the PDF never crosses to the window and back.
    const { pdf, missingGlyphs } = await order.cache.get(order.key, () => renderOrder(order, loaded));
    saveReportFile(path, pdf);
    return { fileName: basename(path), ...(missingGlyphs.length > 0 ? { missingGlyphs } : {}) };
  },
  'report:print': async (input, app) => {
    const order = await reportOrder(input, app);
    const printer = app.platform.printer;
    if (!printer) throw new AppError('PRINT_UNAVAILABLE');
    const { pdf, date } = await cachedReport(order);
    const outcome = await printer.printPdf(pdf, {
      fileName: suggestedReportName(order.session.path, order.wanted.lang, date),
      title: registerLabel(order.session.path),
    });
    if (outcome === null) throw new AppError('CANCELLED');
    return { outcome };
  },
};
