import { randomUUID } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';
import type { DB } from '../schema.ts';

/** What a write needs to know from outside the database: the time, and how to make ids. */
export interface WriteContext {
  now: () => Date;
  newId?: () => string;
  /** Who makes the changes: recorded in each history entry (RegisterSession.write). */
  author?: string;
}

export function timestamp(ctx: WriteContext): string {
  return ctx.now().toISOString();
}

export function newId(ctx: WriteContext): string {
  return ctx.newId ? ctx.newId() : randomUUID();
}

export const toBool = (value: boolean): 0 | 1 => (value ? 1 : 0);
export const fromBool = (value: number): boolean => value === 1;

/** Splits ids into chunks small enough for one `IN (...)` list. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

/** Bound parameters per INSERT: well under SQLite's limit of 32,766 (PostgreSQL's is 65,535). */
const PARAMETERS_PER_INSERT = 16_000;

/**
 * Inserts rows with as few statements as the parameter limit allows (bulk
 * writes: import). The statement is written here, not by kysely's builder:
 * at 10,000 activities an import inserts a few hundred thousand rows, and
 * the builder's parsing and compiling of every value was a tenth of it. The
 * table and column names are the repositories' own (never input); every
 * value is a bound parameter (`?` on SQLite, `$n` on PostgreSQL).
 */
export async function insertRows(trx: Kysely<DB>, table: keyof DB, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).filter((column) => (rows[0] as Record<string, unknown>)[column] !== undefined);
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns.length));
  const head = `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values `;
  const numbered = dialectOf(trx) === 'postgres';
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let index = 0; index < rows.length; index += perStatement) {
    const chunk = rows.slice(index, index + perStatement);
    const parameters: unknown[] = [];
    for (const row of chunk) for (const column of columns) parameters.push(row[column]);
    const values = numbered ? numberedTuples(chunk.length, columns.length) : Array(chunk.length).fill(tuple).join(', ');
    await trx.executeQuery(CompiledQuery.raw(head + values, parameters));
  }
}

/** `($1, $2), ($3, $4)`: PostgreSQL's placeholders for `rows` tuples of `width` values. */
function numberedTuples(rows: number, width: number): string {
  const tuples: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    const start = row * width;
    tuples.push(`(${Array.from({ length: width }, (_, column) => `$${start + column + 1}`).join(', ')})`);
  }
  return tuples.join(', ');
}
