/**
 * A team register (a schema in a PostgreSQL database: docs/team-register.md)
 * opened as a `RegisterSession`, so every handler, CLI command, check,
 * export, import, history screen, verify and as-of works on it as on a
 * `.ropa` file. What a file session has and a team session does not:
 *
 * - no file lock: every transaction takes the register's advisory lock
 *   (db/postgres/connection.ts), which serialises writers from every client;
 * - no `.ropa` backups: the server's own tools back up a team register
 *   (`pg_dump -n <register>`); asking for one is TEAM_NO_BACKUPS, which says
 *   so and offers `ropa export json`, and the backups an import or a day's
 *   first open would take are not taken;
 * - no open probe child: the probe guards against hostile files, and a team
 *   register is not a file someone handed over.
 *
 * The session's `path` is the register's address without its password
 * (`teamAddress`), so the recent list, messages and file names never hold one.
 */
import { watchTeamRegister } from './register-changes.ts';
import { basename } from 'node:path';
import { AppError } from '../errors.ts';
import { asConnectionError, openPostgresRegister, parsePostgresUrl, targetLabel, type PostgresRegister, type PostgresTarget } from '../db/postgres/connection.ts';
import type { TeamRole } from '../db/postgres/grants.ts';
import { canEdit, readTeamRole, type TeamAccess } from '../db/postgres/team-role.ts';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { createSession, type RegisterSession } from './register-session.ts';
import type { TeamConnection } from './team-connection.ts';

export type { TeamConnection } from './team-connection.ts';

/** `postgres://…` or `postgresql://…`: a team register's address, not a file path. */
export function isTeamAddress(text: string): boolean {
  return /^postgres(ql)?:\/\//i.test(text);
}

/** How the app names a register: a file by its name, a team register as `name (host:port/database)`. */
export function registerLabel(path: string): string {
  return isTeamAddress(path) ? targetLabel(parsePostgresUrl(path)) : basename(path);
}

/** The address of a team register without its password: what the app remembers and shows. */
export function teamAddress(target: PostgresTarget): string {
  const user = target.user ? `${encodeURIComponent(target.user)}@` : '';
  const ssl = `${target.sslMode ? `&sslmode=${target.sslMode}` : ''}${target.sslRootCert ? `&sslrootcert=${encodeURIComponent(target.sslRootCert)}` : ''}`;
  return `postgres://${user}${target.host}:${target.port}/${encodeURIComponent(target.database)}?register=${target.register}${ssl}`;
}

/** The error every file-only operation gives on a team register (backups, "save a copy" of the file). */
export function noTeamBackups(target: PostgresTarget): AppError {
  return new AppError('TEAM_NO_BACKUPS', { register: target.register, label: targetLabel(target) });
}

/** SQLSTATEs of a connection the server ended (shutdown, crash, restart) and libpq's connection-exception class. */
const LOST = /^(57P0[1-3]|08\d{3})$/;

/**
 * A failure on a team register as the user should see it: a connection
 * that went away mid-session is TEAM_CONNECTION_LOST (the transaction was
 * rolled back by the server, so nothing of it is written), a server that
 * cannot be reached or refuses the login is what asConnectionError says;
 * a statement the user's role does not allow (42501: a role taken away
 * while the register was open) is TEAM_NOT_ALLOWED;
 * anything else (CONFLICT, validation) is returned as it was.
 */
export function asTeamError(error: unknown, target: PostgresTarget): unknown {
  if (error instanceof AppError || typeof error !== 'object' || error === null) return error;
  const code = 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : '';
  if (LOST.test(code) || /Connection terminated|connection.*(closed|ended)|Client has encountered a connection error/i.test(message)) {
    return new AppError('TEAM_CONNECTION_LOST', { server: `${target.host}:${target.port}`, detail: code || message }, { cause: error });
  }
  // The server refused the user (a role taken away while the register was open): said as such, not as an unexpected error.
  if (code === '42501') return new AppError('TEAM_NOT_ALLOWED', { register: targetLabel(target), detail: message }, { cause: error });
  return asConnectionError(error, target);
}

export interface OpenTeamOptions {
  now: () => Date;
  author?: string;
  readOnly?: boolean;
  /** The language of the read-only notice a reader is shown (Latvian by default). */
  language?: Language;
}

/** Opens the register schema; a newer one is TEAM_NEWER_VERSION (the file's message says "the file was not changed"). */
function openSchema(target: PostgresTarget, readOnly: boolean): Promise<PostgresRegister> {
  return openPostgresRegister(target, { readOnly }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NEWER_VERSION') throw new AppError('TEAM_NEWER_VERSION', { ...error.params, register: targetLabel(target) });
    throw error;
  });
}

