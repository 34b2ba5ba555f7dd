/**
 * A register kept with an earlier version verifies intact after the upgrade.
 * The fixture is `ropa demo` as made by ROPA at commit 45a64a2, before the
 * migrations that added fields to activities and retention rules (no
 * recipients / transfers / processors, the activity's own legal basis, named
 * sources, the period's state and text). Each record's latest history entry
 * predates those fields; verify compares the fields the entry recorded, so
 * the upgrade is not reported as changes made outside the app, while a
 * change to a recorded field still is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index.ts';
import { tempDir } from '../helpers/temp.ts';

const FIXTURE = new URL('../fixtures/demo-before-model-migration.ropa.gz', import.meta.url);

function olderRegister(): string {
  const path = join(tempDir(), 'older.ropa');
  writeFileSync(path, gunzipSync(readFileSync(FIXTURE)));
  return path;
}

async function verify(path: string): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await runCli(['verify', '--db', path], { stdout: (text) => (stdout += text), stderr: () => undefined, now: () => new Date(2026, 11, 5, 9), lang: 'en', cwd: '/' });
  return { status, stdout };
}

describe('a register from an earlier version', () => {
  it('verifies intact after the upgrade: fields added since its entries are not changes outside the app', async () => {
    const { status, stdout } = await verify(olderRegister());
    expect(stdout).not.toMatch(/outside the app/);
    expect(stdout).toMatch(/The records match the change history: \d+ records/);
    expect(status).toBe(0);
  });

  it('still names a change made outside the app to a field its history recorded', async () => {
    const path = olderRegister();
    const db = new Database(path);
    db.prepare("UPDATE activity SET name = 'Forged' WHERE number = 'PD-01'").run();
    db.close();
    const { status, stdout } = await verify(path);
    expect(stdout).toMatch(/“PD-01 Forged”: changed outside the app \(fields: name\)/);
    expect(status).toBe(1);
  });
});
