/**
 * Opening and creating register files.
 *
 * A register is one SQLite file. Before anything writes to a file it is
 * inspected read-only: a file that is not SQLite, not a register, damaged or
 * written by a newer version is refused with a clear error and left exactly
 * as it was, byte for byte.
 *
 * Durability: the rollback journal (journal_mode=DELETE) with
 * synchronous=FULL. A committed change is on disk, in the one file, before
 * the call returns; a crash (killed process, dead battery) mid-write leaves a
 * hot journal that the next open rolls back, so the file holds exactly the
 * committed changes. WAL is not used: it keeps committed changes in a side
 * file until a checkpoint, so a register copied, mailed or synced by
 * OneDrive while the app is open could miss them, and it needs shared memory
 * that network drives (where consultants keep client files) do not provide.
 */
import { existsSync, fsyncSync, linkSync, openSync, readSync, closeSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { AppError, asAppError } from '../errors.ts';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations/index.ts';
import type { DB } from './schema.ts';
import { writeNewRegisterMeta } from './register-meta.ts';
import { attributeTransaction } from './repositories/history-repository.ts';
import { assertOwnSchema, prepareExpectedSchemas, type SchemaSteps } from './schema-check.ts';

/** 'ROPA' in ASCII: PRAGMA application_id of every register file. */
export const ROPA_APPLICATION_ID = 0x524f5041;

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface RegisterConnection {
  path: string;
  db: Kysely<DB>;
  sqlite: Database.Database;
  readOnly: boolean;
  schemaVersion: number;
  close(): Promise<void>;
}

export interface OpenOptions {
  readOnly?: boolean;
  /** The open's probe checked this very file (integrity, foreign keys) and it has not changed since: those two checks are not run again. */
  probed?: boolean;
  /** Called before migrations change the file (to take a backup). */
  beforeMigrate?: (path: string, fromVersion: number) => Promise<void> | void;
}

interface Inspection {
  schemaVersion: number;
}

function fileLabel(path: string): string {
  return basename(path);
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function sqliteErrorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * Reads what a file is without changing it. Throws FILE_NOT_FOUND,
 * NOT_SQLITE, NOT_A_REGISTER, BAD_VERSION, NEWER_VERSION, FOREIGN_SCHEMA
 * (schema-check.ts) or DAMAGED. Every open runs `integrity_check`, which
 * also finds damage inside indexes that `quick_check` does not look for; on
 * a register of 10,000 activities (31 MB) it costs 25 ms more than
 * `quick_check` (150 ms in all).
 */
export async function inspectRegisterFile(path: string, deep = true): Promise<Inspection> {
  await prepareExpectedSchemas(schemaSteps);
  return inspectPrepared(path, deep);
}

function inspectPrepared(path: string, deep = true): Inspection {
  const file = fileLabel(path);
  if (!existsSync(path) || !statSync(path).isFile()) throw new AppError('FILE_NOT_FOUND', { file });
  const header = readHeader(path);
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) {
    throw new AppError('NOT_SQLITE', { file });
  }
  let probe: Database.Database | undefined;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    configureChecks(probe);
    const applicationId = probe.pragma('application_id', { simple: true }) as number;
    const schemaVersion = probe.pragma('user_version', { simple: true }) as number;
    if (applicationId !== ROPA_APPLICATION_ID) throw new AppError('NOT_A_REGISTER', { file });
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppError('NEWER_VERSION', { file, found: schemaVersion, supported: LATEST_SCHEMA_VERSION });
    }
    // Version 0 is a register with nothing in it yet (the migrations make everything); with tables in it, it is a lie.
    const empty = schemaVersion === 0 && probe.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() === 0;
    if (!empty && (!Number.isInteger(schemaVersion) || schemaVersion < 1)) {
      throw new AppError('BAD_VERSION', { file, found: schemaVersion, supported: LATEST_SCHEMA_VERSION });
    }
    if (!empty) assertOwnSchema(probe, schemaVersion, file);
    if (!deep) return { schemaVersion };
    const check = probe.pragma('integrity_check', { simple: true }) as string;
    if (check !== 'ok') throw new AppError('DAMAGED', { file, detail: check });
    // Rows whose parent is gone (written with foreign keys off, outside the app) would break every read.
    const orphan = probe.prepare('SELECT "table", parent FROM pragma_foreign_key_check LIMIT 1').get() as { table: string; parent: string } | undefined;
    if (orphan) throw new AppError('DAMAGED', { file, detail: `foreign_key_check: ${orphan.table} → ${orphan.parent}` });
    return { schemaVersion };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = sqliteErrorCode(error);
    // A hot journal left by a crash needs a writer to roll it back: not damage.
    if (code === 'SQLITE_READONLY_ROLLBACK' || code === 'SQLITE_BUSY_RECOVERY') return recoverAndInspect(path);
    if (code === 'SQLITE_NOTADB') throw new AppError('NOT_SQLITE', { file }, { cause: error });
    throw new AppError('DAMAGED', { file, detail: error instanceof Error ? error.message : code }, { cause: error });
  } finally {
    probe?.close();
  }
}

