/**
 * Several reads that belong together (the fifteen queries that load one
 * activity) in one read transaction on a `.ropa` file.
 *
 * Outside a transaction SQLite takes and lets go of the file's shared lock
 * around every statement (file-lock system calls each time, and a check that
 * no other process changed the file). Inside one, it takes the lock once:
 * loading one activity cost about half the CPU (issue 19: 234 → 113 µs at
 * 1,000 activities, measured alone), and its rows are one consistent state
 * even when another process writes between two of its queries. A team
 * register (PostgreSQL) has no such per-statement cost and would pay two
 * round trips for BEGIN and COMMIT, so its reads run as they are; a caller
 * already inside a transaction reads in it.
 */
import type { Kysely } from 'kysely';
import { dialectOf } from './dialect.ts';
import type { DB } from './schema.ts';

/** Runs `read` inside one transaction on a SQLite register (see above); as it is otherwise. */
export function readTogether<T>(db: Kysely<DB>, read: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction || dialectOf(db) !== 'sqlite') return read(db);
  return db.transaction().execute(read);
}
