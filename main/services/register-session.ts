/**
 * An open register: the connection plus what writes need (the clock). Every
 * write goes through `write`, which refuses on a read-only register and runs
 * the work in one transaction: it all lands, or none of it does.
 *
 * Work can be held until the register has been shown (`holdUntilShown`: the
 * day's backup, issue 19): it starts shortly after the first list has
 * answered (`shown`), or after `SHOWN_FALLBACK_MS` when nothing asks for a list (the
 * CLI), and every write and `close` runs it first and waits for it — so the
 * held backup is of the register as it was opened, never of a later save.
 */
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { AppError } from '../errors.ts';
import type { RegisterConnection } from '../db/connection.ts';
import type { DB } from '../db/schema.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { attributeTransaction } from '../db/repositories/history-repository.ts';
import { describeHolder, type LockHolder, type RegisterLock } from './register-lock.ts';
import type { PostgresTarget } from '../db/postgres/connection.ts';
import type { TeamConnection } from './team-connection.ts';

export interface RegisterSession {
  readonly path: string;
  readonly readOnly: boolean;
  /** Why it is read-only (another instance holds it, an old version...). */
  readonly readOnlyReason: string;
  /** Who has it open for writing, when that is why this session is read-only. */
  readonly lockedBy: LockHolder | null;
  readonly db: Kysely<DB>;
  /** A `.ropa` file's connection, or a team register's (team-session.ts: no SQLite handle, no file lock, no `.ropa` backups). */
  readonly connection: RegisterConnection | TeamConnection;
  /** Where a team register is (its address without the password is `path`); null for a `.ropa` file. */
  readonly team: PostgresTarget | null;
  readonly ctx: WriteContext;
  /** Throws what `write` would throw when this session cannot write now (LOCKED, READ_ONLY). */
  assertWritable(): void;
  write<T>(work: (trx: Kysely<DB>) => Promise<T>): Promise<T>;
  /** Holds `task` until the register has been shown; writes and close run it first. `task` must not reject. */
  holdUntilShown(task: () => Promise<void>): void;
  /** The register's first list has answered: held work starts `SHOWN_SETTLE_MS` later. */
  shown(): void;
  /** Runs the held work now (if it has not run) and resolves when it is done. */
  settleHeld(): Promise<void>;
  close(): Promise<void>;
}

/** When nothing asks for a list (a CLI command, a window on another screen), held work starts anyway after this. */
export const SHOWN_FALLBACK_MS = 3000;
/** After the first list, held work waits this long: the window's other start-up requests are answered first. */
export const SHOWN_SETTLE_MS = 300;

export interface SessionOptions {
  readOnlyReason?: string;
  lockedBy?: LockHolder | null;
  /** The lock this session holds as the register's writer; released on close. */
  lock?: RegisterLock;
  onClose?: () => void;
  /** What a failed write throws instead of the driver's error (a team register's lost connection: team-session.ts). */
  asWriteError?: (error: unknown) => unknown;
}

export function createSession(connection: RegisterConnection | TeamConnection, ctx: WriteContext, options: SessionOptions = {}): RegisterSession {
  const readOnly = connection.readOnly;
  const file = basename(connection.path);
  const lockedBy = options.lockedBy ?? null;
  let closed = false;
  const held: Array<() => Promise<void>> = [];
  let settling: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let wasShown = false;
  const settleHeld = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!settling && held.length > 0) {
      const tasks = held.splice(0);
      settling = (async () => {
        for (const task of tasks) await task().catch(() => undefined);
      })();
    }
    return settling ?? Promise.resolve();
  };
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
    team: 'target' in connection ? connection.target : null,
    ctx,
    assertWritable,
    async write<T>(work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
      assertWritable();
      await settleHeld();
      assertWritable();
      const done = connection.db.transaction().execute((trx) => {
        attributeTransaction(trx, ctx.author);
        return work(trx);
      });
      const asWriteError = options.asWriteError;
      return asWriteError ? done.catch((error: unknown) => Promise.reject(asWriteError(error))) : done;
    },
    holdUntilShown(task) {
      held.push(task);
      if (!timer && !settling) {
        timer = setTimeout(() => void settleHeld(), SHOWN_FALLBACK_MS);
        timer.unref?.();
      }
    },
    shown() {
      // Only the first list counts: later ones must not keep postponing the backup.
      if (wasShown || held.length === 0 || settling) return;
      wasShown = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void settleHeld(), SHOWN_SETTLE_MS);
      timer.unref?.();
    },
    settleHeld,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await settleHeld();
        await connection.close();
      } finally {
        options.lock?.release();
        options.onClose?.();
      }
    },
  };
}
