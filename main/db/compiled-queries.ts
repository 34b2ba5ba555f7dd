/**
 * Queries compiled once per connection and run again with new parameters.
 *
 * Kysely builds and compiles a query on every call: for the short queries a
 * save runs (a dozen deletes of link rows, the update of the activity's row,
 * the references and number checks, the history's head) building and
 * compiling cost more CPU than SQLite running them (issue 19: a save was
 * 2.0–2.5× its floor of statements prepared once). The same query shape
 * always compiles to the same SQL, so it is compiled the first time and kept
 * under a key naming its shape; later calls put their values in its
 * parameters' places.
 *
 * Kept per connection: by the connection's adapter, which a transaction
 * shares with the connection it runs on (a transaction is a new kysely object
 * every time, so keying by the object would compile afresh in every save).
 * Each dialect compiles its own SQL, so a team register (PostgreSQL) keeps
 * its own compiled text.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import type { DB } from './schema.ts';

type Compilable<R> = { compile(): CompiledQuery<R> };

const compiledByConnection = new WeakMap<object, Map<string, CompiledQuery<unknown>>>();

/**
 * At most this many kept per connection: keys that carry a list's length
 * (references, list facts) could otherwise grow with every new length seen.
 * Past it, new shapes are compiled on each call, as kysely does.
 */
const MAX_KEPT = 512;

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * The query `build` makes, with `parameters` as its parameters, compiled at
 * most once per connection and `key`. `key` must name everything that
 * changes the query's SQL (its table, its columns, the length of an `in`
 * list, any value written into the SQL); `parameters` are the values the
 * built query binds, in order. Two guards for a key that names too little:
 * a compiled query is kept only when its parameters are exactly
 * `parameters` (not when kysely left a value out, an undefined column, or
 * bound something else), and a kept one is used only for as many
 * parameters as it has; otherwise the call compiles afresh, as kysely does.
 */
export function compiledOnce<R>(db: Kysely<DB>, key: string, build: () => Compilable<R>, parameters: readonly unknown[]): CompiledQuery<R> {
  const connection = db.getExecutor().adapter;
  let known = compiledByConnection.get(connection);
  if (!known) {
    known = new Map();
    compiledByConnection.set(connection, known);
  }
  const kept = known.get(key) as CompiledQuery<R> | undefined;
  if (kept && kept.parameters.length === parameters.length) return { ...kept, parameters };
  const compiled = build().compile();
  if (known.size < MAX_KEPT && sameValues(compiled.parameters, parameters)) known.set(key, compiled as CompiledQuery<unknown>);
  return compiled;
}

/** Runs the query `compiledOnce` gives and answers its rows. */
export async function compiledRows<R>(db: Kysely<DB>, key: string, build: () => Compilable<R>, parameters: readonly unknown[]): Promise<R[]> {
  return (await db.executeQuery(compiledOnce(db, key, build, parameters))).rows;
}
