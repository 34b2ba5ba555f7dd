/**
 * Team registers on PostgreSQL (docs/team-register.md): one PostgreSQL
 * schema per register, several registers in one database, the same kysely
 * repositories as a `.ropa` file.
 *
 * Driver: `pg` (node-postgres), the driver kysely's PostgresDialect is built
 * for; pure JavaScript (no native build for Electron), maintained since 2010,
 * and it reads PGPASSWORD and ~/.pgpass like psql does. `pg-cursor`, from
 * the same project, is what kysely streams rows through (`.stream()`: the
 * history scans of as-of and verify read the whole chain without holding it).
 *
 * What a `.ropa` file keeps in its header, a register schema keeps in the
 * schema's comment: `{"application":"ROPA","schemaVersion":N}`. A schema
 * without it is not a register and is never written to. Every connection of
 * the pool sets `search_path` to the register's schema, so the repositories'
 * unqualified table names are the register's tables; the database's own
 * `C` collation per column (ddl.ts) keeps text order equal to SQLite's.
 */
import { CompiledQuery, Kysely, PostgresDialect, sql, type Driver } from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { AppError } from '../../errors.ts';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from '../migrations/index.ts';
import type { DB } from '../schema.ts';
import { writeNewRegisterMeta } from '../register-meta.ts';
import { REGISTER_FUNCTIONS, SqliteDdlPlugin } from './ddl.ts';
import { asTlsError, tlsSettings } from './tls.ts';

export const REGISTER_APPLICATION = 'ROPA';

/** Where a team register is: a server, a database and the register (schema) in it. */
export interface PostgresTarget {
  host: string;
  port: number;
  database: string;
  user: string;
  /** Absent: pg reads PGPASSWORD or ~/.pgpass, as psql does. */
  password?: string;
  register: string;
  /** libpq's sslmode: disable (default for 127.0.0.1), require, verify-full. */
  sslMode?: 'disable' | 'require' | 'verify-full';
  /** libpq's sslrootcert: the trusted authorities' certificates (PEM file) for verify-full (tls.ts). */
  sslRootCert?: string;
  /** How long to wait for the server before saying it cannot be reached (10 s). */
  connectTimeoutMs?: number;
}

export interface PostgresRegister {
  target: PostgresTarget;
  db: Kysely<DB>;
  readOnly: boolean;
  schemaVersion: number;
  close(): Promise<void>;
}

/** Register names: a PostgreSQL schema name the user can type in a URL; never `pg_…` (the server's own). */
const REGISTER_NAME = /^(?!pg_)[a-z0-9][a-z0-9_-]{0,62}$/;

export function assertRegisterName(name: string): void {
  if (!REGISTER_NAME.test(name)) throw new AppError('TEAM_REGISTER_NAME', { register: name });
}

/** `register (host:port/database)`: how messages name a team register. */
export function targetLabel(target: PostgresTarget): string {
  return `${target.register} (${target.host}:${target.port}/${target.database})`;
}

/**
 * `postgres://user[:password]@host[:port]/database?register=name[&sslmode=require|verify-full][&sslrootcert=FILE]`.
 * A password in the URL is accepted (scripts), though the environment is the better place for it.
 */
export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('TEAM_REGISTER_URL', { url });
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') throw new AppError('TEAM_REGISTER_URL', { url });
  const register = parsed.searchParams.get('register') ?? '';
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!parsed.hostname || !database || !register) throw new AppError('TEAM_REGISTER_URL', { url: redact(parsed) });
  assertRegisterName(register);
  const sslMode = parsed.searchParams.get('sslmode') ?? undefined;
  if (sslMode !== undefined && sslMode !== 'disable' && sslMode !== 'require' && sslMode !== 'verify-full') {
    throw new AppError('TEAM_REGISTER_URL', { url: redact(parsed) });
  }
  const sslRootCert = parsed.searchParams.get('sslrootcert') || undefined;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 5432,
    database,
    user: decodeURIComponent(parsed.username) || process.env.PGUSER || '',
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    register,
    ...(sslMode ? { sslMode } : {}),
    ...(sslRootCert ? { sslRootCert } : {}),
  };
}

function redact(url: URL): string {
  const copy = new URL(url.href);
  if (copy.password) copy.password = '***';
  return copy.href;
}

/** bigint (count(*), the BIGINT columns) as a JavaScript number, as better-sqlite3 hands out SQLite's integers. */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** How `pg` reaches the server named by `target` (the pool's connections and the listener's own, listen.ts). */
export function connectionSettings(target: PostgresTarget, applicationName: string): pg.ClientConfig {
  return {
    host: target.host,
    port: target.port,
    database: target.database,
    user: target.user,
    ...(target.password !== undefined ? { password: target.password } : {}),
    ssl: tlsSettings(target),
    connectionTimeoutMillis: target.connectTimeoutMs ?? 10_000,
    application_name: applicationName,
  };
}

