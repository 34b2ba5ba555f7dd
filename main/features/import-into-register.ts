/**
 * How every import is written, assembled once for the app and the CLI:
 * into an open register (refused early when it is read-only, a backup
 * first, then one transaction), or into a new register file that appears
 * only once the import has succeeded.
 */
import type { Kysely } from 'kysely';
import { createRegisterFile } from '../db/connection.ts';
import type { DB } from '../db/schema.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { backupBeforeImport } from '../services/backups.ts';
import type { RegisterSession } from '../services/register-session.ts';

/** Writes an import into the open register: writable, backed up, in one transaction (a failure changes nothing). */
export async function importIntoRegister<T>(session: RegisterSession, write: (trx: Kysely<DB>, ctx: WriteContext) => Promise<T>): Promise<T> {
  session.assertWritable();
  await backupBeforeImport(session);
  return session.write((trx) => write(trx, session.ctx));
}

/** Creates the register file `target` with an import as its first content; no file appears when the import fails. */
export async function importIntoNewRegister<T>(target: string, now: () => Date, write: (trx: Kysely<DB>, ctx: WriteContext) => Promise<T>): Promise<T> {
  let result: T | undefined;
  const connection = await createRegisterFile(target, {
    now,
    initialise: async (trx) => {
      result = await write(trx, { now });
    },
  });
  await connection.close();
  return result as T;
}
