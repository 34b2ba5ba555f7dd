/**
 * Checkpoints of the history check: "the hash chain up to entry `seq` was
 * recomputed and found intact; entry `seq` then had hash `hash`"
 * (migration 2026-12-06-16-history-checkpoints).
 *
 * Why: rebuilding the register as of a date must show only what the chain
 * vouches for, but recomputing every entry's hash means reading every
 * snapshot the history holds (at 100,000 entries about 800 MB and 3.7 s of
 * CPU). A checkpoint lets a rebuild recompute only the entries written after
 * it (and the entries whose texts it shows, main/services/versions/as-of.ts).
 *
 * A checkpoint is trusted only while the chain still agrees with it: entry
 * `seq` still carries `hash`, and the entries 1..seq are all still there.
 * Otherwise the rebuild ignores it and checks the whole chain again. `ropa
 * verify` recomputes the whole chain anyway and refuses a checkpoint whose
 * hash is not the chain's (`disagreeingCheckpoint`): a forged checkpoint, or
 * a chain rewritten and re-hashed after the check, is named there.
 *
 * Checkpoints are a cache of a check, not register content: writing one is
 * not a change to the register and has no history entry of its own.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export interface HistoryCheckpoint {
  seq: number;
  hash: string;
}

/**
 * The latest checkpoint the chain still agrees with, or null (no checkpoint,
 * or the latest one no longer matches: the caller checks the whole chain).
 */
export async function trustedCheckpoint(db: Kysely<DB>): Promise<HistoryCheckpoint | null> {
  const latest = await db.selectFrom('history_checkpoint').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (!latest) return null;
  const entry = await db.selectFrom('history').select('hash').where('seq', '=', latest.seq).executeTakeFirst();
  if (entry?.hash !== latest.hash) return null;
  // A removed or inserted entry before the checkpoint changes the count (seq is the key: no two share one).
  const count = await sql<{ entries: number }>`SELECT count(*) AS entries FROM history WHERE seq <= ${latest.seq}`.execute(db);
  return Number(count.rows[0]?.entries) === latest.seq ? latest : null;
}

/**
 * SQLite's answer to a write on a register opened read-only, or PostgreSQL's
 * to a team register's reader (42501, insufficient privilege: team-role.ts).
 */
function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_READONLY') || code === '42501');
}

/**
 * Records that the chain up to `head` was recomputed intact. On a register
 * opened read-only nothing is written (the next rebuild checks those
 * entries again); any other failure is thrown.
 */
export async function recordCheckpoint(db: Kysely<DB>, head: HistoryCheckpoint): Promise<void> {
  if (head.seq <= 0) return;
  const insert = (target: Kysely<DB>) => target.insertInto('history_checkpoint').values(head).onConflict((conflict) => conflict.column('seq').doNothing()).execute();
  try {
    if (db.isTransaction) await insert(db);
    else await db.transaction().execute(insert);
  } catch (error) {
    if (!isReadOnlyError(error)) throw error;
  }
}

/**
 * The first checkpoint whose hash is not the chain's, given the chain's hash
 * of each entry (`hashOf(seq)`, undefined past the head); undefined when all agree.
 */
export async function disagreeingCheckpoint(db: Kysely<DB>, hashOf: (seq: number) => string | undefined): Promise<HistoryCheckpoint | undefined> {
  const checkpoints = await db.selectFrom('history_checkpoint').select(['seq', 'hash']).orderBy('seq', 'asc').execute();
  return checkpoints.find((checkpoint) => hashOf(checkpoint.seq) !== checkpoint.hash);
}
