/**
 * The Excel workbook from the app: export through the save dialog; import
 * in two steps, a preview (open dialog, then the same workbook again with the
 * user's column mapping) and a commit. The chosen workbook stays in main,
 * read and checked, under a preview id: paths never reach the renderer, and
 * the commit imports exactly what was previewed even if the file changes on
 * disk meanwhile. One preview per app; a new one replaces the last.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { xlsxContract } from '../../shared/contract/xlsx.ts';
import { isoToday } from '../../shared/format.ts';
import { AppError } from '../errors.ts';
import { backupBeforeImport } from '../services/backups.ts';
import type { AppContext } from '../services/app-context.ts';
import { writeChosenFileStreamed } from '../services/atomic-write.ts';
import type { WorkbookImport } from '../xlsx/import-workbook.ts';
import type { HandlerMap } from './types.ts';
import { registerStem } from '../services/register-name.ts';

interface StoredPreview {
  id: string;
  workbook: WorkbookImport;
}

const previews = new WeakMap<AppContext, StoredPreview>();

function storedPreview(app: AppContext, previewId: string): StoredPreview {
  const stored = previews.get(app);
  if (!stored || stored.id !== previewId) throw new AppError('XLSX_PREVIEW_EXPIRED');
  return stored;
}

export const xlsxHandlers: HandlerMap<keyof typeof xlsxContract> = {
  'export:xlsx': async ({ lang, organisationId }, app) => {
    const session = app.requireSession();
    const { prepareRegisterWorkbook } = await import('../xlsx/export-workbook.ts');
    // Prepared before the dialog: an unknown organisation is reported without asking for a file name.
    const workbook = await prepareRegisterWorkbook(session.db, { lang: lang ?? app.language, now: app.platform.now(), organisationId });
    const path = await app.platform.dialogs.chooseFileToSave('xlsx', `${registerStem(session.path)}.xlsx`);
    if (!path) throw new AppError('CANCELLED');
    // Streamed into the atomic write's temporary file: the workbook is never held whole.
    await writeChosenFileStreamed(path, workbook);
    return { fileName: basename(path) };
  },

  'import:xlsxPreview': async ({ previewId, mapping, organisationId }, app) => {
    const session = app.requireSession();
    const { buildPreview, planWorkbookImport, readWorkbookFile } = await import('../xlsx/import-workbook.ts');
    const { readImportWorkbookOffThread } = await import('../xlsx/read-off-thread.ts');
    const { loadRegisterState } = await import('../xlsx/import-plan.ts');
    let stored: StoredPreview;
    if (previewId) stored = storedPreview(app, previewId);
    else {
      const path = await app.platform.dialogs.chooseFileToOpen('xlsx');
      if (!path) throw new AppError('CANCELLED');
      // Parsed in a worker: the window's other calls are answered meanwhile.
      stored = { id: randomUUID(), workbook: await readImportWorkbookOffThread(readWorkbookFile(path), basename(path), app.language) };
      previews.set(app, stored);
    }
    const state = await loadRegisterState(session.db);
    const plan = planWorkbookImport(stored.workbook, state, { lang: app.language, today: isoToday(app.platform.now()), mapping, organisationId });
    const { registerHasContent } = await import('../services/json-exchange.ts');
    return buildPreview(stored.workbook, plan, state, { previewId: stored.id, lang: app.language, registerHasContent: await registerHasContent(session.db) });
  },

  'import:xlsxCommit': async ({ previewId, mapping, organisationId, replace }, app) => {
    const session = app.requireSession();
    const stored = storedPreview(app, previewId);
    const { writeWorkbookImport } = await import('../xlsx/import-workbook.ts');
    const { loadRegisterState } = await import('../xlsx/import-plan.ts');
    // Like every import: refused early on a read-only register, and a backup first.
    session.assertWritable();
    await backupBeforeImport(session);
    const summary = await session.write(async (trx) =>
      writeWorkbookImport(trx, stored.workbook, await loadRegisterState(trx), session.ctx, {
        lang: app.language,
        today: isoToday(app.platform.now()),
        mapping,
        organisationId,
        replace,
      }),
    );
    previews.delete(app);
    return summary;
  },
};
