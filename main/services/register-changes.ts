/**
 * "The register changed": what main tells the window about changes other
 * people (another window, tab or team member) committed (issue 20). The
 * window asks `register:changes` with the newest history entry it knows;
 * the history is the register's own change feed (every write appends to it
 * in its transaction), so the answer is the same on a file and a team
 * register.
 *
 * On a team register main also listens (postgres/listen.ts): each commit's
 * NOTIFY moves the head main knows, and a poll with nothing new is answered
 * without asking the database.
 */
import type { Kysely } from 'kysely';
import type { RegisterChange, RegisterChanges } from '../../shared/contract/live.ts';
import type { EntityType } from '../../shared/domain/history.ts';
import { historySeq } from '../db/repositories/history-repository.ts';
import type { DB } from '../db/schema.ts';
import type { PostgresTarget } from '../db/postgres/connection.ts';
import { listenForChanges, type ChangeListener } from '../db/postgres/listen.ts';

/** More changes than this in one answer: the window reloads everything instead (an import). */
const LISTED = 100;

/** The newest history entry each listened-to register has announced. */
const heard = new WeakMap<Kysely<DB>, number>();

/**
 * Starts listening to a team register's announcements for `db` (the open
 * session's). Until `close`, polls with nothing new are answered from
 * memory. A lost connection stops that (`onError` hears it): polls then read
 * the history again, so no change is missed.
 */
export async function watchTeamRegister(db: Kysely<DB>, target: PostgresTarget, onError: (error: Error) => void = () => undefined): Promise<ChangeListener> {
  const raise = (head: number) => heard.set(db, Math.max(heard.get(db) ?? 0, head));
  const listener = await listenForChanges(target, (announcement) => raise(announcement.head), (error) => {
    heard.delete(db);
    onError(error);
  });
  // Read after LISTEN: a commit between the two is in the head or announced, never lost.
  raise(await historySeq(db));
  return {
    async close() {
      heard.delete(db);
      await listener.close();
    },
  };
}

/** The head main has heard announced for `db`; undefined when it is not listening. */
export function heardHead(db: Kysely<DB>): number | undefined {
  return heard.get(db);
}

/** What was committed after history entry `after` (null: only the head). */
export async function changesAfter(db: Kysely<DB>, after: number | null): Promise<RegisterChanges> {
  const known = heard.get(db);
  // Answered from memory only when the window knows exactly the head heard: a head beyond it (another
  // register was open, or announcements are late after this session's own commit) is settled by the history.
  if (after !== null && known === after) return { head: after, changes: [], more: false };
  const head = await historySeq(db);
  if (after === null || head === after) return { head, changes: [], more: false };
  // A head behind what the window knows: another register, or one restored from a backup. Reload everything.
  if (head < after) return { head, changes: [], more: true };
  const rows = await db
    .selectFrom('history')
    .select(['seq', 'entity_type', 'entity_id', 'author', 'at'])
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(LISTED + 1)
    .execute();
  const changes: RegisterChange[] = rows.slice(0, LISTED).map((row) => ({ seq: row.seq, entityType: row.entity_type as EntityType, entityId: row.entity_id, author: row.author, at: row.at }));
  return { head, changes, more: rows.length > LISTED };
}