/** Rolls back a crash's hot journal (what SQLite itself would do), then inspects again. */
function recoverAndInspect(path: string): Inspection {
  const writer = new Database(path, { fileMustExist: true });
  try {
    writer.pragma('schema_version');
  } finally {
    writer.close();
  }
  return inspectPrepared(path);
}

/** Prepared statements kept per connection, by SQL text. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely over a better-sqlite3 connection whose prepared statements are
 * reused. Kysely's SQLite driver prepares every query anew; the repositories
 * run the same few dozen statements over and over (loading one activity is
 * thirteen of them), and preparing costs more than running them.
 * A bounded cache (least recently used goes first) caps the memory for the
 * statements whose text varies (multi-row inserts, `in (...)` lists).
 */
export function kyselyFor(sqlite: Database.Database): Kysely<DB> {
  const statements = new Map<string, Database.Statement>();
  const database = {
    prepare(text: string): Database.Statement {
      let statement = statements.get(text);
      if (statement) {
        statements.delete(text);
      } else {
        statement = sqlite.prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      }
      statements.set(text, statement);
      return statement;
    },
    close(): void {
      statements.clear();
      sqlite.close();
    },
  };
  return new Kysely<DB>({ dialect: new SqliteDialect({ database }) });
}

/** What every connection enforces: foreign keys, an untrusted schema, checked cell sizes. */
function configureChecks(sqlite: Database.Database): void {
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('trusted_schema = OFF');
  sqlite.pragma('cell_size_check = ON');
}

function configure(sqlite: Database.Database, readOnly: boolean): void {
  configureChecks(sqlite);
  if (!readOnly) {
    sqlite.pragma('journal_mode = DELETE');
    sqlite.pragma('synchronous = FULL');
  }
}

function connect(path: string, readOnly: boolean, schemaVersion: number): RegisterConnection {
  const sqlite = new Database(path, { readonly: readOnly, fileMustExist: true, timeout: 5000 });
  configure(sqlite, readOnly);
  const db = kyselyFor(sqlite);
  return {
    path,
    db,
    sqlite,
    readOnly,
    schemaVersion,
    close: () => db.destroy(),
  };
}

/** Applies the migrations after `from`, all in one transaction. */
export async function migrate(db: Kysely<DB>, from: number, to = LATEST_SCHEMA_VERSION): Promise<void> {
  if (from >= to) return;
  await db.transaction().execute(async (trx) => {
    for (let index = from; index < to; index += 1) {
      const migration = migrations[index];
      if (!migration) throw new Error(`missing migration ${index + 1}`);
      await migration.up(trx as unknown as Parameters<Migration['up']>[0]);
    }
    await sql.raw(`PRAGMA user_version = ${to}`).execute(trx);
  });
}

/**
 * Opens an existing register, migrating it to the current schema (after
 * `beforeMigrate`, which takes the backup) unless it is opened read-only.
 */
export async function openRegisterFile(path: string, options: OpenOptions = {}): Promise<RegisterConnection> {
  const { schemaVersion } = await inspectRegisterFile(path, !options.probed);
  const readOnly = options.readOnly ?? false;
  if (readOnly && schemaVersion < LATEST_SCHEMA_VERSION) {
    // An old file opened read-only is read through a migrated in-memory copy.
    const source = new Database(path, { readonly: true, fileMustExist: true });
    const image = source.serialize();
    source.close();
    const sqlite = new Database(image);
    configure(sqlite, false);
    const db = kyselyFor(sqlite);
    await migrate(db, schemaVersion);
    return { path, db, sqlite, readOnly: true, schemaVersion: LATEST_SCHEMA_VERSION, close: () => db.destroy() };
  }
  if (!readOnly && schemaVersion < LATEST_SCHEMA_VERSION) {
    await options.beforeMigrate?.(path, schemaVersion);
  }
  const connection = connect(path, readOnly, schemaVersion);
  if (!readOnly && schemaVersion < LATEST_SCHEMA_VERSION) {
    try {
      await migrate(connection.db, schemaVersion);
    } catch (error) {
      await connection.close();
      throw error;
    }
    connection.schemaVersion = LATEST_SCHEMA_VERSION;
  }
  return connection;
}

