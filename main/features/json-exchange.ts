/**
 * The JSON exchange file as a use case: the one place that knows how an
 * export and an import go. `export:json` / `import:json`
 * (handlers/exchange-handlers.ts) and `ropa export json` / `ropa import json`
 * (cli/commands/exchange-json.ts) call these in one line each; the format
 * itself is services/json-exchange.ts.
 */
import type { Kysely } from 'kysely';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { DB } from '../db/schema.ts';
import { writeChosenFile } from '../services/atomic-write.ts';
import { readImportFile } from '../services/import-file.ts';
import { importRegisterDocument, parseRegisterDocument, type ImportSummary } from '../services/json-exchange.ts';
import { readRegisterDocument, serialiseRegister } from '../services/register-document.ts';
import type { RegisterSession } from '../services/register-session.ts';
import { rebuildRegisterAsOf, type MomentQuery } from '../services/versions/as-of.ts';
import { importIntoNewRegister, importIntoRegister } from './import-into-register.ts';

/** The register's exchange text: as it is now, or as of a moment (rebuilt from the history, checked against its chain). */
export async function registerJsonText(db: Kysely<DB>, asOf?: MomentQuery): Promise<string> {
  const document = asOf === undefined ? await readRegisterDocument(db) : (await rebuildRegisterAsOf(db, asOf)).document;
  return serialiseRegister(document);
}

/** Writes the register's exchange text to `path` (atomic, never through a link). */
export async function exportJsonFile(db: Kysely<DB>, path: string, asOf?: MomentQuery): Promise<void> {
  writeChosenFile(path, await registerJsonText(db, asOf));
}

/** Reads and checks an exchange file (IMPORT_* or VALIDATION errors naming what is wrong; nothing is written). */
export function readJsonFile(path: string): RegisterDocument {
  return parseRegisterDocument(readImportFile(path));
}

/** Imports `document` into the open register (backup first, one transaction); REGISTER_NOT_EMPTY unless `replace`. */
export function importJsonDocument(session: RegisterSession, document: RegisterDocument, replace: boolean): Promise<ImportSummary> {
  return importIntoRegister(session, (trx, ctx) => importRegisterDocument(trx, document, ctx, { replace }));
}

/** Creates the register `target` from `document`. */
export function importJsonIntoNewRegister(target: string, document: RegisterDocument, now: () => Date): Promise<ImportSummary> {
  return importIntoNewRegister(target, now, (trx, ctx) => importRegisterDocument(trx, document, ctx));
}