/**
 * The register opened as far as the user's role allows: it is first opened
 * without writing anything, the user's role asked of the server, and only an
 * editor or owner who asked to write gets a writable register (an older
 * register schema migrated). A user with no role is refused (TEAM_NO_ACCESS).
 */
async function openForRole(target: PostgresTarget, wantsWrite: boolean): Promise<{ opened: PostgresRegister; role: TeamRole }> {
  let opened = await openSchema(target, true);
  let access: TeamAccess;
  try {
    access = await readTeamRole(opened.db, target.register);
  } catch (error) {
    await opened.close();
    throw asConnectionError(error, target);
  }
  if (access === 'none') {
    await opened.close();
    throw new AppError('TEAM_NO_ACCESS', { register: targetLabel(target), user: target.user });
  }
  if (wantsWrite && canEdit(access)) {
    // Reopened for writing only when an older schema must be migrated (under the register's lock).
    if (opened.schemaVersion < LATEST_SCHEMA_VERSION) {
      await opened.close();
      opened = await openSchema(target, false);
    } else {
      opened = { ...opened, readOnly: false };
    }
  }
  return { opened, role: access };
}

/**
 * Opens the team register at `target` as a session (migrating an older
 * register schema unless read-only). Refuses what openPostgresRegister
 * refuses, with the same messages: TEAM_LOGIN_FAILED, TEAM_UNREACHABLE,
 * TEAM_DATABASE_NOT_FOUND, TEAM_REGISTER_NOT_FOUND, TEAM_NOT_A_REGISTER,
 * TEAM_NEWER_VERSION, and TEAM_NO_ACCESS for a user with no role in it;
 * nothing is written when it refuses. A reader's register opens read-only
 * with a notice in `options.language` (every save: READ_ONLY with it). A
 * write that loses the server is TEAM_CONNECTION_LOST (asTeamError).
 */
export async function openTeamSession(target: PostgresTarget, options: OpenTeamOptions): Promise<RegisterSession> {
  const wantsWrite = !(options.readOnly ?? false);
  const { opened, role } = await openForRole(target, wantsWrite);
  // Other people's commits are announced (NOTIFY) and heard here, so the window's poll is answered from memory
  // (register-changes.ts). Without a listener (it could not connect) the poll reads the history: slower, never wrong.
  const watch = await watchTeamRegister(opened.db, target).catch(() => null);
  const connection: TeamConnection = {
    path: teamAddress(target),
    db: opened.db,
    readOnly: opened.readOnly,
    schemaVersion: opened.schemaVersion,
    get sqlite(): never {
      throw noTeamBackups(target);
    },
    target,
    role,
    close: async () => {
      await watch?.close().catch(() => undefined);
      await opened.close();
    },
  };
  const ctx: WriteContext = { now: options.now, ...(options.author ? { author: options.author } : {}) };
  const readOnlyReason = wantsWrite && !canEdit(role) ? translator(options.language ?? 'lv')('teamRoles:readerNotice') : '';
  return createSession(connection, ctx, { asWriteError: (error) => asTeamError(error, target), ...(readOnlyReason ? { readOnlyReason } : {}) });
}

/** The user's role in the open team register; null for a `.ropa` file. */
export function teamRoleOf(session: RegisterSession): TeamRole | null {
  return 'role' in session.connection ? session.connection.role : null;
}

/** Why the session is read-only, in `language`: a reader's notice is said again in the language chosen since. */
export function teamReadOnlyNotice(session: RegisterSession, language: Language): string {
  if (session.readOnly && session.readOnlyReason && teamRoleOf(session) === 'reader') return translator(language)('teamRoles:readerNotice');
  return session.readOnlyReason;
}

/**
 * Refuses what only a team register's owners may do (approving a version):
 * what any write is refused first (READ_ONLY for a reader, LOCKED), then
 * TEAM_OWNER_ONLY for an editor. A file has no roles: its writer may.
 */
export function assertTeamOwner(session: RegisterSession, action: 'approve'): void {
  session.assertWritable();
  const role = teamRoleOf(session);
  if (role !== null && role !== 'owner' && session.team) {
    throw new AppError('TEAM_OWNER_ONLY', { action, role, register: targetLabel(session.team) });
  }
}

/** Opens a team register named by its address (`postgres://user@host/db?register=name`), with `password` when given. */
export function openTeamAddress(address: string, options: OpenTeamOptions & { password?: string }): Promise<RegisterSession> {
  const target = parsePostgresUrl(address);
  return openTeamSession(options.password !== undefined && target.password === undefined ? { ...target, password: options.password } : target, options);
}