/** A kysely over a small pool whose every connection works in the register's schema. */
export function postgresKysely(target: PostgresTarget, poolSize = 4): Kysely<DB> {
  assertRegisterName(target.register);
  const pool = new pg.Pool({
    ...connectionSettings(target, 'ropa'),
    max: poolSize,
    types: TYPES,
  });
  // An idle connection the server dropped must not take the app with it; the next query reconnects.
  pool.on('error', () => undefined);
  // Nor may one lost while a query or transaction holds it (the server stopped): the query rejects
  // with the error (team-session.ts says so in the user's words); the client's 'error' event, unheard, would end the process.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new Kysely<DB>({
    dialect: new RegisterDialect(target.register, {
      pool,
      cursor: Cursor,
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw(`SET search_path TO ${quoteIdent(target.register)}`));
      },
    }),
  });
}

/** The advisory lock key of a register: one writer at a time per register, across every client. */
function registerLockKey(register: string): string {
  return `ropa:${register}`;
}

/**
 * PostgreSQL as the repositories were written for: one writer at a time.
 * Every transaction on a team register begins by taking the register's
 * transaction-level advisory lock (released at commit or rollback), so
 * writes from every client are serialised as SQLite serialises them in a
 * file. Inside the lock each statement sees everything committed before it
 * (READ COMMITTED), so the repositories' checks hold as they do on a file:
 * a save naming a revision another client has moved on is refused
 * (CONFLICT) rather than silently overwriting it, and two clients never
 * append the same history entry number (no fork of the chain). Reads
 * outside transactions do not wait.
 */
class RegisterDialect extends PostgresDialect {
  readonly #register: string;

