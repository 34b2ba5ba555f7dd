/**
 * People with roles in a team register on the test file's throwaway server
 * (test/helpers/postgres.ts): PostgreSQL login roles whose password is
 * `<name>-parole`, made readers, editors or owners by `ropa team grant`'s SQL
 * (db/postgres/grants.ts), as a database administrator would.
 */
import { sql } from 'kysely';
import { postgresKysely, type PostgresTarget } from '../../main/db/postgres/connection.ts';
import { applyTeamGrant, teamGrantSql, type TeamRole } from '../../main/db/postgres/grants.ts';
import type { ThrowawayPostgres } from './postgres.ts';

/** The register `register` on `server`, reached as its superuser. */
export function adminTarget(server: ThrowawayPostgres, register: string): PostgresTarget {
  const { host, port, user, password, database } = server;
  return { host, port, user, password, database, register };
}

/** The register's address as `user` (no password: it is given apart, as the app's form or PGPASSWORD does). */
export function addressAs(server: ThrowawayPostgres, user: string, register: string): string {
  return `postgres://${user}@${server.host}:${server.port}/${server.database}?register=${register}`;
}

/** The test password of a person made by `addPeople`. */
export function passwordOf(user: string): string {
  return `${user}-parole`;
}

/** Makes each person a login role and gives them their role in `register` (null: a login with no role in it). */
export async function addPeople(server: ThrowawayPostgres, register: string, people: Record<string, TeamRole | null>): Promise<void> {
  const superuser = postgresKysely(adminTarget(server, 'public'));
  try {
    for (const [user, role] of Object.entries(people)) {
      await sql`create role ${sql.id(user)} login password ${sql.lit(passwordOf(user))}`.execute(superuser);
      if (role) await applyTeamGrant(superuser, teamGrantSql(register, role, user));
    }
  } finally {
    await superuser.destroy();
  }
}
