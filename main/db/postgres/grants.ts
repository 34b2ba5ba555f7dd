/**
 * Who may do what in a team register: PostgreSQL's own roles and grants,
 * not a user table of ours with passwords. Each register has three group
 * roles (NOLOGIN), and people (LOGIN roles the IT department manages) are
 * made members of one:
 *
 * - `ropa_<register>_reader`: sees the register and exports it (USAGE on the
 *   schema, SELECT on its tables);
 * - `ropa_<register>_editor`: the reader's rights and INSERT, UPDATE, DELETE;
 * - `ropa_<register>_owner`: the editor's rights, and may make others
 *   readers or editors (membership WITH ADMIN OPTION).
 *
 * `ropa team grant` prints these statements (for the database administrator
 * to read and run) or applies them.
 */
import { sql, type Kysely } from 'kysely';
import { assertRegisterName } from './connection.ts';

export const TEAM_ROLES = ['reader', 'editor', 'owner'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function groupRole(register: string, role: TeamRole): string {
  return `ropa_${register}_${role}`;
}

function createGroup(name: string): string {
  return `DO $$ BEGIN CREATE ROLE ${quoteIdent(name)} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;`;
}

/** The SQL that sets up the register's three roles and makes `user` a member of `role`. */
export function teamGrantSql(register: string, role: TeamRole, user: string): string[] {
  assertRegisterName(register);
  const schema = quoteIdent(register);
  const [reader, editor, owner] = TEAM_ROLES.map((name) => quoteIdent(groupRole(register, name)));
  return [
    ...TEAM_ROLES.map((name) => createGroup(groupRole(register, name))),
    `GRANT USAGE ON SCHEMA ${schema} TO ${reader};`,
    `GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${reader};`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT ON TABLES TO ${reader};`,
    `GRANT ${reader} TO ${editor};`,
    `GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${editor};`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT INSERT, UPDATE, DELETE ON TABLES TO ${editor};`,
    `GRANT ${editor} TO ${owner};`,
    `GRANT ${reader}, ${editor} TO ${owner} WITH ADMIN OPTION;`,
    `GRANT ${quoteIdent(groupRole(register, role))} TO ${quoteIdent(user)};`,
  ];
}

/** Runs the statements of teamGrantSql in one transaction (as a user allowed to create roles and grant on the schema). */
export async function applyTeamGrant<T>(db: Kysely<T>, statements: readonly string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await sql.raw(statement).execute(trx);
  });
}
