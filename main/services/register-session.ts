/**
 * An open register: the connection plus what writes need (the clock). Every
 * write goes through `write`, which refuses on a read-only register and runs
 * the work in one transaction: it all lands, or none of it does.
 */
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { AppError } from '../errors.ts';
import type { RegisterConnection } from '../db/connection.ts';
import type { DB } from '../db/schema.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { attributeTransaction } from '../db/repositories/history-repository.ts';
import { describeHolder, type LockHolder, type RegisterLock } from './register-lock.ts';

export interface RegisterSession {
  readonly path: string;
  readonly readOnly: boolean;
  /** Why it is read-only (another instance holds it, an old version...). */
  readonly readOnlyReason: string;
  /** Who has it open for writing, when that is why this session is read-only. */
  readonly lockedBy: LockHolder | null;
  readonly db: Kysely<DB>;
  readonly connection: RegisterConnection;
  readonly ctx: WriteContext;
  /** Throws what `write` would throw when this session cannot write now (LOCKED, READ_ONLY). */
  assertWritable(): void;
  write<T>(work: (trx: Kysely<DB>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface SessionOptions {
  readOnlyReason?: string;
  lockedBy?: LockHolder | null;
  /** The lock this session holds as the register's writer; released on close. */
  lock?: RegisterLock;
  onClose?: () => void;
}

export function createSession(connection: RegisterConnection, ctx: WriteContext, options: SessionOptions = {}): RegisterSession {
  const readOnly = connection.readOnly;
  const file = basename(connection.path);
  const lockedBy = options.lockedBy ?? null;
  let closed = false;
  const assertWritable = (): void => {
    if (readOnly) {
      if (lockedBy) throw new AppError('LOCKED', { file, holder: describeHolder(lockedBy) });
      throw new AppError('READ_ONLY', { reason: options.readOnlyReason ?? '' });
    }
    // Another instance may have taken over a lock this one let go stale (a laptop asleep for hours).
    if (options.lock && !options.lock.isHeld()) {
      const now = options.lock.currentHolder();
      throw new AppError('LOCKED', { file, holder: now ? describeHolder(now) : '?' });
    }
  };
  return {
    path: connection.path,
    readOnly,
    readOnlyReason: options.readOnlyReason ?? '',
    lockedBy,
    db: connection.db,
    connection,
    ctx,
    assertWritable,
    async write<T>(work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
      assertWritable();
      return connection.db.transaction().execute((trx) => {
        attributeTransaction(trx, ctx.author);
        return work(trx);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await connection.close();
      } finally {
        options.lock?.release();
        options.onClose?.();
      }
    },
  };
}
