/**
 * The two storage backends a register can live on, for suites that run on
 * both (describe.each over `useBackends()`): a `.ropa` file (SQLite) and a
 * team register (a schema on a throwaway PostgreSQL server, started for the
 * test file by usePostgres). Each `create` makes a fresh, empty register.
 */
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { createRegisterFile } from '../../main/db/connection.ts';
import { createPostgresRegister } from '../../main/db/postgres/connection.ts';
import type { DB } from '../../main/db/schema.ts';
import { teamAddress } from '../../main/services/team-session.ts';
import { usePostgres } from './postgres.ts';
import { tempDir } from './temp.ts';

/** What the suites need of an open register, whichever backend holds it. */
export interface OpenRegister {
  db: Kysely<DB>;
  close(): Promise<void>;
}

/** A register a backend made: where the app opens it (a file's path, a team register's address) and with what password. */
export interface MadeRegister extends OpenRegister {
  address: string;
  password?: string;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  create(options: { now: () => Date; title?: string; initialise?: (trx: Kysely<DB>) => Promise<void> }): Promise<MadeRegister>;
}

/** A database error for a row whose parent is missing or still linked, in either database's words. */
export const FOREIGN_KEY_ERROR = /FOREIGN KEY constraint failed|violates foreign key constraint/;

/** A `.ropa` file in a fresh temporary folder: the backend of suites that run on files only. */
export const FILE_BACKEND: Backend = {
  name: 'sqlite',
  create: async (options) => {
    const made = await createRegisterFile(join(tempDir(), 'register.ropa'), options);
    return Object.assign(made, { address: made.path });
  },
};

/** Both backends; registers the PostgreSQL server's start and stop for the calling test file. */
export function useBackends(): Backend[] {
  const server = usePostgres();
  let registers = 0;
  return [
    FILE_BACKEND,
    {
      name: 'postgres',
      create: async (options) => {
        const { host, port, user, password, database } = server();
        registers += 1;
        const target = { host, port, user, password, database, register: `register-${registers}` };
        const made = await createPostgresRegister(target, options);
        return Object.assign(made, { address: teamAddress(target), password });
      },
    },
  ];
}

/** Changes a stored history entry behind the app's back (what a tamperer with database access could do). */
export async function tamperHistory(db: Kysely<DB>, statement: 'relabel' | 'delete', seq: number): Promise<void> {
  if (statement === 'relabel') await sql`update history set label = 'rewritten' where seq = ${seq}`.execute(db);
  else await sql`delete from history where seq = ${seq}`.execute(db);
}
