/** The JSON exchange file, from the app (dialogs in main). */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { exchangeContract } from '../../shared/contract/exchange.ts';
import { AppError } from '../errors.ts';
import {
  JSON_IMPORT_LIMIT_BYTES,
  exportRegister,
  importRegisterDocument,
  parseRegisterDocument,
  serialiseRegister,
} from '../services/json-exchange.ts';
import { writeChosenFile } from '../services/atomic-write.ts';
import { backupBeforeImport } from '../services/backups.ts';
import type { HandlerMap } from './types.ts';

/** Reads a text file the user chose, refusing one too large to be a register. */
export function readImportFile(path: string, limit = JSON_IMPORT_LIMIT_BYTES): string {
  const size = statSync(path).size;
  if (size > limit) {
    throw new AppError('IMPORT_TOO_LARGE', { size: `${Math.round(size / 1048576)} MB`, limit: `${Math.round(limit / 1048576)} MB` });
  }
  return readFileSync(path, 'utf8');
}

export const exchangeHandlers: HandlerMap<keyof typeof exchangeContract> = {
  'export:json': async (_input, app) => {
    const session = app.requireSession();
    const path = await app.platform.dialogs.chooseFileToSave('json', basename(session.path).replace(/\.ropa$/i, '') + '.json');
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
