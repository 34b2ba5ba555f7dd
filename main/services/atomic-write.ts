/**
 * The one way the app writes a file the user chose (or a workspace name):
 * exports (JSON, Excel, PDF), the PDF report, backup copies to a chosen place.
 *
 * - Atomic: the content goes to a new temporary file beside the target
 *   (same folder, so the same disk), is synced to the disk, and only then
 *   renamed over the target; readers see the old file or the whole new one,
 *   and a crash or a full disk leaves the old file as it was.
 * - No-follow: a target that is a symbolic link (dangling or not) is
 *   refused with FILE_IS_LINK; the temporary file is created with O_EXCL,
 *   which never follows a link either. A link planted in a workspace or a
 *   shared folder cannot redirect a write outside it.
 * - File-system failures become FILE_ACCESS / FILE_NOT_FOUND naming the
 *   chosen file, in the user's language (errors.ts `asAppError`).
 */
import { randomUUID } from 'node:crypto';
import { closeSync, createWriteStream, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { AppError, asAppError } from '../errors.ts';

/** Refuses a path that is a symbolic link (FILE_IS_LINK); true when something (not a link) is there. */
export function assertNotLink(path: string): boolean {
  try {
    if (lstatSync(path).isSymbolicLink()) throw new AppError('FILE_IS_LINK', { file: basename(path) });
    return true;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw asAppError(error, basename(path));
  }
}

/** Makes a rename durable where the platform allows (not on Windows, where NTFS journals it). */
export function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort
  }
}

/** The temporary file beside `path` that is renamed over it once complete. */
function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
}

/** The complete, durable temporary file renamed over `path` (refused if `path` became a link meanwhile). */
function renameOver(temporary: string, path: string): void {
  // Checked again just before the rename: a link put there meanwhile is refused too.
  assertNotLink(path);
  renameSync(temporary, path);
}

/**
 * Writes `data` to `path` atomically, never through a link. Throws
 * FILE_IS_LINK, FILE_ACCESS or FILE_NOT_FOUND; on any failure the target is
 * as it was and no temporary file remains.
 */
export function writeChosenFile(path: string, data: string | Uint8Array): void {
  assertNotLink(path);
  const temporary = temporaryBeside(path);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameOver(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw asAppError(error, basename(path));
  }
  syncFolder(dirname(path));
}

/**
 * As `writeChosenFile`, for content too large to hold whole (the Excel
 * export at 10,000 activities): `write` streams it into the temporary file
 * (created with O_EXCL, never through a link) and resolves when it has
 * ended the stream; only then is the file synced and renamed over `path`.
 * A failed `write` leaves the target as it was and no temporary file.
 */
export async function writeChosenFileStreamed(path: string, write: (output: Writable) => Promise<void>): Promise<void> {
  assertNotLink(path);
  const temporary = temporaryBeside(path);
  try {
    // The stream owns the descriptor: `flush` syncs the file to the disk before it is closed.
    const output = createWriteStream('', { fd: openSync(temporary, 'wx', 0o644), flush: true });
    const closed = new Promise<void>((resolve) => output.once('close', resolve));
    try {
      await write(output);
      if (!output.writableEnded) output.end();
      await finished(output);
    } catch (error) {
      // Nothing more reaches the file, which is closed before it is removed.
      output.destroy();
      throw error;
    } finally {
      await closed;
    }
    renameOver(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw asAppError(error, basename(path));
  }
  syncFolder(dirname(path));
}

/**
 * A failed `writeChosenFile` as WRITE_FAILED naming `file`, with the file
 * system's own code (ENOENT, ENOSPC) as the detail; a link stays FILE_IS_LINK.
 */
export function writeFailure(error: unknown, file: string): AppError {
  if (error instanceof AppError && error.code === 'FILE_IS_LINK') return error;
  const cause = error instanceof AppError && error.cause ? error.cause : error;
  const detail = (cause as NodeJS.ErrnoException).code ?? (cause instanceof Error ? cause.message : String(cause));
  return new AppError('WRITE_FAILED', { file, detail }, { cause });
}