  constructor(register: string, config: ConstructorParameters<typeof PostgresDialect>[0]) {
    super(config);
    this.#register = register;
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const begin = driver.beginTransaction.bind(driver);
    const key = registerLockKey(this.#register);
    driver.beginTransaction = async (connection, settings) => {
      await begin(connection, settings);
      await connection.executeQuery(CompiledQuery.raw('select pg_advisory_xact_lock(hashtext($1))', [key]));
    };
    return driver;
  }
}

interface Marker {
  application: string;
  schemaVersion: number;
}

/** The register's marker, or null when the schema does not exist; NOT_A_REGISTER when it is not a register's. */
async function readMarker(db: Kysely<DB>, target: PostgresTarget): Promise<Marker | null> {
  const row = await sql<{ marker: string | null }>`select obj_description(oid, 'pg_namespace') as marker from pg_namespace where nspname = ${target.register}`
    .execute(db)
    .then((result) => result.rows[0]);
  if (!row) return null;
  let marker: unknown;
  try {
    marker = JSON.parse(row.marker ?? '');
  } catch {
    marker = null;
  }
  const candidate = marker as Partial<Marker> | null;
  if (candidate?.application !== REGISTER_APPLICATION || !Number.isInteger(candidate.schemaVersion) || (candidate.schemaVersion ?? 0) < 1) {
    throw new AppError('TEAM_NOT_A_REGISTER', { register: targetLabel(target) });
  }
  return candidate as Marker;
}

function markerStatement(register: string, schemaVersion: number) {
  const marker: Marker = { application: REGISTER_APPLICATION, schemaVersion };
  return sql`COMMENT ON SCHEMA ${sql.id(register)} IS ${sql.lit(JSON.stringify(marker))}`;
}

/**
 * Applies the migrations after `from` in the transaction given (the caller
 * holds the register's lock), the same list a `.ropa` file gets, translated
 * for PostgreSQL (ddl.ts); then records the version in the schema's marker.
 */
export async function migratePostgres(trx: Kysely<DB>, register: string, from: number, to = LATEST_SCHEMA_VERSION): Promise<void> {
  const translated = trx.withPlugin(new SqliteDdlPlugin());
  for (let index = from; index < to; index += 1) {
    const migration = migrations[index];
    if (!migration) throw new Error(`missing migration ${index + 1}`);
    await migration.up(translated as unknown as Parameters<Migration['up']>[0]);
  }
  await markerStatement(register, to).execute(trx);
}

/**
 * Takes the register's lock in `trx` (every transaction of postgresKysely
 * already holds it; the lock is re-entrant): creating and migrating use it
 * explicitly, so the guarantee does not hang on how the caller connected.
 */
export async function lockRegister(trx: Kysely<DB>, register: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${registerLockKey(register)}))`.execute(trx);
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);

/**
 * A failure to reach or log in to the server as the AppError the user should
 * see: TEAM_LOGIN_FAILED (wrong user or password: SQLSTATE 28P01/28000),
 * TEAM_DATABASE_NOT_FOUND (3D000), TEAM_UNREACHABLE (refused, no such host,
 * timed out), and TLS failures with their own messages (tls.ts:
 * TEAM_TLS_NOT_OFFERED, TEAM_TLS_UNTRUSTED, TEAM_TLS_HOST_MISMATCH).
 * Anything else is returned as it was.
 */
export function asConnectionError(error: unknown, target: PostgresTarget): unknown {
  if (error instanceof AppError || typeof error !== 'object' || error === null) return error;
  const tls = asTlsError(error, target);
  if (tls) return tls;
  const code = 'code' in error ? String(error.code) : '';
  const server = `${target.host}:${target.port}`;
  if (code === '28P01' || code === '28000') return new AppError('TEAM_LOGIN_FAILED', { server, user: target.user }, { cause: error });
  if (code === '3D000') return new AppError('TEAM_DATABASE_NOT_FOUND', { server, database: target.database }, { cause: error });
  const message = error instanceof Error ? error.message : '';
  // A connection the other end closes before it answers (not a PostgreSQL server there, or one shutting down) is unreachable too.
  if (UNREACHABLE.has(code) || /timeout expired|Connection terminated due to connection timeout|Connection terminated unexpectedly/i.test(message)) {
    return new AppError('TEAM_UNREACHABLE', { server, detail: code || message }, { cause: error });
  }
  return error;
}

export interface CreatePostgresOptions {
  title?: string;
  now: () => Date;
  /** Writes the first content (an organisation, a copied register) in the creating transaction. */
  initialise?: (db: Kysely<DB>) => Promise<void>;
  /** The schema version to create (tests of upgrades); the latest by default. */
  schemaVersion?: number;
}

/**
 * Creates a register schema: the schema, SQLite's JSON functions, every
 * migration, the meta rows and the first content, all in one transaction, so
 * a failure (or a second client creating the same name) leaves nothing.
 */
export async function createPostgresRegister(target: PostgresTarget, options: CreatePostgresOptions): Promise<PostgresRegister> {
  const db = postgresKysely(target);
  const version = options.schemaVersion ?? LATEST_SCHEMA_VERSION;
  try {
    await db.transaction().execute(async (trx) => {
      await lockRegister(trx, target.register);
      if ((await sql`select 1 from pg_namespace where nspname = ${target.register}`.execute(trx)).rows.length > 0) {
        throw new AppError('TEAM_REGISTER_EXISTS', { register: targetLabel(target) });
      }
      await sql`CREATE SCHEMA ${sql.id(target.register)}`.execute(trx);
      for (const statement of REGISTER_FUNCTIONS) {
        await sql.raw(statement.replace('CREATE FUNCTION ', `CREATE FUNCTION ${quoteIdent(target.register)}.`)).execute(trx);
      }
      await migratePostgres(trx, target.register, 0, version);
      // The register's facts and their first history entry, as in a file (register-meta.ts).
      await writeNewRegisterMeta(trx, { title: options.title ?? '', createdAt: options.now().toISOString(), recorded: version === LATEST_SCHEMA_VERSION });
      await options.initialise?.(trx);
    });
  } catch (error) {
    await db.destroy();
    throw asConnectionError(error, target);
  }
  return { target, db, readOnly: false, schemaVersion: version, close: () => db.destroy() };
}

export interface OpenPostgresOptions {
  readOnly?: boolean;
}

/**
 * Opens a register schema, migrating it to this build's schema (under the
 * register's lock, so two clients never migrate at once) unless read-only.
 * Refuses a schema that does not exist, is not a register, or is newer.
 */
export async function openPostgresRegister(target: PostgresTarget, options: OpenPostgresOptions = {}): Promise<PostgresRegister> {
  const db = postgresKysely(target);
  const readOnly = options.readOnly ?? false;
  try {
    const marker = await readMarker(db, target);
    if (!marker) throw new AppError('TEAM_REGISTER_NOT_FOUND', { register: targetLabel(target) });
    if (marker.schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppError('NEWER_VERSION', { file: targetLabel(target), found: marker.schemaVersion, supported: LATEST_SCHEMA_VERSION });
    }
    let schemaVersion = marker.schemaVersion;
    if (!readOnly && schemaVersion < LATEST_SCHEMA_VERSION) {
      await db.transaction().execute(async (trx) => {
        await lockRegister(trx, target.register);
        const current = (await readMarker(trx, target))?.schemaVersion ?? schemaVersion;
        if (current < LATEST_SCHEMA_VERSION) await migratePostgres(trx, target.register, current);
      });
      schemaVersion = LATEST_SCHEMA_VERSION;
    }
    return { target, db, readOnly, schemaVersion, close: () => db.destroy() };
  } catch (error) {
    await db.destroy();
    throw asConnectionError(error, target);
  }
}
