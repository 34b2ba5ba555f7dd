/**
 * `ropa verify` covers what the register says now: a change made to the
 * records behind the app's back (any SQLite tool; the history untouched) is
 * found and named by entity and field, for every kind of record and for
 * inserts, updates and deletes. Changes the app makes itself never are.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index.ts';
import { shortHash } from '../../main/services/register-version.ts';
import { invoke, value } from '../helpers/app.ts';
import { clockedApp, demoRegisterFile, movableClock } from '../helpers/safety.ts';
import { sql } from 'kysely';
import { describeVerdict } from '../../main/cli/commands/verify.ts';
import { seedDemo } from '../../main/demo/demo-register.ts';
import { verifyRegister } from '../../main/services/verify-register.ts';
import { useBackends, type OpenRegister } from '../helpers/backends.ts';
import { tempDir } from '../helpers/temp.ts';

async function verify(path: string, ...extra: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(['verify', '--db', path, ...extra], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: () => new Date('2026-12-04T10:00:00Z'),
    lang: 'en',
    cwd: '/',
  });
  return { status, stdout, stderr };
}

/** Runs SQL on the file as any SQLite tool would (foreign keys on, so a deletion takes its link rows with it). */
function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

const ACTIVITY = "(SELECT id FROM activity ORDER BY number LIMIT 1)";

/** Each change, with what verify must name: the entity type as printed, and a field or the kind of change. */
const CHANGES: { what: string; sql: string; expect: RegExp }[] = [
  { what: 'an activity renamed', sql: `UPDATE activity SET name = 'Forged' WHERE id = ${ACTIVITY}`, expect: /Processing activity .*“\S+ Forged”: changed outside the app \(fields: name\)/ },
  { what: 'an activity’s purpose rewritten', sql: `UPDATE activity_purpose SET description = 'Forged' WHERE activity_id = ${ACTIVITY}`, expect: /Processing activity .*changed outside the app \(fields: purposes\)/ },
  { what: 'a processor unlinked from an activity', sql: 'DELETE FROM activity_processor WHERE (activity_id, processor_id) = (SELECT activity_id, processor_id FROM activity_processor ORDER BY 1, 2 LIMIT 1)', expect: /Processing activity .*changed outside the app \(fields: [^)]*processor/i },
  {
    what: 'an activity inserted',
    // A copy of a real row under a new id, whatever columns the schema has by now.
    sql: `CREATE TEMP TABLE forged AS SELECT * FROM activity WHERE id = ${ACTIVITY}; UPDATE forged SET id = 'forged-id', number = 'X-99', name = 'Forged', replaced_by_id = NULL; INSERT INTO activity SELECT * FROM forged`,
    expect: /Processing activity forged-id “X-99 Forged”: added outside the app/,
  },
  { what: 'an activity deleted', sql: `DELETE FROM activity WHERE id = ${ACTIVITY}`, expect: /Processing activity .*: deleted outside the app/ },
  { what: 'the organisation’s DPO changed', sql: "UPDATE organisation SET dpo_email = 'forged@example.com'", expect: /Organisation .*changed outside the app \(fields: dpoEmail\)/ },
  { what: 'a processor’s country changed', sql: "UPDATE processor SET country_id = CASE WHEN country_id = 'US' THEN 'DE' ELSE 'US' END WHERE id = (SELECT min(id) FROM processor)", expect: /Processor .*changed outside the app \(fields: countryId\)/ },
  {
    what: 'a processor deleted (its links first)',
    sql: ['DELETE FROM activity_processor WHERE processor_id = $P', 'UPDATE activity_transfer SET processor_id = NULL WHERE processor_id = $P', 'DELETE FROM processor_sub_processor WHERE sub_processor_id = $P OR processor_id = $P', 'DELETE FROM processor WHERE id = $P']
      .map((statement) => statement.replaceAll('$P', '(SELECT min(id) FROM processor)'))
      .join('; '),
    expect: /Processor .*: deleted outside the app/,
  },
  { what: 'a retention period lengthened', sql: 'UPDATE retention_rule SET period_value = period_value + 100 WHERE id = (SELECT min(id) FROM retention_rule WHERE period_value IS NOT NULL)', expect: /Retention rule .*changed outside the app \(fields: periodValue\)/ },
  { what: 'a built-in catalogue entry renamed', sql: "UPDATE data_category SET name_en = 'Forged' WHERE id = 'dc-financial'", expect: /Personal data category dc-financial .*changed outside the app \(fields: nameEn\)/ },
  { what: 'a catalogue entry inserted', sql: "INSERT INTO legal_basis (id, name_lv, name_en, gdpr_point, created_at, updated_at) VALUES ('lb-forged', 'Viltots', 'Forged', 'f', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')", expect: /Legal basis lb-forged “Viltots”: added outside the app/ },
  { what: 'a built-in country deleted', sql: "DELETE FROM country WHERE id = 'NZ'", expect: /Country NZ .*: deleted outside the app/ },
];

