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
import { backupBeforeImport } from '../services/backups.ts';
import type { AppContext } from '../services/app-context.ts';
import { writeChosenFile } from '../services/atomic-write.ts';
import type { XlsxMapping, xlsxContract } from '../../shared/contract/xlsx.ts';
import { runAsCurrentTask } from '../xlsx/active-read.ts';
import type { ImportPlan } from '../xlsx/import-plan.ts';
import type { ImportOptions, WorkbookImport } from '../xlsx/import-workbook.ts';
import type { HandlerMap } from './types.ts';
import { registerStem } from '../services/register-name.ts';

interface StoredPreview {
  id: string;
  workbook: WorkbookImport;
}

const previews = new WeakMap<AppContext, StoredPreview>();

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
    const { exportRegisterWorkbook } = await import('../xlsx/export-workbook.ts');
    // Built before the dialog: an unknown organisation is reported without asking for a file name.
    const bytes = await exportRegisterWorkbook(session.db, { lang: lang ?? app.language, now: app.platform.now(), organisationId });
    const path = await app.platform.dialogs.chooseFileToSave('xlsx', `${registerStem(session.path)}.xlsx`);
    if (!path) throw new AppError('CANCELLED');
    writeChosenFile(path, bytes);
    return { fileName: basename(path) };
  },

  'import:xlsxPreview': async ({ previewId, mapping, organisationId }, app) => {
    const session = app.requireSession();
    const { buildPreview, readWorkbookFile } = await import('../xlsx/import-workbook.ts');
    const { loadRegisterState } = await import('../xlsx/import-plan.ts');
    const { startImportPlan, startWorkbookRead } = await import('../xlsx/read-off-thread.ts');
    let stored: StoredPreview;
    let plan: ImportPlan | null;
    if (previewId) {
      stored = storedPreview(app, previewId);
      const asked = { state: await loadRegisterState(session.db), options: importOptions(app, mapping, organisationId) };
      plan = await runAsCurrentTask(app, (onProgress) => startImportPlan(stored.workbook, asked, { onProgress }));
    } else {
      const path = await app.platform.dialogs.chooseFileToOpen('xlsx');
      if (!path) throw new AppError('CANCELLED');
      const asked = { state: await loadRegisterState(session.db), options: importOptions(app, mapping, organisationId) };
      // Read and planned in a worker: the window's other calls (progress, cancel) are answered meanwhile.
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
    const { writeWorkbookImport } = await import('../xlsx/import-workbook.ts');
    const { loadRegisterState } = await import('../xlsx/import-plan.ts');
    const { startImportPlan } = await import('../xlsx/read-off-thread.ts');
    // Like every import: refused early on a read-only register, and a backup first.
    session.assertWritable();
    const options = importOptions(app, mapping, organisationId);
    // Planned in the worker (cancellable, nothing written yet); the write is then one transaction.
    const state = await loadRegisterState(session.db);
    const plan = await runAsCurrentTask(app, (onProgress) => startImportPlan(stored.workbook, { state, options }, { onProgress }));
    await backupBeforeImport(session);
    const summary = await session.write(async (trx) =>
      writeWorkbookImport(trx, stored.workbook, await loadRegisterState(trx), session.ctx, { ...options, replace, planned: plan ? { plan, state } : undefined }),
    );
    previews.delete(app);
    return summary;
  },
};
