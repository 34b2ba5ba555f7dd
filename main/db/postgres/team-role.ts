/**
 * What the connected user may do in a team register, asked of the server
 * when the register is opened (docs/team-register.md, "Roles"): so a reader
 * is shown a read-only register with a message in their language instead of
 * a save failing with the server's "permission denied", and only owners are
 * offered what owners alone do (approving a version, giving people roles).
 *
 * The answer is read from the privileges the server enforces, not from the
 * names of our group roles alone, so it holds for whatever the database
 * administrator set up by hand:
 *
 * - `owner`: a superuser, the owner of the register's schema (who created
 *   it, e.g. with `ropa copy`), or a member of `ropa_<register>_owner`;
 * - `editor`: may add history entries (INSERT on `history`: every change
 *   writes one, so without it nothing can be saved);
 * - `reader`: may use the schema and read the history;
 * - `none`: none of these (opening says so: TEAM_NO_ACCESS).
 *
 * Privileges are looked up by object id (pg_namespace, pg_class), never by
 * a qualified name: resolving `"schema".history` would itself fail for a
 * user without USAGE on the schema.
 */
import { sql, type Kysely } from 'kysely';
import type { TeamRole } from './grants.ts';
import { groupRole } from './grants.ts';

export type TeamAccess = TeamRole | 'none';

interface AccessRow {
  administrator: boolean;
  ownerGroup: boolean;
  editor: boolean;
  reader: boolean;
}

export interface TeamAccessDetail {
  role: TeamAccess;
  /**
   * A superuser or the schema's owner: may run all of `ropa team grant`'s
   * SQL (make the group roles, grant on the schema, make owners). A member
   * of the owner group may only make others readers or editors.
   */
  administrator: boolean;
}

/** The connected user's role in `register` and whether they administer it (see TeamAccessDetail). */
export async function readTeamAccess<T>(db: Kysely<T>, register: string): Promise<TeamAccessDetail> {
  const ownerGroup = groupRole(register, 'owner');
  const result = await sql<AccessRow>`
    select
      coalesce((select rolsuper from pg_roles where rolname = current_user), false)
        or pg_has_role(current_user, n.nspowner, 'MEMBER') as administrator,
      exists (select 1 from pg_roles r where r.rolname = ${ownerGroup} and pg_has_role(current_user, r.oid, 'MEMBER')) as "ownerGroup",
      coalesce(has_table_privilege(c.oid, 'INSERT'), false) as editor,
      has_schema_privilege(n.oid, 'USAGE') and coalesce(has_table_privilege(c.oid, 'SELECT'), false) as reader
    from pg_namespace n
    left join pg_class c on c.relnamespace = n.oid and c.relname = 'history'
    where n.nspname = ${register}`.execute(db);
  const row = result.rows[0];
  if (!row) return { role: 'none', administrator: false };
  if (row.administrator || row.ownerGroup) return { role: 'owner', administrator: row.administrator };
  const role: TeamAccess = row.editor && row.reader ? 'editor' : row.reader ? 'reader' : 'none';
  return { role, administrator: false };
}

/** The connected user's role in `register` (a schema that exists): owner, editor, reader or none. */
export async function readTeamRole<T>(db: Kysely<T>, register: string): Promise<TeamAccess> {
  return (await readTeamAccess(db, register)).role;
}

/** Whether `access` may change the register's records. */
export function canEdit(access: TeamAccess): boolean {
  return access === 'owner' || access === 'editor';
}
