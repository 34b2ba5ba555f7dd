/**
 * A register's schema as each database's own catalogue describes it, in one
 * shape for both: SQLite's `sqlite_schema` and pragmas, PostgreSQL's
 * `information_schema` and `pg_catalog`. What the schema-parity test compares.
 */
import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';

export interface ColumnShape {
  /** 'text' or 'int64': SQLite's TEXT and INTEGER (64-bit); PostgreSQL's text and bigint. Any other type keeps its own name. */
  type: string;
  notNull: boolean;
  default: string | null;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: string[];
  /** `cols -> table(cols) on delete ACTION`, sorted. */
  foreignKeys: string[];
  /** Column lists of UNIQUE constraints, sorted. */
  unique: string[];
  /** For each CHECK, the columns it reads (sorted, joined), sorted. */
  checks: string[];
}

export interface SchemaShape {
  tables: Record<string, TableShape>;
  /** Indexes the migrations create by name: `table(cols)` (UNIQUE when unique). */
  indexes: Record<string, string>;
}

const SQLITE_TYPES: Record<string, string> = { TEXT: 'text', INTEGER: 'int64' };

const ON_DELETE_PG: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

/** `''::text` and `''` alike: a default's value without PostgreSQL's cast. */
function normaliseDefault(value: string | null): string | null {
  if (value === null) return null;
  return value.replace(/::(text|bigint|integer)$/, '').replace(/^\((.*)\)$/, '$1');
}

/** The bodies of the CHECK clauses in a CREATE TABLE statement (with its added columns). */
export function checkClauses(createSql: string): string[] {
  const bodies: string[] = [];
  const pattern = /\bCHECK\s*\(/gi;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(createSql))) {
    let depth = 1;
    let index = match.index + match[0].length;
    const start = index;
    for (; index < createSql.length && depth > 0; index += 1) {
      if (createSql[index] === '(') depth += 1;
      if (createSql[index] === ')') depth -= 1;
    }
    bodies.push(createSql.slice(start, index - 1));
  }
  return bodies;
}

function columnsRead(expression: string, columns: readonly string[]): string {
  const withoutStrings = expression.replace(/'[^']*'/g, "''");
  const words = new Set(withoutStrings.match(/[a-z_][a-z0-9_]*/gi) ?? []);
  return columns.filter((column) => words.has(column)).sort().join(',');
}

export function sqliteShape(sqlite: Database.Database): SchemaShape {
  const tables: Record<string, TableShape> = {};
  const objects = sqlite.prepare("select type, name, tbl_name as tableName, sql from sqlite_schema where name not like 'sqlite_%'").all() as Array<{
    type: string;
    name: string;
    tableName: string;
    sql: string | null;
  }>;
  for (const table of objects.filter((object) => object.type === 'table')) {
    const info = sqlite.prepare('select name, type, "notnull" as nn, dflt_value as dflt, pk from pragma_table_info(?)').all(table.name) as Array<{
      name: string;
      type: string;
      nn: number;
      dflt: string | null;
      pk: number;
    }>;
    const columns: Record<string, ColumnShape> = {};
    for (const column of info) {
      // A PRIMARY KEY column is NOT NULL in every register table (declared so: STRICT tables' keys are).
      columns[column.name] = { type: SQLITE_TYPES[column.type] ?? column.type, notNull: column.nn === 1 || column.pk > 0, default: normaliseDefault(column.dflt) };
    }
    const primaryKey = info.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name);
    const fks = sqlite.prepare('select id, seq, "table" as target, "from" as source, "to" as dest, on_delete as onDelete from pragma_foreign_key_list(?)').all(table.name) as Array<{
      id: number;
      seq: number;
      target: string;
      source: string;
      dest: string;
      onDelete: string;
    }>;
    const byId = new Map<number, typeof fks>();
    for (const fk of fks) byId.set(fk.id, [...(byId.get(fk.id) ?? []), fk]);
    const foreignKeys = [...byId.values()].map((parts) => {
      parts.sort((a, b) => a.seq - b.seq);
      return `${parts.map((p) => p.source).join(',')} -> ${parts[0]?.target}(${parts.map((p) => p.dest).join(',')}) on delete ${parts[0]?.onDelete}`;
    });
    const unique = (sqlite.prepare("select name from pragma_index_list(?) where origin = 'u'").all(table.name) as Array<{ name: string }>).map((index) =>
      (sqlite.prepare('select name from pragma_index_info(?) order by seqno').all(index.name) as Array<{ name: string }>).map((c) => c.name).join(','),
    );
    const names = Object.keys(columns);
    tables[table.name] = {
      columns,
      primaryKey,
      foreignKeys: foreignKeys.sort(),
      unique: unique.sort(),
      checks: checkClauses(table.sql ?? '').map((body) => columnsRead(body, names)).sort(),
    };
  }
  const indexes: Record<string, string> = {};
  for (const index of objects.filter((object) => object.type === 'index' && object.sql)) {
    const columns = (sqlite.prepare('select name from pragma_index_info(?) order by seqno').all(index.name) as Array<{ name: string }>).map((c) => c.name);
    indexes[index.name] = `${/^CREATE UNIQUE/i.test(index.sql ?? '') ? 'UNIQUE ' : ''}${index.tableName}(${columns.join(',')})`;
  }
  return { tables, indexes };
}

