/**
 * Reading a file the user chose to import, for the app's handlers and the
 * CLI alike (the CLI never imports a handler): a file too large to be a
 * register is refused before it is read.
 */
import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../errors.ts';
import { JSON_IMPORT_LIMIT_BYTES } from './json-exchange.ts';

/** Reads a text file the user chose, refusing one too large to be a register (IMPORT_TOO_LARGE). */
export function readImportFile(path: string, limit = JSON_IMPORT_LIMIT_BYTES): string {
  const size = statSync(path).size;
  if (size > limit) {
    throw new AppError('IMPORT_TOO_LARGE', { size: `${Math.round(size / 1048576)} MB`, limit: `${Math.round(limit / 1048576)} MB` });
  }
  return readFileSync(path, 'utf8');
}
