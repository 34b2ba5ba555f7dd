/**
 * Checkpoints of the history check (issue 16, speed): a row says "the whole
 * hash chain up to entry `seq` was recomputed and found intact, and entry
 * `seq` then had hash `hash`". The rebuild of the register as of a date
 * starts checking the chain after the latest checkpoint instead of from the
 * first entry (main/services/versions/history-checkpoints.ts); `ropa verify`
 * recomputes the chain and refuses a checkpoint whose hash is not the
 * chain's. Existing registers start with none: the first rebuild checks the
 * whole chain and writes the first one.
 *
 * Frozen once released.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE history_checkpoint (
        seq INTEGER PRIMARY KEY NOT NULL CHECK (seq > 0),
        hash TEXT NOT NULL CHECK (length(hash) = 64)
      ) STRICT`,
    )
    .execute(db);
}