/** The changes any SQL tool can make on either database (no rowid, no temporary table). */
const PORTABLE = CHANGES.filter((change) => !/rowid|TEMP TABLE/i.test(change.sql));

/** On a `.ropa` file and on a team register (PostgreSQL): verify's words, as `ropa verify` prints them. */
const backends = useBackends();

describe.each(backends)('verify covers the records of a register on $name', (backend) => {
  async function demoOn(): Promise<OpenRegister> {
    const now = movableClock().now;
    return backend.create({ now, title: 'Demo', initialise: (trx) => seedDemo(trx, { now }) });
  }

  it('an intact register verifies', async () => {
    const register = await demoOn();
    const verdict = await verifyRegister(register.db);
    await register.close();
    expect(verdict.intact).toBe(true);
    expect(describeVerdict(verdict, 'en').join('\n')).toMatch(/The records match the change history: \d+ records compared/);
  });

  it.each(PORTABLE)('finds and names $what, the chain still intact', async ({ sql: statements, expect: named }) => {
    const register = await demoOn();
    for (const statement of statements.split('; ')) await sql.raw(statement).execute(register.db);
    const verdict = await verifyRegister(register.db);
    await register.close();
    const printed = describeVerdict(verdict, 'en').join('\n');
    expect(verdict.intact).toBe(false);
    expect(printed).toContain('The change history is intact');
    expect(printed).toMatch(named);
  });
});

describe('ropa verify covers the records', () => {
  it('an intact register verifies (exit 0), stating what was compared and the register fingerprint', async () => {
    const path = await demoRegisterFile();
    const run = await verify(path);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/The records match the change history: \d+ records compared/);
    expect(run.stdout).toMatch(/Register fingerprint \(records and history\): [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} \([0-9a-f]{64}\)/);
  });

  it.each(CHANGES)('finds and names $what (exit 1), the chain still intact', async ({ sql, expect: named }) => {
    const folder = tempDir();
    const base = await demoRegisterFile(join(folder, 'base.ropa'));
    const path = join(folder, 'tampered.ropa');
    copyFileSync(base, path);
    tamper(path, sql);
    const run = await verify(path);
    expect(run.stdout).toContain('The change history is intact');
    expect(run.stdout).toContain('the register was changed outside the app');
    expect(run.stdout).toMatch(named);
    expect(run.status).toBe(1);
  });

  it('after an import (app-made changes) verify is intact; a title changed behind it is named', async () => {
    const folder = tempDir();
    const source = await demoRegisterFile(join(folder, 'source.ropa'));
    const json = join(folder, 'register.json');
    const io = { stdout: () => undefined, stderr: () => undefined, now: () => new Date('2026-12-04T10:00:00Z'), lang: 'en' as const, cwd: folder };
    expect(await runCli(['export', 'json', '--db', source, '--out', json], io)).toBe(0);
    const target = await demoRegisterFile(join(folder, 'target.ropa'));
    expect(await runCli(['import', 'json', json, '--db', target, '--replace'], io)).toBe(0);
    expect((await verify(target)).status).toBe(0);
    tamper(target, "UPDATE meta SET value = 'Forged' WHERE key = 'title'");
    const run = await verify(target);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Register .*“Forged”: changed outside the app \(fields: title\)/);
  });

  it('--fingerprint says whether a printed fingerprint (short or whole) is this file’s', async () => {
    const path = await demoRegisterFile();
    const json = JSON.parse((await verify(path, '--json')).stdout) as { fingerprint: string };
    const printed = shortHash(json.fingerprint);
    const matches = await verify(path, '--fingerprint', printed);
    expect(matches.status).toBe(0);
    expect(matches.stdout).toContain(`The fingerprint ${printed} matches this file (the whole register).`);
    expect((await verify(path, '--fingerprint', json.fingerprint.toUpperCase())).status).toBe(0);
    // A record changed behind the app's back changes the fingerprint: the printout no longer matches.
    tamper(path, "UPDATE activity SET notes = 'x' WHERE rowid = 1");
    const differs = await verify(path, '--fingerprint', printed);
    expect(differs.status).toBe(1);
    expect(differs.stdout).toContain(`The fingerprint ${printed} does not match this file`);
  });

  it('the app’s history check (history:verify) names the same differences, and is not intact', async () => {
    const path = await demoRegisterFile();
    tamper(path, "UPDATE organisation SET dpo_email = 'forged@example.com'");
    const { app, dialogs } = clockedApp('en');
    dialogs.answer(path);
    await value(app, 'files:open', {});
    const result = await invoke(app, 'history:verify', {});
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.intact).toBe(false);
      expect(result.value.firstBroken).toBeUndefined();
      const differences = result.value.records?.differences ?? [];
      expect(differences.length).toBeGreaterThan(0);
      for (const difference of differences) expect(difference).toMatchObject({ entityType: 'organisation', kind: 'changed', fields: ['dpoEmail'] });
      expect(result.value.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
    await app.close();
  });
});
