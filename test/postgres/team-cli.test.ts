/**
 * `--db postgres://…?register=name` in the CLI: the demo register as a file
 * and, after `ropa copy`, as a team register on the throwaway server; a
 * representative set of commands prints the same for both. The password
 * comes from PGPASSWORD (never in the address), as a DPO's script would
 * give it. Writes (import, revert-free approval) land on the team register
 * with their history; backups say they are the server's job.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ropa, type CliRun } from '../helpers/cli.ts';
import { usePostgres } from '../helpers/postgres.ts';

const server = usePostgres();
let folder = '';
let file = '';

/** The team register's address, without the password (it comes from PGPASSWORD). */
function address(register: string): string {
  const { user, host, port, database } = server();
  return `postgres://${user}@${host}:${port}/${database}?register=${register}`;
}

function run(args: string[], lang: 'lv' | 'en' = 'en'): CliRun {
  return ropa(args, { lang, env: { PGPASSWORD: server().password, ROPA_AUTHOR: 'Anna Bērziņa' } });
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ropa-team-cli-'));
  file = join(folder, 'demo.ropa');
  expect(run(['demo', file]).status).toBe(0);
  const copied = run(['copy', '--from', file, '--to', address('demo')]);
  expect(copied.stderr).toBe('');
  expect(copied.status).toBe(0);
}, 180_000);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** The same command on the file and on the team register: the same exit code and the same output. */
function expectSame(args: string[]): CliRun {
  const onFile = run([...args, '--db', file]);
  const onTeam = run([...args, '--db', address('demo')]);
  expect(onTeam.stderr, args.join(' ')).toBe(onFile.stderr);
  expect(onTeam.stdout, args.join(' ')).toBe(onFile.stdout);
  expect(onTeam.status, args.join(' ')).toBe(onFile.status);
  return onTeam;
}

describe('ropa … --db postgres://…', () => {
  it('lists, checks, exports JSON, verifies and reads the history of a team register as of its file', () => {
    const listed = expectSame(['list']);
    expect(listed.status).toBe(0);
    expect(listed.stdout.split('\n').length).toBeGreaterThan(5);
    expectSame(['list', '--json']);
    expectSame(['check', '--json']);
    const exported = expectSame(['export', 'json']);
    expect(JSON.parse(exported.stdout).activities.length).toBeGreaterThan(3);
    const verified = expectSame(['verify', '--json']);
    expect(JSON.parse(verified.stdout).intact).toBe(true);
    expectSame(['versions', '--json']);
    expectSame(['diff', '--from', '2020-01-01', '--json']);
    expectSame(['export', 'json', '--as-of', '2020-01-01']);
    expectSame(['breaches', 'list', '--json']);
    expectSame(['requests', 'list', '--json']);
    expectSame(['templates', 'list', '--json']);
  }, 240_000);

  it('exports the Excel workbook and the PDF report of a team register with the same content as its file', () => {
    const out = (name: string) => join(folder, name);
    expect(run(['export', 'xlsx', '--db', file, '--out', out('file.xlsx')]).status).toBe(0);
    expect(run(['export', 'xlsx', '--db', address('demo'), '--out', out('team.xlsx')]).status).toBe(0);
    const sheet = (name: string) => execFileSync('unzip', ['-p', out(name), 'xl/worksheets/sheet2.xml']).toString();
    expect(sheet('team.xlsx').length).toBeGreaterThan(1000);
    expect(sheet('team.xlsx')).toBe(sheet('file.xlsx'));
    expect(run(['export', 'pdf', '--db', file, '--out', out('file.pdf')]).status).toBe(0);
    expect(run(['export', 'pdf', '--db', address('demo'), '--out', out('team.pdf')]).status).toBe(0);
    const text = (name: string) => execFileSync('pdftotext', ['-layout', out(name), '-']).toString();
    expect(text('team.pdf')).toContain('Ziemeļkurzemes');
    expect(text('team.pdf')).toBe(text('file.pdf'));
  }, 240_000);

  it('imports into a team register in one transaction with its history entries, and the chain still verifies', () => {
    const exported = join(folder, 'demo.json');
    expect(run(['export', 'json', '--db', file, '--out', exported]).status).toBe(0);
    const before = run(['versions', '--json', '--db', address('demo')]).stdout;
    const imported = run(['import', 'json', exported, '--db', address('demo'), '--replace']);
    expect(imported.status, imported.stderr).toBe(0);
    expect(run(['verify', '--db', address('demo')]).status).toBe(0);
    const history = run(['diff', '--from', '2020-01-01', '--json', '--db', address('demo')]);
    expect(history.status).toBe(0);
    expect(run(['versions', '--json', '--db', address('demo')]).stdout).toBe(before);
    expect(run(['list', '--db', address('demo')]).stdout).toBe(run(['list', '--db', file]).stdout);
  }, 240_000);

  it('says backups of a team register are the server’s job (pg_dump) and offers the JSON export, in Latvian and English', () => {
    const lv = ropa(['backup', '--db', address('demo')], { lang: 'lv', env: { PGPASSWORD: server().password } });
    expect(lv.status).toBe(2);
    expect(lv.stderr).toContain('pg_dump -n demo');
    expect(lv.stderr).toContain('ropa export json');
    expect(lv.stderr).toContain('rezerves kopijas');
    const en = run(['restore', join(folder, 'x.ropa'), '--db', address('demo')]);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('Backups of the team register demo');
    expect(readFileSync(file).length).toBeGreaterThan(0);
  }, 60_000);
});
