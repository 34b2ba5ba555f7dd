/**
 * The register's migrations, written once in SQLite's words, run on
 * PostgreSQL too. The migrations are frozen files (each one a release's
 * schema step), so rather than keeping a second, hand-written copy that
 * could drift, the SQLite statements are translated where they differ:
 *
 * - `STRICT` tables: PostgreSQL's columns are strictly typed already.
 * - `INTEGER` → `BIGINT`: SQLite's integers are 64-bit; PostgreSQL's
 *   `integer` is 32-bit (an approximate count of records can pass 2^31).
 * - `TEXT` → `TEXT COLLATE "C"`: SQLite compares text byte by byte (BINARY);
 *   PostgreSQL would sort by the server's locale, so `order by id` and
 *   `aware_at >= occurred_at` could differ between the two backends. The "C"
 *   collation is the same byte order. (Latvian sorting for people is done in
 *   the app, shared/format.ts, on both.)
 * - `json_valid(x)` and `json_type(x)` in CHECKs: PostgreSQL 15 has no such
 *   functions; each register schema gets two small SQL functions with
 *   SQLite's meaning (REGISTER_FUNCTIONS, made before the first migration).
 *
 * Everything else the migrations use (CHECK, REFERENCES … ON DELETE,
 * UNIQUE, composite primary keys, CREATE INDEX, ALTER TABLE ADD COLUMN with
 * a CHECK) is standard SQL both accept as written. Data steps in migrations
 * go through kysely's builder, which compiles for each dialect itself.
 * test/postgres/schema-parity.test.ts reads both catalogues and proves the
 * result has the same tables, columns, constraints and indexes.
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

/** A SQLite DDL statement of the migrations, in PostgreSQL's words. */
export function postgresDdl(statement: string): string {
  if (!/^\s*(CREATE|ALTER)\s/i.test(statement)) return statement;
  return statement
    .replace(/\)\s*STRICT\s*$/, ')')
    .replace(/\bINTEGER\b/g, 'BIGINT')
    .replace(/\bTEXT\b/g, 'TEXT COLLATE "C"');
}

/**
 * SQLite's `json_valid` and `json_type` (for the values the CHECKs see: a
 * text column), created in each register's schema. `json_type` answers as
 * SQLite does ('array', 'object', 'text' for a string, …); only 'array' is
 * asked for today.
 */
export const REGISTER_FUNCTIONS = [
  `CREATE FUNCTION json_valid(value text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
  BEGIN
    PERFORM value::jsonb;
    RETURN value IS NOT NULL;
  EXCEPTION WHEN others THEN
    RETURN false;
  END $$`,
  `CREATE FUNCTION json_type(value text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
  DECLARE
    parsed jsonb;
  BEGIN
    parsed := value::jsonb;
    RETURN CASE jsonb_typeof(parsed)
      WHEN 'string' THEN 'text'
      WHEN 'boolean' THEN parsed::text
      WHEN 'number' THEN CASE WHEN value ~ '^\\s*-?[0-9]+\\s*$' THEN 'integer' ELSE 'real' END
      ELSE jsonb_typeof(parsed) END;
  EXCEPTION WHEN others THEN
    RETURN NULL;
  END $$`,
];

/** Translates the raw SQL statements of migrations (sql`…`, sql.raw) as they are executed. */
export class SqliteDdlPlugin implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node as RootOperationNode & { kind: string; sqlFragments?: readonly string[] };
    if (node.kind !== 'RawNode' || !node.sqlFragments) return args.node;
    return { ...node, sqlFragments: node.sqlFragments.map(postgresDdl) } as unknown as RootOperationNode;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