export interface CreateOptions {
  /** The register's title (shown on the cover of reports). */
  title?: string;
  now: () => Date;
  /** Who creates it: the author of the register's first history entry and of what `initialise` writes. */
  author?: string;
  /** Writes the first content (an organisation, demo data) before the file appears. */
  initialise?: (db: Kysely<DB>) => Promise<void>;
}

/** An in-memory database migrated to `version`: the schema a file of that version must have (and repair's target). */
export async function schemaAt(version: number): Promise<Database.Database> {
  const sqlite = new Database(':memory:');
  configureChecks(sqlite);
  await migrate(kyselyFor(sqlite), 0, version);
  return sqlite;
}

/** An empty in-memory database, migrated on a version at a time by `stepTo` (the expected schemas, schema-check.ts). */
export function schemaSteps(): SchemaSteps {
  const sqlite = new Database(':memory:');
  configureChecks(sqlite);
  const db = kyselyFor(sqlite);
  let at = 0;
  return {
    sqlite,
    async stepTo(version) {
      await migrate(db, at, version);
      at = version;
    },
  };
}

/** The empty register the migrations make (schema, built-in catalogues), made once per process. */
let emptyImage: Promise<Buffer> | null = null;

/**
 * The bytes of an empty register: every migration applied, in memory, to an
 * empty database. Every new register starts as a copy of them, so creating
 * one (a new register, each import into a new file) costs the migrations
 * once per run of the app instead of each time; the copy is the same
 * database as migrating the new file itself (test/db/create-register.test.ts).
 */
export function emptyRegisterImage(): Promise<Buffer> {
  emptyImage ??= (async () => {
    const sqlite = new Database(':memory:');
    const db = kyselyFor(sqlite);
    try {
      sqlite.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
      configureChecks(sqlite);
      await migrate(db, 0);
      return sqlite.serialize();
    } finally {
      await db.destroy();
    }
  })();
  // A failed build is not kept: the next creation tries again (and says why).
  emptyImage.catch(() => {
    emptyImage = null;
  });
  return emptyImage;
}

/**
 * Creates a new register at `path`, which must not exist. The file is built
 * under a temporary name and moved into place only when complete, so a crash
 * never leaves a half-made register under the chosen name.
 */
export async function createRegisterFile(path: string, options: CreateOptions): Promise<RegisterConnection> {
  const file = fileLabel(path);
  if (existsSync(path)) throw new AppError('FILE_EXISTS', { file });
  if (!existsSync(dirname(path))) throw new AppError('FILE_NOT_FOUND', { file: dirname(path) });
  const image = await emptyRegisterImage();
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.creating`);
  try {
    writeFileSync(temporary, image, { flag: 'wx' });
  } catch (error) {
    // A folder that cannot be written, a full disk: said of the file the user chose.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written there
    }
    throw asAppError(error, file);
  }
  let db: Kysely<DB> | undefined;
  try {
    const sqlite = new Database(temporary, { fileMustExist: true });
    db = kyselyFor(sqlite);
    configureChecks(sqlite);
    // Nothing needs to survive a crash until the file is complete: a half-made
    // file has a temporary name and is never opened. So the journal is kept in
    // memory (a failed step still rolls back) and nothing is synced on each
    // commit; the finished file is synced once, below, before it gets its name.
    sqlite.pragma('journal_mode = MEMORY');
    sqlite.pragma('synchronous = OFF');
    const createdAt = options.now().toISOString();
    await db.transaction().execute(async (trx) => {
      attributeTransaction(trx, options.author);
      // The register's facts and their first history entry (register-meta.ts): verify names a fact changed outside the app from now on.
      await writeNewRegisterMeta(trx, { title: options.title ?? '', createdAt });
      await options.initialise?.(trx);
    });
    await db.destroy();
    syncFile(temporary);
    placeNewFile(temporary, path);
  } catch (error) {
    await db?.destroy().catch(() => undefined);
    // The journal was in memory: the temporary file is all there is to remove.
    rmSync(temporary, { force: true });
    throw error;
  }
  // The file was made here, from the image, and nothing else has had it:
  // opened as it is, without the integrity check that guards files from elsewhere.
  return connect(path, false, LATEST_SCHEMA_VERSION);
}

/** Writes a file's content through to the disk (what synchronous=FULL does at each commit). */
function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Moves a finished file into place without ever overwriting an existing one. */
function placeNewFile(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
    rmSync(temporary);
  } catch (error) {
    if (sqliteErrorCode(error) === 'EEXIST') {
      rmSync(temporary, { force: true });
      throw new AppError('FILE_EXISTS', { file: fileLabel(path) });
    }
    // File systems without hard links (FAT, some network shares).
    if (existsSync(path)) {
      rmSync(temporary, { force: true });
      throw new AppError('FILE_EXISTS', { file: fileLabel(path) });
    }
    renameSync(temporary, path);
  }
}
