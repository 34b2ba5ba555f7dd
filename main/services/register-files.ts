/**
 * Opening and creating registers as sessions: the one place that decides how
 * a file is opened (read-only or not) and what happens around it: the lock
 * that keeps a second instance read-only, the backup before a migration, and
 * the daily backup (held until the register has been shown: register-session.ts).
 */
import { basename } from 'node:path';
import { createRegisterFile, openRegisterFile } from '../db/connection.ts';
import { saveOrganisation } from '../db/repositories/organisation-repository.ts';
import { AppError } from '../errors.ts';
import { formatTimestamp } from '../../shared/format.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import { backupFile, ensureDailyBackup } from './backups.ts';
import { acquireLock, describeHolder, type LockHolder, type RegisterLock } from './register-lock.ts';
import { createSession, type RegisterSession } from './register-session.ts';
import { isTeamAddress, openTeamAddress } from './team-session.ts';
import { emptyOrganisation, type OrganisationInput } from '../../shared/domain/organisation.ts';

export interface OpenRegisterOptions {
  now: () => Date;
  /** Who makes the changes in this session: recorded in the history. */
  author?: string;
  /** Open for reading only: no lock, no backups, no migration of the file. */
  readOnly?: boolean;
  /**
   * When another instance has the register open for writing: open it
   * read-only with a notice naming the holder (the app, the default), or
   * refuse with LOCKED (CLI commands that write).
   */
  whenLocked?: 'readOnly' | 'fail';
  /** Language of the read-only notice. */
  language?: Language;
  /** Automatic backups (migration, daily): how many to keep; `false` turns the daily one off. */
  backups?: { keep?: number; daily?: boolean };
  /** Told when the daily backup fails; opening goes on (a full disk must not lock the DPO out). */
  onBackupError?: (error: unknown) => void;
  /** The open's probe has just checked this unchanged file (connection.ts `OpenOptions.probed`). */
  probed?: boolean;
  /** A team register's password when not in its address (else PGPASSWORD or ~/.pgpass): kept in memory only. */
  password?: string;
}

/** The notice shown when another instance holds the register. */
export function lockedNotice(holder: LockHolder, language: Language): string {
  const t = translator(language);
  return t('safety:lockedBy', { holder: t('safety:holder', { user: holder.user, host: holder.host, since: formatTimestamp(holder.since) }) });
}

function fileSystemCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** Takes the lock, or says who has it; a folder that cannot be written gives a read-only register. */
function lockFor(path: string): { lock?: RegisterLock; heldBy?: LockHolder } {
  try {
    return acquireLock(path);
  } catch (error) {
    if (['EACCES', 'EPERM', 'EROFS'].includes(fileSystemCode(error))) return {};
    throw error;
  }
}

/**
 * Opens the register at `path`: a `.ropa` file, or a team register when
 * `path` is its `postgres://…?register=name` address (team-session.ts: no
 * lock, no backups; the advisory lock serialises its writers).
 */
export async function openRegister(path: string, options: OpenRegisterOptions): Promise<RegisterSession> {
  const ctx = { now: options.now, ...(options.author ? { author: options.author } : {}) };
  if (isTeamAddress(path)) {
    return openTeamAddress(path, { ...ctx, readOnly: options.readOnly ?? false, ...(options.language ? { language: options.language } : {}), ...(options.password !== undefined ? { password: options.password } : {}) });
  }
  const language = options.language ?? 'lv';
  if (options.readOnly) {
    return createSession(await openRegisterFile(path, { readOnly: true, probed: options.probed === true }), ctx);
  }
  const { lock, heldBy } = lockFor(path);
  if (!lock) {
    if (heldBy && options.whenLocked === 'fail') throw new AppError('LOCKED', { file: basename(path), holder: describeHolder(heldBy) });
    const connection = await openRegisterFile(path, { readOnly: true, probed: options.probed === true });
    const readOnlyReason = heldBy ? lockedNotice(heldBy, language) : translator(language)('safety:folderReadOnly');
    return createSession(connection, ctx, { readOnlyReason, lockedBy: heldBy ?? null });
  }
  let session: RegisterSession;
  try {
    const keep = options.backups?.keep;
    const connection = await openRegisterFile(path, {
      probed: options.probed === true,
      beforeMigrate: async (file) => {
        await backupFile(file, 'migration', { now: options.now, keep });
      },
    });
    session = createSession(connection, ctx, { lock });
  } catch (error) {
    lock.release();
    throw error;
  }
  if (options.backups?.daily !== false) {
    // The day's backup follows the first list (issue 19): a large register is shown without waiting for the copy.
    session.holdUntilShown(async () => {
      try {
        await ensureDailyBackup(session, { keep: options.backups?.keep });
      } catch (error) {
        options.onBackupError?.(error);
      }
    });
  }
  return session;
}

export async function createRegister(
  path: string,
  options: { now: () => Date; title?: string; organisationName?: string; organisation?: Partial<OrganisationInput> & { name: string }; author?: string },
): Promise<RegisterSession> {
  const ctx = { now: options.now, ...(options.author ? { author: options.author } : {}) };
  const { lock, heldBy } = acquireLock(path);
  if (!lock) throw new AppError('LOCKED', { file: basename(path), holder: describeHolder(heldBy) });
  try {
    const connection = await createRegisterFile(path, {
      now: options.now,
      title: options.title ?? options.organisation?.name ?? options.organisationName ?? '',
      ...(ctx.author ? { author: ctx.author } : {}),
      initialise: async (trx) => {
        // The guided start's organisation (every detail given), or only its name.
        const name = options.organisation?.name ?? options.organisationName;
        if (name) await saveOrganisation(trx, { ...emptyOrganisation(name), ...options.organisation }, ctx);
      },
    });
    return createSession(connection, ctx, { lock });
  } catch (error) {
    lock.release();
    throw error;
  }
}
