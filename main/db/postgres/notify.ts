/**
 * Live refresh on a team register (issue 20): every transaction that appends
 * to the history also sends `NOTIFY` on the register's channel, inside the
 * same transaction. PostgreSQL delivers a notification only when its
 * transaction commits (a rolled-back save announces nothing) and in commit
 * order, so a listener hears exactly the committed changes. The payload
 * names the newest history entry and what changed (kinds and ids), so a
 * client can tell whether the record it shows is among them without asking.
 *
 * The listener is in listen.ts (it loads the driver; this file is loaded by
 * every write, on files too, and stays free of it).
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** One announced change: the history entry's number, what it changed, by whom and when. */
export interface AnnouncedChange {
  seq: number;
  entityType: string;
  entityId: string;
}

/** What one committed transaction announces. `changes` is absent when there were too many to list (an import). */
export interface ChangeAnnouncement {
  /** The newest history entry the transaction wrote. */
  head: number;
  changes?: AnnouncedChange[];
  /** The kinds of record changed (always given). */
  kinds: string[];
}

/** PostgreSQL's payload limit is 8000 bytes: more changes than this are announced by kind only. */
const LISTED_CHANGES = 40;
/** Channel names are identifiers (at most 63 bytes): a long register name is announced under its hash. */
const CHANNEL_PREFIX = 'ropa:';
const MAX_NAME = 63 - CHANNEL_PREFIX.length;

/** The register's NOTIFY channel: `ropa:<register>`, or `ropa:<md5 of it>` for a name too long for one. */
export function changeChannel(register: string): string {
  return CHANNEL_PREFIX + (Buffer.byteLength(register) <= MAX_NAME ? register : createHash('md5').update(register).digest('hex'));
}

/**
 * Announces `changes` on the register's channel, from inside the writing
 * transaction `trx` (the register is the schema it works in). Sent at commit.
 */
export async function announceChanges(trx: Kysely<DB>, changes: readonly AnnouncedChange[]): Promise<void> {
  if (changes.length === 0) return;
  const announcement: ChangeAnnouncement = {
    head: Math.max(...changes.map((change) => change.seq)),
    kinds: [...new Set(changes.map((change) => change.entityType))],
    ...(changes.length <= LISTED_CHANGES ? { changes: [...changes] } : {}),
  };
  await sql`select pg_notify(case when octet_length(current_schema()) <= ${MAX_NAME} then ${CHANNEL_PREFIX} || current_schema() else ${CHANNEL_PREFIX} || md5(current_schema()) end, ${JSON.stringify(announcement)})`.execute(trx);
}
