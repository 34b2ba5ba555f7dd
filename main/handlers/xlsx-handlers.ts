/**
 * The Excel workbook from the app: export through the save dialog; import
 * in two steps, a preview (open dialog, then the same workbook again with the
 * user's column mapping) and a commit. The chosen workbook stays in main,
 * read and checked, under a preview id: paths never reach the renderer, and
 * the commit imports exactly what was previewed even if the file changes on
 * disk meanwhile. One preview per app; a new one replaces the last.
 * Reading and planning run in a worker (xlsx/read-off-thread.ts) that tells
 * its progress and can be cancelled (import-progress-handlers.ts); only the
 * write is done here, in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { isoToday } from '../../shared/format.ts';
import { AppError } from '../errors.ts';
import { exportWorkbookFile, importWorkbook } from '../features/xlsx-exchange.ts';
import type { AppContext } from '../services/app-context.ts';
import type { XlsxMapping, xlsxContract } from '../../shared/contract/xlsx.ts';
import type { ImportPlan } from '../xlsx/import-plan.ts';
import type { ImportOptions, WorkbookImport } from '../xlsx/import-workbook.ts';
import type { PlanRequest } from '../xlsx/read-worker.ts';
import type { HandlerMap } from './types.ts';
import { registerStem } from '../services/register-name.ts';

interface StoredPreview {
  id: string;
  workbook: WorkbookImport;
}

const previews = new WeakMap<AppContext, StoredPreview>();

/**
 * Below this many rows a plan is made here: about 90 µs a row, so under a
 * tenth of a second, less than starting a worker takes. Larger tables are
 * planned in the worker, with progress and cancel.
 */
const PLAN_IN_WORKER_FROM_ROWS = 1000;

async function planImport(app: AppContext, workbook: WorkbookImport, asked: PlanRequest): Promise<ImportPlan | null> {
  if (workbook.source === 'ropa') return null;
  if (workbook.table.rows.length < PLAN_IN_WORKER_FROM_ROWS) {
    const { planWorkbookImport } = await import('../xlsx/import-workbook.ts');
    return planWorkbookImport(workbook, asked.state, asked.options);
  }
  const { runAsCurrentTask } = await import('../xlsx/active-read.ts');
  const { startImportPlan } = await import('../xlsx/read-off-thread.ts');
  return runAsCurrentTask(app, (onProgress) => startImportPlan(workbook, asked, { onProgress }));
}

function importOptions(app: AppContext, mapping: XlsxMapping | undefined, organisationId: string | undefined): ImportOptions {
  return { lang: app.language, today: isoToday(app.platform.now()), mapping, organisationId };
}

function storedPreview(app: AppContext, previewId: string): StoredPreview {
  const stored = previews.get(app);
  if (!stored || stored.id !== previewId) throw new AppError('XLSX_PREVIEW_EXPIRED');
  return stored;
}

export const xlsxHandlers: HandlerMap<keyof typeof xlsxContract> = {
  'export:xlsx': async ({ lang, organisationId }, app) => {
    const session = app.requireSession();
    const options = { lang: lang ?? app.language, now: app.platform.now(), organisationId };
    const path = await exportWorkbookFile(session.db, options, () => app.platform.dialogs.chooseFileToSave('xlsx', `${registerStem(session.path)}.xlsx`));
    return { fileName: basename(path) };
  },

  'import:xlsxPreview': async ({ previewId, mapping, organisationId }, app) => {
    const session = app.requireSession();
    const { buildPreview, readWorkbookFile } = await import('../xlsx/import-workbook.ts');
    const { loadRegisterState } = await import('../xlsx/import-plan.ts');
    const { startWorkbookRead } = await import('../xlsx/read-off-thread.ts');
    let stored: StoredPreview;
    let plan: ImportPlan | null;
    if (previewId) {
      stored = storedPreview(app, previewId);
      const asked = { state: await loadRegisterState(session.db), options: importOptions(app, mapping, organisationId) };
      plan = await planImport(app, stored.workbook, asked);
    } else {
      const path = await app.platform.dialogs.chooseFileToOpen('xlsx');
      if (!path) throw new AppError('CANCELLED');
      const asked = { state: await loadRegisterState(session.db), options: importOptions(app, mapping, organisationId) };
      // Read and planned in a worker: the window's other calls (progress, cancel) are answered meanwhile.
      const { runAsCurrentTask } = await import('../xlsx/active-read.ts');
      const read = await runAsCurrentTask(app, (onProgress) => startWorkbookRead(readWorkbookFile(path), basename(path), app.language, { onProgress, plan: asked }));
      stored = { id: randomUUID(), workbook: read.workbook };
      previews.set(app, stored);
      plan = read.plan;
    }
    const state = await loadRegisterState(session.db);
    const { registerHasContent } = await import('../services/json-exchange.ts');
    return buildPreview(stored.workbook, plan, state, { previewId: stored.id, lang: app.language, registerHasContent: await registerHasContent(session.db) });
  },

  'import:xlsxCommit': async ({ previewId, mapping, organisationId, replace }, app) => {
    const session = app.requireSession();
    const stored = storedPreview(app, previewId);
    const { loadRegisterState } = await import('../xlsx/import-plan.ts');
    // Like every import: refused early on a read-only register, and a backup before the write (features/xlsx-exchange.ts).
    session.assertWritable();
    const options = importOptions(app, mapping, organisationId);
    // Planned in the worker (cancellable, nothing written yet); the write is then one transaction.
    const state = await loadRegisterState(session.db);
    const plan = await planImport(app, stored.workbook, { state, options });
    const summary = await importWorkbook(session, stored.workbook, { ...options, replace, planned: plan ? { plan, state } : undefined });
    previews.delete(app);
    return summary;
  },
};
