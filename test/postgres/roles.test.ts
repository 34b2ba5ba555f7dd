/**
 * Roles in a team register are PostgreSQL's own: `ropa team grant --apply`
 * makes a login role a reader (sees and exports, cannot change anything) or
 * an editor (changes records, each change in the history), checked by
 * connecting as those users to the throwaway server.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createPostgresRegister, openPostgresRegister, postgresKysely, type PostgresTarget } from '../../main/db/postgres/connection.ts';
import { listHistory, verifyHistory } from '../../main/db/repositories/history-repository.ts';
import { listOrganisations, saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import { ropa } from '../helpers/cli.ts';
import { usePostgres } from '../helpers/postgres.ts';

const server = usePostgres();
const ctx = { now: () => new Date() };

function errorCodeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
}

describe('roles in a team register', () => {
  it('a reader sees and exports the register but cannot change it; an editor can', async () => {
    const { host, port, user, password, database, url } = server();
    const admin: PostgresTarget = { host, port, user, password, database, register: 'klients-r' };
    const made = await createPostgresRegister(admin, ctx);
    await made.db.transaction().execute((trx) => saveOrganisation(trx, emptyOrganisation('SIA Klients R'), ctx));
    await made.close();
    const superuser = postgresKysely({ ...admin, register: 'public' });
    await sql`create role anna login password 'anna-parole'`.execute(superuser);
    await sql`create role juris login password 'juris-parole'`.execute(superuser);
    await superuser.destroy();

    const address = `${url}?register=klients-r`;
    const printed = ropa(['team', 'grant', '--db', address, '--role', 'reader', '--user', 'anna']);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('GRANT SELECT ON ALL TABLES IN SCHEMA "klients-r" TO "ropa_klients-r_reader";');
    expect(printed.stdout).toContain('GRANT "ropa_klients-r_reader" TO "anna";');
    // Printing applies nothing: anna can find the register but not read it yet.
    const before = await openPostgresRegister({ ...admin, user: 'anna', password: 'anna-parole' }, { readOnly: true });
    const early = await listOrganisations(before.db).then(
      () => 'read',
      (error: unknown) => errorCodeOf(error),
    );
    await before.close();
    // Without USAGE on the schema its tables are not even visible (undefined_table), let alone readable.
    expect(['42501', '42P01']).toContain(early);

    expect(ropa(['team', 'grant', '--db', address, '--role', 'reader', '--user', 'anna', '--apply']).status).toBe(0);
    expect(ropa(['team', 'grant', '--db', address, '--role', 'editor', '--user', 'juris', '--apply']).status).toBe(0);

    const reader = await openPostgresRegister({ ...admin, user: 'anna', password: 'anna-parole' });
    expect((await listOrganisations(reader.db)).map((organisation) => organisation.name)).toEqual(['SIA Klients R']);
    expect((await exportRegister(reader.db)).organisations).toHaveLength(1);
    const refused = await reader.db
      .transaction()
      .execute((trx) => saveOrganisation(trx, emptyOrganisation('SIA Annas'), ctx))
      .then(
        () => 'saved',
        (error: unknown) => errorCodeOf(error),
      );
    expect(refused).toBe('42501');
    await reader.close();

    const editor = await openPostgresRegister({ ...admin, user: 'juris', password: 'juris-parole' });
    await editor.db.transaction().execute((trx) => saveOrganisation(trx, emptyOrganisation('SIA Jura'), ctx));
    expect((await listOrganisations(editor.db)).map((organisation) => organisation.name).sort()).toEqual(['SIA Jura', 'SIA Klients R']);
    expect((await verifyHistory(editor.db)).intact).toBe(true);
    // Each change records its author: with no author name given, the database user who made it.
    const [last] = await listHistory(editor.db, { limit: 1 });
    expect(last).toMatchObject({ author: 'juris', label: 'SIA Jura' });
    await editor.close();
  });
});
