/**
 * Who made each change: the history gets an `author` column (the name the
 * DPO gives in the app's settings, or the CLI's `--author` / ROPA_AUTHOR /
 * OS user). Entries written before this migration keep NULL, read as
 * "unknown"; the hash of an entry without an author is computed exactly as
 * before, so their hashes stay valid (history-repository.ts, hashedContent).
 *
 * Frozen once released.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw('ALTER TABLE history ADD COLUMN author TEXT').execute(db);
  // The history screen filters by when and by whom.
  await sql.raw('CREATE INDEX history_at_idx ON history (at)').execute(db);
}
