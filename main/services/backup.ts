/**
 * Consistent copies of a register through SQLite's online backup API: the
 * copy is a complete register even while the app keeps working on the file.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors.ts';
import type { RegisterSession } from './register-session.ts';

/** Writes a copy of the open register to `target`, which must not be the register itself. */
export async function backupTo(session: RegisterSession, target: string): Promise<void> {
  if (target === session.path) throw new AppError('FILE_EXISTS', { file: basename(target) });
  const temporary = join(dirname(target), `.${basename(target)}.partial`);
  rmSync(temporary, { force: true });
  try {
    await session.connection.sqlite.backup(temporary);
    if (existsSync(target)) rmSync(target);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
