/**
 * Link tables without their duplicate index (issue 19, a smaller register
 * file; docs/register-size.md).
 *
 * A link table (activity → security measure, breach → activity, …) is a
 * pair of text ids with a composite primary key. As an ordinary SQLite table
 * it is stored twice: once as rows keyed by a hidden rowid, and once more in
 * the automatic index (`sqlite_autoindex_…`) SQLite builds for the primary
 * key; at 10,000 activities the security-measure links alone came to about
 * 20 MB. A `WITHOUT ROWID` table is that primary-key B-tree and nothing
 * else, so each link is stored once (https://sqlite.org/withoutrowid.html:
 * meant for exactly this, small rows with a non-integer or composite key).
 *
 * SQLite cannot change a table into a `WITHOUT ROWID` one in place: each
 * link table is rebuilt under its own name with its own definition as the
 * file holds it (columns, CHECKs, foreign keys), plus `WITHOUT ROWID`; its
 * rows are copied and its reverse-lookup indexes made again. The runner
 * (connection.ts `migrate`) does all of it in one transaction. Nothing
 * refers to a link table, so dropping the old one leaves no dangling key.
 *
 * PostgreSQL has no rowid: there the same tables already are their primary
 * key's index plus the reverse-lookup index, with the same constraints, and
 * this migration changes nothing (test/postgres/schema-parity.test.ts).
 *
 * Frozen once released.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { dialectOf } from '../dialect.ts';

/** Every link table at this schema version: a composite primary key of the owner's id and the linked one. */
export const LINK_TABLES = [
  'processor_sub_processor',
  'activity_purpose_legal_basis',
  'activity_art9_condition',
  'activity_data_subject',
  'activity_data_category',
  'activity_source',
  'activity_recipient',
  'activity_processor',
  'activity_security_measure',
  'activity_dpia_criterion',
  'activity_legal_basis',
  'activity_named_source',
  'breach_activity',
  'breach_data_category',
  'breach_data_subject',
  'breach_processor',
  'subject_request_activity',
  'subject_request_data_subject',
] as const;

interface SchemaRow {
  type: string;
  name: string;
  sql: string | null;
}

async function rebuildWithoutRowid(db: Kysely<any>, table: string): Promise<void> {
  const objects = (await sql<SchemaRow>`select type, name, sql from sqlite_schema where tbl_name = ${table}`.execute(db)).rows;
  const definition = objects.find((object) => object.type === 'table')?.sql;
  if (!definition) throw new Error(`link table ${table} is missing`);
  if (/WITHOUT\s+ROWID/i.test(definition)) return;
  if (!/\)\s*STRICT\s*$/.test(definition)) throw new Error(`link table ${table} is not a STRICT table`);
  const indexes = objects.filter((object) => object.type === 'index' && object.sql).map((object) => object.sql as string);
  const old = `${table}__with_rowid`;
  await sql`ALTER TABLE ${sql.id(table)} RENAME TO ${sql.id(old)}`.execute(db);
  await sql.raw(definition.replace(/\)\s*STRICT\s*$/, ') STRICT, WITHOUT ROWID')).execute(db);
  await sql`INSERT INTO ${sql.id(table)} SELECT * FROM ${sql.id(old)}`.execute(db);
  await sql`DROP TABLE ${sql.id(old)}`.execute(db);
  for (const index of indexes) await sql.raw(index).execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') return;
  for (const table of LINK_TABLES) await rebuildWithoutRowid(db, table);
}
