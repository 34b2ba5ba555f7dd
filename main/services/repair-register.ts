/**
 * `ropa repair IN --out OUT`: the data of a register whose file carries
 * objects ROPA did not create (triggers, views, extra tables, a table
 * replaced by a view, changed columns) copied into a fresh register made by
 * the app's own migrations. The file's own SQL never runs: the source is
 * read into memory, its triggers, views and foreign tables are dropped there
 * (dropping runs nothing), and only the app's tables are read, column by
 * column the app knows. Rows the app's schema refuses (a wrong type, a
 * broken CHECK, a link to a record that is not there) are left out and
 * counted. The source file is never written; OUT must not exist.
 *
 * What it dropped is returned for the CLI to show; `ropa verify` on OUT
 * then says whether the records still match their history.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.ts';
import { inspectRegisterFile, ROPA_APPLICATION_ID, schemaAt, schemaSteps } from '../db/connection.ts';
import { compareSchema, prepareExpectedSchemas, readSchema, type SchemaDifference } from '../db/schema-check.ts';
import { AppError } from '../errors.ts';
import { writeChosenFile } from './atomic-write.ts';

export interface RepairOutcome {
  /** The objects of the file that are not the app's, as found (nothing of them is copied). */
  differences: SchemaDifference[];
  /** Rows copied and rows left out, per table. */
  tables: { name: string; copied: number; refused: number }[];
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
}

/** Copies IN's data into a new register at OUT. Throws NOT_A_REGISTER, BAD_VERSION, NEWER_VERSION, FILE_EXISTS. */
interface Orphan {
  table: string;
  /** Null for a WITHOUT ROWID table (the link tables: 2026-12-08-file-link-tables.ts). */
  rowid: number | null;
  parent: string;
  fkid: number;
}

/**
 * Deletes a row whose parent is missing; returns how many rows went. A link
 * table has no rowid to name the row by: there every row of the table whose
 * key `fkid` points at no parent goes (the check lists each of them anyway).
 */
function removeOrphan(target: Database.Database, orphan: Orphan): number {
  if (orphan.rowid !== null) return target.prepare(`DELETE FROM ${quote(orphan.table)} WHERE rowid = ?`).run(orphan.rowid).changes;
  const pairs = target.prepare('SELECT "from", "to" FROM pragma_foreign_key_list(?) WHERE id = ? ORDER BY seq').all(orphan.table, orphan.fkid) as { from: string; to: string }[];
  const present = pairs.map((pair) => `${quote(orphan.table)}.${quote(pair.from)} IS NOT NULL`).join(' AND ');
  const matches = pairs.map((pair) => `p.${quote(pair.to)} = ${quote(orphan.table)}.${quote(pair.from)}`).join(' AND ');
  return target.prepare(`DELETE FROM ${quote(orphan.table)} WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${quote(orphan.parent)} p WHERE ${matches})`).run().changes;
}

export async function repairRegister(input: string, output: string): Promise<RepairOutcome> {
  const file = basename(input);
  if (existsSync(output)) throw new AppError('FILE_EXISTS', { file: basename(output) });
  await prepareExpectedSchemas(schemaSteps);
  const probe = new Database(input, { readonly: true, fileMustExist: true });
  let image: Buffer;
  let version: number;
  try {
    probe.pragma('trusted_schema = OFF');
    if (probe.pragma('application_id', { simple: true }) !== ROPA_APPLICATION_ID) throw new AppError('NOT_A_REGISTER', { file });
    version = probe.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) throw new AppError('NEWER_VERSION', { file, found: version, supported: LATEST_SCHEMA_VERSION });
    if (!Number.isInteger(version) || version < 1) throw new AppError('BAD_VERSION', { file, found: version, supported: LATEST_SCHEMA_VERSION });
    image = probe.serialize();
  } finally {
    probe.close();
  }
  const source = new Database(image);
  const target = await schemaAt(version);
  try {
    source.pragma('trusted_schema = OFF');
    const differences = compareSchema(readSchema(source), version);
    for (const difference of differences) {
      if (difference.kind === 'missing' || difference.kind === 'changed') continue;
      if (!['trigger', 'view', 'table', 'index'].includes(difference.type)) continue;
      source.exec(`DROP ${difference.type.toUpperCase()} IF EXISTS ${quote(difference.name)}`);
    }
    target.pragma('foreign_keys = OFF');
    const own = [...readSchema(target).values()].filter((o) => o.type === 'table' && !o.name.startsWith('sqlite_')).map((o) => o.name);
    const present = readSchema(source);
    const tables: RepairOutcome['tables'] = [];
    target.exec('BEGIN');
    for (const table of own) target.exec(`DELETE FROM ${quote(table)}`);
    for (const table of own) {
      if (present.get(table)?.type !== 'table') continue;
      const sourceColumns = new Set(columnsOf(source, table));
      const columns = columnsOf(target, table).filter((column) => sourceColumns.has(column));
      const list = columns.map(quote).join(', ');
      const insert = target.prepare(`INSERT INTO ${quote(table)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
      let copied = 0;
      let refused = 0;
      for (const row of source.prepare(`SELECT ${list} FROM ${quote(table)}`).raw().iterate() as Iterable<unknown[]>) {
        try {
          insert.run(row);
          copied += 1;
        } catch {
          refused += 1;
        }
      }
      tables.push({ name: table, copied, refused });
    }
    // Rows whose parent did not come across (or was never there) go too.
    for (let pass = 0; pass < 10; pass += 1) {
      const orphans = target.prepare('SELECT "table", rowid, parent, fkid FROM pragma_foreign_key_check').all() as Orphan[];
      if (orphans.length === 0) break;
      for (const orphan of orphans) {
        const removed = removeOrphan(target, orphan);
        const entry = tables.find((t) => t.name === orphan.table);
        if (entry) {
          entry.copied -= removed;
          entry.refused += removed;
        }
      }
    }
    target.exec('COMMIT');
    target.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
    target.pragma(`user_version = ${version}`);
    writeChosenFile(output, target.serialize());
    await inspectRegisterFile(output);
    return { differences, tables };
  } finally {
    source.close();
    target.close();
  }
}