const PG_TYPES: Record<string, string> = { text: 'text', bigint: 'int64' };

export async function postgresShape<T>(db: Kysely<T>, schema: string): Promise<SchemaShape & { collations: string[]; otherObjects: string[] }> {
  const tables: Record<string, TableShape> = {};
  const columnRows = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null; collation_name: string | null }>`
    select c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default, c.collation_name
    from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = ${schema} and t.table_type = 'BASE TABLE' order by c.ordinal_position`.execute(db);
  const collations = new Set<string>();
  for (const row of columnRows.rows) {
    const table = (tables[row.table_name] ??= { columns: {}, primaryKey: [], foreignKeys: [], unique: [], checks: [] });
    table.columns[row.column_name] = { type: PG_TYPES[row.data_type] ?? row.data_type, notNull: row.is_nullable === 'NO', default: normaliseDefault(row.column_default) };
    if (row.data_type === 'text') collations.add(row.collation_name ?? 'default');
  }
  const constraints = await sql<{ table_name: string; contype: string; columns: string[]; target: string | null; target_columns: string[] | null; confdeltype: string }>`
    select cl.relname as table_name, con.contype,
      array(select a.attname from unnest(con.conkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.o)::text[] as columns,
      tcl.relname as target,
      array(select a.attname from unnest(con.confkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.o)::text[] as target_columns,
      con.confdeltype
    from pg_constraint con join pg_class cl on cl.oid = con.conrelid join pg_namespace ns on ns.oid = cl.relnamespace
    left join pg_class tcl on tcl.oid = con.confrelid
    where ns.nspname = ${schema}`.execute(db);
  for (const row of constraints.rows) {
    const table = tables[row.table_name];
    if (!table) continue;
    if (row.contype === 'p') table.primaryKey = row.columns;
    if (row.contype === 'u') table.unique.push(row.columns.join(','));
    if (row.contype === 'c') table.checks.push([...row.columns].sort().join(','));
    if (row.contype === 'f') {
      table.foreignKeys.push(`${row.columns.join(',')} -> ${row.target}(${(row.target_columns ?? []).join(',')}) on delete ${ON_DELETE_PG[row.confdeltype]}`);
    }
  }
  for (const table of Object.values(tables)) {
    table.foreignKeys.sort();
    table.unique.sort();
    table.checks.sort();
  }
  const indexRows = await sql<{ name: string; table_name: string; is_unique: boolean; columns: string[] }>`
    select i.relname as name, t.relname as table_name, ix.indisunique as is_unique,
      array(select a.attname from unnest(ix.indkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = t.oid and a.attnum = k.n order by k.o)::text[] as columns
    from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class t on t.oid = ix.indrelid join pg_namespace ns on ns.oid = t.relnamespace
    where ns.nspname = ${schema} and not exists (select 1 from pg_constraint con where con.conindid = ix.indexrelid)`.execute(db);
  const indexes: Record<string, string> = {};
  for (const row of indexRows.rows) indexes[row.name] = `${row.is_unique ? 'UNIQUE ' : ''}${row.table_name}(${row.columns.join(',')})`;
  const others = await sql<{ kind: string; name: string }>`
    select case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence' else c.relkind::text end as kind, c.relname as name
    from pg_class c join pg_namespace ns on ns.oid = c.relnamespace where ns.nspname = ${schema} and c.relkind not in ('r', 'i')
    union all select 'trigger', tg.tgname from pg_trigger tg join pg_class c on c.oid = tg.tgrelid join pg_namespace ns on ns.oid = c.relnamespace
    where ns.nspname = ${schema} and not tg.tgisinternal`.execute(db);
  return { tables, indexes, collations: [...collations].sort(), otherObjects: others.rows.map((row) => `${row.kind} ${row.name}`) };
}
