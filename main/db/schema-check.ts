/**
 * The schema is the app's, not the file's.
 *
 * A register received from someone else is data, never code. SQLite keeps a
 * database's triggers and views inside the file, and runs them in whoever
 * opens it: a trigger `AFTER INSERT ON history` fires on the DPO's next save,
 * a view named like a register table runs the sender's query (an endless
 * recursive one freezes the app). So before anything reads a table, the
 * file's `sqlite_schema` is compared with the schema the app's own
 * migrations make for the file's `user_version`: the same tables, columns,
 * constraints and indexes, word for word, and nothing else. A file that
 * differs is refused, naming what is foreign or missing, and left exactly as
 * it was (it was only read).
 *
 * Reading `sqlite_schema` parses the CREATE statements but runs none of them;
 * `trusted_schema=OFF` is set before it anyway.
 *
 * SQLite's statistics tables (`sqlite_stat1`, `sqlite_stat4`, made by ANALYZE
 * in any SQLite tool) are the one tolerated addition: they hold numbers the
 * query planner reads, and run nothing.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../errors.ts';
import { migrations } from './migrations/index.ts';

export interface SchemaObject {
  type: string;
  name: string;
  tableName: string;
  sql: string | null;
}

/** What a file's schema has that the app's has not, or lacks, in the terms a message names. */
export interface SchemaDifference {
  kind: 'foreign' | 'missing' | 'changed' | 'replaced';
  /** 'table', 'index', 'trigger', 'view'. */
  type: string;
  name: string;
}

/** The object types in both languages, nominative (the messages are worded around them). */
export const TYPE_NAMES: Record<string, { lv: string; en: string }> = {
  table: { lv: 'tabula', en: 'table' },
  index: { lv: 'indekss', en: 'index' },
  trigger: { lv: 'trigeris', en: 'trigger' },
  view: { lv: 'skats', en: 'view' },
};

const TOLERATED = new Set(['sqlite_stat1', 'sqlite_stat4']);

const expected = new Map<number, Map<string, SchemaObject>>();

/** The objects of `sqlite_schema`, by name. */
export function readSchema(sqlite: Database.Database): Map<string, SchemaObject> {
  const rows = sqlite.prepare('SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema').all() as SchemaObject[];
  return new Map(rows.map((row) => [row.name, row]));
}

/** An in-memory database at version 0, and a way to migrate it on to a later version (connection.ts `schemaSteps`). */
export interface SchemaSteps {
  sqlite: Database.Database;
  stepTo(version: number): Promise<void>;
}

/**
 * Builds (once per process) the schema the app's migrations make at every
 * version, so files can be compared synchronously: one in-memory database
 * migrated a version at a time, its schema read after each step. (Building
 * each version from an empty database ran the migrations n² / 2 times: about
 * 200 ms of CPU before a process's first open, issue 19's cold start.)
 */
export async function prepareExpectedSchemas(start: () => SchemaSteps): Promise<void> {
  let missing = false;
  for (let version = 1; version <= migrations.length; version += 1) if (!expected.has(version)) missing = true;
  if (!missing) return;
  const steps = start();
  try {
    for (let version = 1; version <= migrations.length; version += 1) {
      await steps.stepTo(version);
      if (!expected.has(version)) expected.set(version, readSchema(steps.sqlite));
    }
  } finally {
    steps.sqlite.close();
  }
}

function expectedSchema(version: number): Map<string, SchemaObject> {
  const known = expected.get(version);
  if (!known) throw new Error(`the schema of version ${version} was not prepared (prepareExpectedSchemas)`);
  return known;
}

/** Every difference between a file's schema and the app's at `version`, foreign objects first. */
export function compareSchema(actual: Map<string, SchemaObject>, version: number): SchemaDifference[] {
  const wanted = expectedSchema(version);
  const differences: SchemaDifference[] = [];
  for (const object of actual.values()) {
    if (TOLERATED.has(object.name)) continue;
    const own = wanted.get(object.name);
    if (!own) differences.push({ kind: 'foreign', type: object.type, name: object.name });
    else if (own.type !== object.type) differences.push({ kind: 'replaced', type: object.type, name: object.name });
    else if (own.sql !== object.sql || own.tableName !== object.tableName) {
      differences.push({ kind: 'changed', type: object.type, name: object.name });
    }
  }
  for (const own of wanted.values()) {
    if (!actual.has(own.name)) differences.push({ kind: 'missing', type: own.type, name: own.name });
  }
  const order = { foreign: 0, replaced: 1, missing: 2, changed: 3 };
  return differences.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name));
}

/**
 * Refuses a file whose schema is not the app's: FOREIGN_SCHEMA naming the
 * first difference (foreign objects first) and how many there are. The
 * message's wording follows the kind of difference (i18next `context`).
 */
export function assertOwnSchema(sqlite: Database.Database, version: number, file: string): void {
  const differences = compareSchema(readSchema(sqlite), version);
  const first = differences[0];
  if (!first) return;
  throw new AppError('FOREIGN_SCHEMA', {
    file,
    context: first.kind,
    typeLv: TYPE_NAMES[first.type]?.lv ?? first.type,
    typeEn: TYPE_NAMES[first.type]?.en ?? first.type,
    name: first.name,
    count: differences.length,
  });
}
