/**
 * A register the app creates records its own facts (title, id, creation
 * time, adequacy-list date) as its first history entry, in the creating
 * transaction (main/db/register-meta.ts). So verify names a fact changed
 * outside the app in a register fresh from `ropa init` or `ropa demo`, before
 * anyone has retitled it. A register made by an older version, which has no
 * such entry, still verifies intact; there verify can only check meta's keys
 * and the fingerprint is what shows a changed value (docs/hostile-files.md).
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index.ts';
import { ROPA_APPLICATION_ID, schemaAt } from '../../main/db/connection.ts';
import { testApp, value } from '../helpers/app.ts';
import { tempDir } from '../helpers/temp.ts';

const NOW = new Date('2026-12-05T08:00:00.000Z');

async function cli(args: string[], lang: 'en' | 'lv' = 'en'): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stdout += text), now: () => NOW, lang, cwd: '/' });
  return { status, stdout };
}

function sql(path: string, statement: string): void {
  const db = new Database(path);
  try {
    expect(db.prepare(statement).run().changes).toBe(1);
  } finally {
    db.close();
  }
}

function rows<T>(path: string, query: string): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(query).all() as T[];
  } finally {
    db.close();
  }
}

/** A copy of `path` with `statement` run on it, as any SQLite tool could. */
function tampered(path: string, name: string, statement: string): string {
  const copy = join(tempDir(), `${name}.ropa`);
  copyFileSync(path, copy);
  sql(copy, statement);
  return copy;
}

describe('a register fresh from the app has its facts recorded', () => {
  it('ropa init writes the facts as the first history entry, and verify names a title changed outside the app, in lv and en', async () => {
    const path = join(tempDir(), 'jauns.ropa');
    expect((await cli(['init', path, '--title', 'Mūsu reģistrs'])).status).toBe(0);
    const entries = rows<{ seq: number; entity_type: string; action: string; label: string; at: string; before_json: string | null; after_json: string }>(
      path,
      'SELECT seq, entity_type, action, label, at, before_json, after_json FROM history ORDER BY seq',
    );
    const meta = Object.fromEntries(rows<{ key: string; value: string }>(path, 'SELECT key, value FROM meta').map((row) => [row.key, row.value]));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ seq: 1, entity_type: 'register', action: 'create', label: 'Mūsu reģistrs', at: NOW.toISOString(), before_json: null });
    expect(JSON.parse(entries[0]!.after_json)).toEqual({
      registerId: meta.register_id,
      title: 'Mūsu reģistrs',
      createdAt: NOW.toISOString(),
      adequacyListCheckedOn: meta.adequacy_list_checked_on,
    });
    expect((await cli(['verify', '--db', path])).status).toBe(0);

    const retitled = tampered(path, 'retitled', "UPDATE meta SET value = 'Viltots' WHERE key = 'title'");
    const en = await cli(['verify', '--db', retitled], 'en');
    expect(en.status).toBe(1);
    expect(en.stdout).toMatch(/Register .*“Viltots”: changed outside the app \(fields: title\)/);
    const lv = await cli(['verify', '--db', retitled], 'lv');
    expect(lv.status).toBe(1);
    expect(lv.stdout).toMatch(/“Viltots”: mainīts ārpus programmas \(lauki: title\)/);

    const redated = tampered(path, 'redated', "UPDATE meta SET value = '2020-01-01' WHERE key = 'adequacy_list_checked_on'");
    expect(await cli(['verify', '--db', redated])).toMatchObject({ status: 1, stdout: expect.stringMatching(/changed outside the app \(fields: adequacyListCheckedOn\)/) });
  }, 120_000);

  it('the app\'s new register (files:new) records its facts first, under the author set, before the organisation', async () => {
    const { app, dialogs } = testApp('lv');
    await value(app, 'app:setAuthor', { author: 'Ilze Ozola' });
    const path = join(tempDir(), 'firma.ropa');
    dialogs.answer(path);
    await value(app, 'files:new', { organisationName: 'SIA Firma' });
    const history = await value(app, 'history:list', { limit: 10 });
    await app.close();
    expect(history.map((entry) => [entry.seq, entry.entityType, entry.action, entry.author])).toEqual([
      [2, 'organisation', 'create', 'Ilze Ozola'],
      [1, 'register', 'create', 'Ilze Ozola'],
    ]);
    expect(history[1]!.after).toMatchObject({ title: 'SIA Firma', adequacyListCheckedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
    const retitled = tampered(path, 'firma-retitled', "UPDATE meta SET value = 'Viltots' WHERE key = 'title'");
    expect(await cli(['verify', '--db', retitled], 'lv')).toMatchObject({ status: 1, stdout: expect.stringMatching(/“Viltots”: mainīts ārpus programmas \(lauki: title\)/) });
  }, 120_000);

  it('ropa demo records its facts and its adequacy date: both verify, and a changed date is named', async () => {
    const path = join(tempDir(), 'demo.ropa');
    expect((await cli(['demo', path])).status).toBe(0);
    const register = rows<{ seq: number; action: string }>(path, "SELECT seq, action FROM history WHERE entity_type = 'register' ORDER BY seq");
    expect(register.map((entry) => `${entry.seq} ${entry.action}`)).toEqual(['1 create', expect.stringMatching(/ update$/)]);
    expect((await cli(['verify', '--db', path])).status).toBe(0);
    const redated = tampered(path, 'demo-redated', "UPDATE meta SET value = '2020-01-01' WHERE key = 'adequacy_list_checked_on'");
    const lv = await cli(['verify', '--db', redated], 'lv');
    expect(lv.status).toBe(1);
    expect(lv.stdout).toMatch(/mainīts ārpus programmas \(lauki: adequacyListCheckedOn\)/);
  }, 120_000);

  it('a register from an older version, with no entry for its facts, verifies intact; only its keys are checked', async () => {
    // As the first version created it: the first schema and the meta rows, no history entry; verify migrates it in memory.
    const path = join(tempDir(), 'old.ropa');
    const first = await schemaAt(1);
    first.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
    first.pragma('user_version = 1');
    first.prepare("INSERT INTO meta (key, value) VALUES ('register_id', 'old-register'), ('title', 'Vecais'), ('created_at', '2026-01-05T08:00:00.000Z')").run();
    writeFileSync(path, first.serialize());
    first.close();
    const intact = await cli(['verify', '--db', path, '--json']);
    expect(intact.status).toBe(0);

    const foreign = tampered(path, 'old-foreign', "INSERT INTO meta (key, value) VALUES ('owner', 'someone')");
    expect(await cli(['verify', '--db', foreign])).toMatchObject({ status: 1, stdout: expect.stringMatching(/changed outside the app \(fields: owner\)/) });

    // The limit, as docs/hostile-files.md says: a changed value is not named, but the fingerprint differs.
    const retitled = tampered(path, 'old-retitled', "UPDATE meta SET value = 'Viltots' WHERE key = 'title'");
    const after = await cli(['verify', '--db', retitled, '--json']);
    expect(after.status).toBe(0);
    expect(JSON.parse(after.stdout).fingerprint).not.toBe(JSON.parse(intact.stdout).fingerprint);
  }, 120_000);
});
