/** The shape of a team register's connection (team-session.ts), apart so the session (register-session.ts) can name it without importing the opener. */
import type { Kysely } from 'kysely';
import type { PostgresTarget } from '../db/postgres/connection.ts';
import type { TeamRole } from '../db/postgres/grants.ts';
import type { DB } from '../db/schema.ts';

/** A team register's connection, in the shape a session holds; there is no SQLite handle behind it. */
export interface TeamConnection {
  readonly path: string;
  readonly db: Kysely<DB>;
  readonly readOnly: boolean;
  readonly schemaVersion: number;
  /** File-only work (SQLite's backup API) reached with a team register: refused, never a crash. */
  readonly sqlite: never;
  readonly target: PostgresTarget;
  /** The user's role in the register, asked of the server on open (db/postgres/team-role.ts). */
  readonly role: TeamRole;
  close(): Promise<void>;
}
