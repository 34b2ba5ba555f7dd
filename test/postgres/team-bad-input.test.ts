/**
 * Bad input when a CLI command opens a team register, on the throwaway
 * server: a wrong password, a closed port, a schema that is not a register,
 * a register written by a newer version, a register name that is not
 * allowed. Each is one clear line in the user's language (Latvian and
 * English), exit code 2, and nothing in the database changes.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresRegister, postgresKysely } from '../../main/db/postgres/connection.ts';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations/index.ts';
import type { DB } from '../../main/db/schema.ts';
import { ropa, type CliRun } from '../helpers/cli.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const server = usePostgres();
const clock = { now: () => new Date('2026-12-05T08:00:00Z') };
let admin: Kysely<DB>;
let folder = '';
let exchange = '';

function address(register: string, port = server().port): string {
  const { user, host, database } = server();
  return `postgres://${user}@${host}:${port}/${database}?register=${register}`;
}

function run(args: string[], lang: 'lv' | 'en', password = server().password): CliRun {
  return ropa(args, { lang, env: { PGPASSWORD: password } });
}

/** What the database holds of the register schemas: names, markers and row counts of their history. */
async function databaseState(): Promise<string> {
  const schemas = await sql<{ name: string; marker: string | null }>`
    select nspname as name, obj_description(oid, 'pg_namespace') as marker from pg_namespace
    where nspname not like 'pg_%' and nspname <> 'information_schema' order by nspname`.execute(admin);
  const parts: string[] = [];
  for (const schema of schemas.rows) {
    const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = ${schema.name} order by table_name`.execute(admin);
    const counts: string[] = [];
    for (const { table_name } of tables.rows) {
      const count = await sql<{ n: number }>`select count(*) as n from ${sql.table(`${schema.name}.${table_name}`)}`.execute(admin);
      counts.push(`${table_name}=${count.rows[0]?.n}`);
    }
    parts.push(`${schema.name} ${schema.marker ?? ''} ${counts.join(',')}`);
  }
  return parts.join('\n');
}

beforeAll(async () => {
  const { host, port, user, password, database } = server();
  admin = postgresKysely({ host, port, user, password, database, register: 'public' });
  const made = await createPostgresRegister({ host, port, user, password, database, register: 'klients-a' }, { ...clock, title: 'Klients A' });
  await made.close();
  const future = await createPostgresRegister({ host, port, user, password, database, register: 'nakotne' }, { ...clock, title: 'Nākotne' });
  await future.close();
  await sql.raw(`comment on schema nakotne is '{"application":"ROPA","schemaVersion":${LATEST_SCHEMA_VERSION + 1}}'`).execute(admin);
  await sql`create schema citi`.execute(admin);
  await sql`create table citi.klienti (id int primary key, vards text)`.execute(admin);
  await sql`insert into citi.klienti values (1, 'Jānis')`.execute(admin);
  folder = mkdtempSync(join(tmpdir(), 'ropa-team-bad-'));
  exchange = join(folder, 'in.json');
  const exported = run(['export', 'json', '--db', address('klients-a'), '--out', exchange], 'en');
  expect(exported.status, exported.stderr).toBe(0);
}, 180_000);

afterAll(async () => {
  await admin?.destroy();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs a write (an import) and a read in both languages: exit 2, one line each, the database as it was. */
async function refused(register: string, options: { port?: number; password?: string }, lv: string, en: string): Promise<void> {
  const before = await databaseState();
  const target = address(register, options.port);
  for (const [lang, expected] of [['lv', lv], ['en', en]] as const) {
    for (const args of [['import', 'json', exchange, '--db', target, '--replace'], ['list', '--db', target]]) {
      const result = run(args, lang, options.password);
      expect(result.status, `${args[0]} ${lang}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toContain(expected);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
  }
  expect(await databaseState()).toBe(before);
}

describe('opening a team register from the CLI: bad input', () => {
  it('a wrong password', async () => {
    await refused('klients-a', { password: 'nepareiza' }, 'nepieņēma lietotāju “ropa” ar norādīto paroli', 'did not accept the user “ropa” with the password given');
  }, 120_000);

  it('an unreachable host (a closed port)', async () => {
    await refused('klients-a', { port: 1 }, 'serveris 127.0.0.1:1 nav sasniedzams', 'server 127.0.0.1:1 cannot be reached');
  }, 120_000);

  it('a schema that is not a register', async () => {
    await refused('citi', {}, 'Shēma citi (', 'The schema citi (');
    const rows = await sql<{ vards: string }>`select vards from citi.klienti`.execute(admin);
    expect(rows.rows).toEqual([{ vards: 'Jānis' }]);
  }, 120_000);

  it('a register written by a newer version', async () => {
    await refused('nakotne', {}, 'Komandas reģistrs nakotne (', 'The team register nakotne (');
  }, 120_000);

  it('a register name that is not allowed', async () => {
    await refused('pg_catalog', {}, 'Reģistra nosaukums “pg_catalog” nav derīgs', 'The register name “pg_catalog” is not valid');
    await refused('Klients%20A', {}, 'Reģistra nosaukums “Klients A” nav derīgs', 'The register name “Klients A” is not valid');
  }, 120_000);

  it('a missing register is not created by an import', async () => {
    await refused('nav-tada', {}, 'Komandas reģistrs nav-tada (', 'The team register nav-tada (');
  }, 120_000);
});
