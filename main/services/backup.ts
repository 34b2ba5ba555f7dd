/**
 * Consistent copies of a register through SQLite's online backup API: the
 * copy is a complete register even while the app keeps working on the file.
 */
import { randomUUID } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError, asAppError } from '../errors.ts';
import { assertNotLink, syncFolder } from './atomic-write.ts';
import type { RegisterSession } from './register-session.ts';

/**
 * Writes a copy of the open register to `target`, which must not be the
 * register itself, nor a symbolic link (FILE_IS_LINK, as every file the app
 * writes: atomic-write.ts). The copy is made under a new temporary name and
 * renamed over the target, then the folder is synced.
 */
export async function backupTo(session: RegisterSession, target: string): Promise<void> {
  if (target === session.path) throw new AppError('FILE_EXISTS', { file: basename(target) });
  assertNotLink(target);
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.partial`);
  try {
    await session.connection.sqlite.backup(temporary);
    assertNotLink(target);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw asAppError(error, basename(target));
  }
  syncFolder(dirname(target));
}
