/**
 * The Excel preview's and import's progress and cancel
 * (shared/contract/import-progress.ts): answered at once while the
 * workbook is read or planned in its worker.
 */
import type { importProgressContract } from '../../shared/contract/import-progress.ts';
import { cancelCurrentTask, currentProgress } from '../xlsx/active-read.ts';
import type { HandlerMap } from './types.ts';

export const importProgressHandlers: HandlerMap<keyof typeof importProgressContract> = {
  'import:xlsxProgress': async (_input, app) => currentProgress(app),
  'import:xlsxCancel': async (_input, app) => ({ cancelled: cancelCurrentTask(app) }),
};
