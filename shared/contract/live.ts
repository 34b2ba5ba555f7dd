/**
 * Other people's changes, within seconds (issue 20): the window asks
 * `register:changes` every couple of seconds with the newest history entry
 * it knows, and hears what was committed since: the kind and id of each
 * changed record, who changed it and when. Polled, like the import's
 * progress (import-progress.ts): both transports carry request and answer
 * only. The answer is cheap: on a team register main hears each commit
 * (PostgreSQL LISTEN/NOTIFY) and answers "nothing new" without asking the
 * database; on a file it reads the history after `after` (its key).
 */
import { z } from 'zod';
import { EntityType } from '../domain/history.ts';
import { Timestamp } from '../domain/primitives.ts';
import { channel } from './define.ts';

export const RegisterChange = z.object({
  seq: z.number().int().min(1),
  entityType: EntityType,
  entityId: z.string(),
  /** Who made it (null: unknown, a register older than authors). */
  author: z.string().nullable(),
  at: Timestamp,
});
export type RegisterChange = z.infer<typeof RegisterChange>;

export const RegisterChanges = z.object({
  /** The newest history entry: ask with it next time. */
  head: z.number().int().nonnegative(),
  /** The changes after `after`, oldest first (none when `after` was null: the first ask learns the head). */
  changes: z.array(RegisterChange),
  /** More changes than listed (an import): reload everything. */
  more: z.boolean(),
});
export type RegisterChanges = z.infer<typeof RegisterChanges>;

export const liveContract = {
  /** What was committed after history entry `after`; `after: null` answers only the head. */
  'register:changes': channel(z.object({ after: z.number().int().nonnegative().nullable() }).strict(), RegisterChanges),
};
