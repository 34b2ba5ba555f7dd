import { AppError } from '../../errors.ts';
import { asConnectionError, postgresKysely, targetLabel, type PostgresTarget } from '../../db/postgres/connection.ts';
import { readTeamAccess } from '../../db/postgres/team-role.ts';
import { applyTeamGrant, TEAM_ROLES, teamGrantSql, type TeamRole } from '../../db/postgres/grants.ts';
import { parseLocation } from '../../services/copy-register.ts';
import { UsageError, requireOption, type Command } from '../command.ts';

/**
 * `ropa team grant --db postgres://…?register=NAME --role reader|editor|owner --user LOGIN [--apply]`:
 * prints the SQL that gives LOGIN (a PostgreSQL login role) that role in the
 * team register (db/postgres/grants.ts), or runs it with `--apply` as the
 * user of the address, who must be one of the register's owners
 * (TEAM_OWNER_ONLY otherwise, nothing applied).
 */
export const teamGrantCommand: Command = {
  words: ['team', 'grant'],
  usage: 'ropa team grant --db postgres://…?register=NAME --role reader|editor|owner --user LOGIN [--apply]',
  summary: 'cliCommands:teamGrant',
  options: { db: { type: 'string' }, role: { type: 'string' }, user: { type: 'string' }, apply: { type: 'boolean' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const location = parseLocation(requireOption(values, 'db'), io.cwd);
    if (location.kind !== 'postgres') throw new UsageError('--db must be a postgres://…?register=NAME address');
    const role = requireOption(values, 'role');
    if (!(TEAM_ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${TEAM_ROLES.join(', ')}`);
    const statements = teamGrantSql(location.target.register, role as TeamRole, requireOption(values, 'user'));
    if (values.apply === true) {
      const applied = await applyAsOwner(location.target, role as TeamRole, statements);
      io.stdout(`${applied.join('\n')}\n`);
      return 0;
    }
    io.stdout(`${statements.join('\n')}\n`);
    return 0;
  },
};

/**
 * Runs `statements` as the address's user, after asking the server what
 * that user is in the register (team-role.ts): a superuser or the schema's
 * owner runs them all; a member of the owner group may only make others
 * readers or editors (the membership line: the group roles and their grants
 * exist already), not owners; an editor, a reader or a stranger is refused
 * with TEAM_OWNER_ONLY and nothing is applied. Returns what was run.
 */
async function applyAsOwner(target: PostgresTarget, role: TeamRole, statements: readonly string[]): Promise<readonly string[]> {
  const db = postgresKysely(target);
  try {
    const access = await readTeamAccess(db, target.register).catch((error: unknown) => Promise.reject(asConnectionError(error, target)));
    const register = targetLabel(target);
    if (access.role !== 'owner') throw new AppError('TEAM_OWNER_ONLY', { action: 'grant', role: access.role, register });
    if (!access.administrator && role === 'owner') throw new AppError('TEAM_OWNER_ONLY', { action: 'grantOwner', role: access.role, register });
    const run = access.administrator ? statements : statements.slice(-1);
    await applyTeamGrant(db, run);
    return run;
  } finally {
    await db.destroy();
  }
}
