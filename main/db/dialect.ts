/**
 * Which database a kysely instance (or transaction) talks to. The
 * repositories are written once, in kysely's portable builder; the few
 * places where SQLite and PostgreSQL need different SQL (a hand-written bulk
 * insert's placeholders, pragmas) ask this, behind one function each.
 */
import { PostgresAdapter, type Kysely } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf<T>(db: Kysely<T>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
