/** The JSON exchange file, from the app (dialogs in main); the use case is features/json-exchange.ts. */
import { basename } from 'node:path';
import type { exchangeContract } from '../../shared/contract/exchange.ts';
import { AppError } from '../errors.ts';
import { exportJsonFile, importJsonDocument, readJsonFile } from '../features/json-exchange.ts';
import type { HandlerMap } from './types.ts';
import { registerStem } from '../services/register-name.ts';

export const exchangeHandlers: HandlerMap<keyof typeof exchangeContract> = {
  'export:json': async (_input, app) => {
    const session = app.requireSession();
    const path = await app.platform.dialogs.chooseFileToSave('json', `${registerStem(session.path)}.json`);
    if (!path) throw new AppError('CANCELLED');
    await exportJsonFile(session.db, path);
    return { fileName: basename(path) };
  },
  'import:json': async ({ replace }, app) => {
    const session = app.requireSession();
    const path = await app.platform.dialogs.chooseFileToOpen('json');
    if (!path) throw new AppError('CANCELLED');
    return importJsonDocument(session, readJsonFile(path), replace);
  },
};
