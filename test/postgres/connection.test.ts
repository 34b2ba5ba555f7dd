import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations/index.ts';
import {
  createPostgresRegister,
  openPostgresRegister,
  parsePostgresUrl,
  postgresKysely,
  type PostgresTarget,
} from '../../main/db/postgres/connection.ts';
import { listCatalogue } from '../../main/db/repositories/catalogue-repository.ts';
import { AppError, toErrorShape } from '../../main/errors.ts';
import { usePostgres } from '../helpers/postgres.ts';

const server = usePostgres();
const clock = { now: () => new Date('2026-12-05T07:00:00Z') };

function target(register: string): PostgresTarget {
  const { host, port, user, password, database } = server();
  return { host, port, user, password, database, register };
}

async function failure(work: () => Promise<unknown>): Promise<AppError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('team registers on a throwaway PostgreSQL server', () => {
  it('are created as one schema each, with the built-in catalogues, and open again at the same version', async () => {
    const created = await createPostgresRegister(target('klients-a'), { now: clock.now, title: 'Klients A' });
    await createPostgresRegister(target('klients-b'), { now: clock.now }).then((other) => other.close());
    const countries = await listCatalogue(created.db, 'countries');
    expect(countries.find((entry) => entry.id === 'LV')?.nameLv).toBe('Latvija');
    await created.close();

    const opened = await openPostgresRegister(target('klients-a'));
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const title = await opened.db.selectFrom('meta').select('value').where('key', '=', 'title').executeTakeFirstOrThrow();
    expect(title.value).toBe('Klients A');
    await opened.close();
  });

  it('refuse a missing register, a schema that is not a register, a newer one and a taken name, changing nothing', async () => {
    expect((await failure(() => openPostgresRegister(target('nav-tada')))).code).toBe('TEAM_REGISTER_NOT_FOUND');

    const admin = postgresKysely(target('public'));
    await sql`create schema svesa`.execute(admin);
    await sql`create table svesa.t (x int)`.execute(admin);
    expect((await failure(() => openPostgresRegister(target('svesa')))).code).toBe('TEAM_NOT_A_REGISTER');
    const tables = await sql<{ n: number }>`select count(*) as n from pg_tables where schemaname = 'svesa'`.execute(admin);
    expect(tables.rows[0]?.n).toBe(1);

    const newer = await createPostgresRegister(target('nakotne'), clock);
    await newer.close();
    await sql.raw(`comment on schema nakotne is '{"application":"ROPA","schemaVersion":${LATEST_SCHEMA_VERSION + 1}}'`).execute(admin);
    const refused = await failure(() => openPostgresRegister(target('nakotne')));
    expect(refused.code).toBe('NEWER_VERSION');
    expect(refused.params.found).toBe(LATEST_SCHEMA_VERSION + 1);

    expect((await failure(() => createPostgresRegister(target('nakotne'), clock))).code).toBe('TEAM_REGISTER_EXISTS');
    await admin.destroy();
  });

  it('migrates an older register schema when opened for writing', async () => {
    const old = await createPostgresRegister(target('veca'), { ...clock, schemaVersion: LATEST_SCHEMA_VERSION - 1 });
    await old.close();
    const readOnly = await openPostgresRegister(target('veca'), { readOnly: true });
    expect(readOnly.schemaVersion).toBe(LATEST_SCHEMA_VERSION - 1);
    await readOnly.close();
    const opened = await openPostgresRegister(target('veca'));
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await opened.close();
    const again = await openPostgresRegister(target('veca'), { readOnly: true });
    expect(again.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await again.close();
  });

  it('say in the user\'s language when the password is wrong, the host unreachable or the database missing', async () => {
    const wrong = await failure(() => openPostgresRegister({ ...target('klients-a'), password: 'nepareiza' }));
    expect(wrong.code).toBe('TEAM_LOGIN_FAILED');
    expect(toErrorShape(wrong, 'lv').message).toContain('nepieņēma lietotāju “ropa”');
    expect(toErrorShape(wrong, 'en').message).toContain('did not accept the user “ropa”');

    // Port 1 (tcpmux): nothing listens there on a test machine, so the connection is refused.
    const closed = await failure(() => createPostgresRegister({ ...target('nekur'), port: 1, connectTimeoutMs: 3000 }, clock));
    expect(closed.code).toBe('TEAM_UNREACHABLE');
    expect(toErrorShape(closed, 'lv').message).toContain('serveris 127.0.0.1:1 nav sasniedzams (ECONNREFUSED)');

    const missing = await failure(() => openPostgresRegister({ ...target('klients-a'), database: 'nav_tadas' }));
    expect(missing.code).toBe('TEAM_DATABASE_NOT_FOUND');
    expect(toErrorShape(missing, 'en').message).toContain('has no database “nav_tadas”');
  });

  it('reads connection strings with the register named in them', () => {
    expect(parsePostgresUrl('postgres://dpo@db.example.lv:6543/privacy?register=klients-a&sslmode=require')).toEqual({
      host: 'db.example.lv',
      port: 6543,
      database: 'privacy',
      user: 'dpo',
      register: 'klients-a',
      sslMode: 'require',
    });
    expect(() => parsePostgresUrl('postgres://dpo@db/privacy')).toThrow(/TEAM_REGISTER_URL/);
    expect(() => parsePostgresUrl('postgres://dpo@db/privacy?register=pg_catalog')).toThrow(/TEAM_REGISTER_NAME/);
  });
});
