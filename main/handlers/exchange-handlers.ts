/** The JSON exchange file, from the app (dialogs in main). */
import { basename } from 'node:path';
import type { exchangeContract } from '../../shared/contract/exchange.ts';
import { AppError } from '../errors.ts';
import {
  exportRegister,
  importRegisterDocument,
  parseRegisterDocument,
  serialiseRegister,
} from '../services/json-exchange.ts';
import { writeChosenFile } from '../services/atomic-write.ts';
import { backupBeforeImport } from '../services/backups.ts';
import { readImportFile } from '../services/import-file.ts';
import type { HandlerMap } from './types.ts';
import { registerStem } from '../services/register-name.ts';

export const exchangeHandlers: HandlerMap<keyof typeof exchangeContract> = {
  'export:json': async (_input, app) => {
    const session = app.requireSession();
    const path = await app.platform.dialogs.chooseFileToSave('json', `${registerStem(session.path)}.json`);
    if (!path) throw new AppError('CANCELLED');
    writeChosenFile(path, serialiseRegister(await exportRegister(session.db)));
    return { fileName: basename(path) };
  },
  'import:json': async ({ replace }, app) => {
    const session = app.requireSession();
    const path = await app.platform.dialogs.chooseFileToOpen('json');
    if (!path) throw new AppError('CANCELLED');
    const document = parseRegisterDocument(readImportFile(path));
    session.assertWritable();
    await backupBeforeImport(session);
    return session.write((trx) => importRegisterDocument(trx, document, session.ctx, { replace }));
  },
};
