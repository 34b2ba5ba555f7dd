import { postgresKysely } from '../../db/postgres/connection.ts';
import { applyTeamGrant, TEAM_ROLES, teamGrantSql, type TeamRole } from '../../db/postgres/grants.ts';
import { parseLocation } from '../../services/copy-register.ts';
import { UsageError, requireOption, type Command } from '../command.ts';

/**
 * `ropa team grant --db postgres://…?register=NAME --role reader|editor|owner --user LOGIN [--apply]`:
 * prints the SQL that gives LOGIN (a PostgreSQL login role) that role in the
 * team register (db/postgres/grants.ts), or runs it with `--apply` as the
 * user of the address (who must be allowed to create roles and grant).
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
      const db = postgresKysely(location.target);
      try {
        await applyTeamGrant(db, statements);
      } finally {
        await db.destroy();
      }
    }
    io.stdout(`${statements.join('\n')}\n`);
    return 0;
  },
};
