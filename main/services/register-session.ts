/**
 * An open register: the connection plus what writes need (the clock). Every
 * write goes through `write`, which refuses on a read-only register and runs
 * the work in one transaction: it all lands, or none of it does.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../errors.ts';
import type { RegisterConnection } from '../db/connection.ts';
import type { DB } from '../db/schema.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';

export interface RegisterSession {
  readonly path: string;
  readonly readOnly: boolean;
  /** Why it is read-only (another instance holds it, an old version...). */
  readonly readOnlyReason: string;
  readonly db: Kysely<DB>;
  readonly connection: RegisterConnection;
  readonly ctx: WriteContext;
  write<T>(work: (trx: Kysely<DB>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function createSession(
  connection: RegisterConnection,
  ctx: WriteContext,
  options: { readOnlyReason?: string; onClose?: () => void } = {},
): RegisterSession {
  const readOnly = connection.readOnly;
  return {
    path: connection.path,
    readOnly,
    readOnlyReason: options.readOnlyReason ?? '',
    db: connection.db,
    connection,
    ctx,
    async write<T>(work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
      if (readOnly) throw new AppError('READ_ONLY', { reason: options.readOnlyReason ?? '' });
      return connection.db.transaction().execute(work);
    },
    async close() {
      await connection.close();
      options.onClose?.();
    },
  };
}
