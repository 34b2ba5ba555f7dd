/**
 * "Save a copy" of an open team register as a `.ropa` file (the register
 * files screen, `files:saveCopy`; issue 20). A file's copy is SQLite's
 * backup (backup.ts); a team register has no SQLite handle, so its copy is
 * made by the same code as `ropa copy --from postgres://… --to file.ropa`
 * (copy-register.ts): every row of every table as stored, the history
 * included, so the file is the same register (the same JSON export, a chain
 * that verifies and ends in the same head hash), not a re-import.
 *
 * Others keep saving while the copy is made, so it is read from one
 * snapshot of the register (a REPEATABLE READ, READ ONLY transaction on one
 * connection): a save that commits meanwhile is in the copy whole or not at
 * all, and the copy's own comparison (exports equal, same head) reads the
 * same snapshot. The snapshot takes no lock: nobody's save waits for it,
 * and a reader may make one. The file is written under a temporary name in
 * the chosen folder and renamed over the target once it is complete, as
 * every file the app writes (atomic-write.ts).
 */
import { randomUUID } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.ts';
import { targetLabel } from '../db/postgres/connection.ts';
import type { DB } from '../db/schema.ts';
import { AppError, asAppError } from '../errors.ts';
import { assertNotLink, syncFolder } from './atomic-write.ts';
import { copyFrom, type CopyOutcome } from './copy-register.ts';
import type { RegisterSession } from './register-session.ts';

/** Runs `work` on one connection inside a read-only snapshot of the register, and ends the snapshot. */
async function inSnapshot<T>(db: Kysely<DB>, work: (snapshot: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`start transaction isolation level repeatable read, read only`.execute(connection);
    try {
      return await work(connection);
    } finally {
      await sql`rollback`.execute(connection);
    }
  });
}

/**
 * Writes a `.ropa` copy of the open team register to `target` (a file path
 * main chose through the save dialog). Refuses a symbolic link
 * (FILE_IS_LINK), a register schema older than this build's (BAD_VERSION:
 * open it for writing once to bring it up to date), a broken chain
 * (HISTORY_BROKEN); a copy that does not come out equal is not kept
 * (WRITE_FAILED). Nothing is left at `target` or beside it when it refuses.
 */
export async function saveTeamCopy(session: RegisterSession, target: string): Promise<CopyOutcome> {
  const team = session.team;
  if (!team) throw new Error('saveTeamCopy needs a team register');
  if (session.connection.schemaVersion < LATEST_SCHEMA_VERSION) {
    throw new AppError('BAD_VERSION', { file: targetLabel(team), found: session.connection.schemaVersion, supported: LATEST_SCHEMA_VERSION });
  }
  assertNotLink(target);
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.partial`);
  let outcome: CopyOutcome;
  try {
    outcome = await inSnapshot(session.db, (snapshot) => copyFrom(snapshot, { kind: 'file', path: temporary }, session.ctx.now));
    if (!outcome.exportsEqual || !outcome.chainEqual) throw new AppError('WRITE_FAILED', { file: basename(target), detail: 'the copy does not equal the register' });
    assertNotLink(target);
    renameSync(temporary, target);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${temporary}${suffix}`, { force: true });
    throw asAppError(error, basename(target));
  }
  syncFolder(dirname(target));
  return outcome;
}
