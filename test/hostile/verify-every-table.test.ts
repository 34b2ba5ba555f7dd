/**
 * Verify covers every table of the schema. The table list is read from the
 * file's sqlite_schema, so a table added later fails this test until verify
 * covers it or it is listed in DERIVED with the reason.
 *
 * In a demo register, every table first gets rows through the app's own
 * operations (a breach with a processor, a request with an activity, the
 * title set, an own template, a privacy notice set up and issued). Then, in
 * a copy per table, one row is changed as any SQLite tool could (an update of
 * a column the app writes, or, where the row has none, its deletion), and
 * `ropa verify` must exit 1 and name a record (a line "… outside the app"),
 * except for the history, whose change the chain check names.
 *
 * A register fresh from `ropa init` or `ropa demo`, and one made by an older
 * version without an entry for its facts: verify-fresh-register.test.ts.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index.ts';
import { value } from '../helpers/app.ts';
import { appWithDemo, breachInput, requestInput } from '../helpers/dpo-records.ts';
import { registerTables } from '../helpers/hostile-registers.ts';
import { tempDir } from '../helpers/temp.ts';

/** Columns whose change says nothing about a record (ordering, bookkeeping, keys). */
const BOOKKEEPING = new Set(['position', 'created_at', 'updated_at', 'revision', 'id']);

/**
 * Tables that hold no record of their own, with the reason. Besides these, the
 * search index and the compliance checks' document are kept in memory and
 * rebuilt on every open (main/services/search-index.ts, document-cache.ts),
 * and the activity's list columns are checked by verify against its links
 * (verify-own-records.ts, test below).
 */
const DERIVED: Record<string, string> = {
  history_checkpoint:
    'says only how far the chain was found intact: verify compares each checkpoint with the chain (a forged one is named, test/services/versions/checkpoints.test.ts), and a deleted one makes the next rebuild check the whole chain again',
};

/** Changes one row of `table` as any SQLite tool could; answers how, or null when the table is empty. */
function tamperOneRow(path: string, table: string): string | null {
  const db = new Database(path);
  try {
    if ((db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) === 0) return null;
    // A link table is WITHOUT ROWID: its first row is named by its key.
    const key = (db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').pluck().all(table) as string[]).map((name) => `"${name}"`).join(', ');
    const withoutRowid = /WITHOUT ROWID/.test(db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table) as string);
    const row = withoutRowid ? `(${key}) = (SELECT ${key} FROM "${table}" ORDER BY ${key} LIMIT 1)` : `rowid = (SELECT min(rowid) FROM "${table}")`;
    const columns = db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk = 0').pluck().all(table) as string[];
    for (const column of columns.filter((name) => !BOOKKEEPING.has(name) && !name.endsWith('_id') && !name.startsWith('list_'))) {
      const changed = `CASE typeof("${column}") WHEN 'text' THEN "${column}" || ' (forged)' WHEN 'integer' THEN "${column}" + 1 WHEN 'real' THEN "${column}" + 1 ELSE 'forged' END`;
      try {
        if (db.prepare(`UPDATE "${table}" SET "${column}" = ${changed} WHERE ${row}`).run().changes === 1) return `update ${column}`;
      } catch {
        // The schema refuses this change (a CHECK, a type): try the next column.
      }
    }
    db.pragma('foreign_keys = OFF');
    db.prepare(`DELETE FROM "${table}" WHERE ${row}`).run();
    return 'delete';
  } finally {
    db.close();
  }
}

function sql(path: string, statement: string): void {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = OFF');
    expect(db.prepare(statement).run().changes).toBe(1);
  } finally {
    db.close();
  }
}

async function verify(path: string, lang: 'en' | 'lv' = 'en'): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await runCli(['verify', '--db', path], { stdout: (text) => (stdout += text), stderr: () => undefined, now: () => new Date(), lang, cwd: '/' });
  return { status, stdout };
}

/** The demo register with a row in every table, each put there by the app. */
async function registerWithEveryTable(): Promise<string> {
  const { app, dialogs, path, idOf, organisationId } = await appWithDemo('en');
  const processorId = (await value(app, 'processors:list', {}))[0]!.id;
  await value(app, 'breaches:save', breachInput(organisationId, { activityIds: [idOf('PD-02')], processorIds: [processorId] }));
  await value(app, 'requests:save', requestInput(organisationId, { activityIds: [idOf('PD-01')] }));
  await value(app, 'register:setTitle', { title: 'Demo register' });
  await value(app, 'templates:saveActivity', { activityId: idOf('PD-01') });
  const audience = { organisationId, audienceIds: ['ds-customers'] };
  const { settings } = await value(app, 'notice:settings', audience);
  await value(app, 'notice:saveSettings', { settings });
  dialogs.answer(join(tempDir(), 'notice.html'));
  await value(app, 'notice:save', { ...audience, format: 'html', date: '2026-12-04' });
  await app.close();
  expect((await verify(path)).status).toBe(0);
  return path;
}

describe('verify finds a change behind the app in every table', () => {
  it('one row of each table of the schema changed: verify exits 1 and names it', async () => {
    const path = await registerWithEveryTable();
    const folder = tempDir();
    const missed: string[] = [];
    const tried: string[] = [];
    for (const table of registerTables(path).filter((name) => !(name in DERIVED))) {
      const copy = join(folder, `${table}.ropa`);
      copyFileSync(path, copy);
      const how = tamperOneRow(copy, table);
      if (!how) {
        missed.push(`${table}: empty (give it a row through the app above, or list it in DERIVED with the reason)`);
        continue;
      }
      tried.push(`${table} (${how})`);
      const { status, stdout } = await verify(copy);
      // A line naming a record ("  Processing activity … changed outside the app"), or, for the history itself, the chain's finding.
      const named = table === 'history' ? /entry/i.test(stdout) : /^ {2}.* outside the app/m.test(stdout);
      if (status !== 1 || !named) missed.push(`${table} (${how}): exit ${status}\n${stdout}`);
    }
    console.log(`verify found a change in each of ${tried.length} tables: ${tried.join(', ')}`);
    expect(missed).toEqual([]);
    expect(tried.length).toBe(registerTables(path).length - Object.keys(DERIVED).length);
  }, 600_000);

  it('names each of the register’s facts, a foreign key in meta, templates, notices, issues and list columns, in both languages', async () => {
    const path = await registerWithEveryTable();
    const folder = tempDir();
    const cases: Array<[string, string, RegExp, RegExp]> = [
      ["UPDATE meta SET value = 'Forged title' WHERE key = 'title'", 'title', /Register .*“Forged title”: changed outside the app \(fields: title\)/, /mainīts ārpus programmas \(lauki: title\)/],
      ["UPDATE meta SET value = '2020-01-01' WHERE key = 'adequacy_list_checked_on'", 'adequacy', /changed outside the app \(fields: adequacyListCheckedOn\)/, /lauki: adequacyListCheckedOn/],
      ["UPDATE meta SET value = 'other-id' WHERE key = 'register_id'", 'id', /changed outside the app \(fields: registerId\)/, /lauki: registerId/],
      ["INSERT INTO meta (key, value) VALUES ('owner', 'someone')", 'extra key', /changed outside the app \(fields: owner\)/, /lauki: owner/],
      ["DELETE FROM meta WHERE key = 'created_at'", 'missing key', /changed outside the app \(fields: createdAt\)/, /lauki: createdAt/],
      ["UPDATE activity_template SET body = json_set(body, '$.purposes[0].description', 'Forged')", 'template', /changed outside the app \(fields: template\)/, /lauki: template/],
      ["UPDATE activity_template SET name_en = 'Forged'", 'template name', /changed outside the app \(fields: nameEn\)/, /lauki: nameEn/],
      ['DELETE FROM activity_template', 'template deleted', /deleted outside the app/, /dzēsts ārpus programmas/],
      ["UPDATE notice SET settings_json = json_set(settings_json, '$.sectionOrder', json('[]'))", 'notice', /changed outside the app \(fields: settings\)/, /lauki: settings/],
      ['DELETE FROM notice_issue', 'issue deleted', /“v1 \w+ html”: deleted outside the app/, /dzēsts ārpus programmas/],
      ["UPDATE notice_issue SET facts_json = json_set(facts_json, '$.forged', 'x')", 'issue facts', /changed outside the app \(fields: factsIntact\)/, /lauki: factsIntact/],
      ["INSERT INTO notice_issue SELECT 'forged-issue', notice_id, 9, issued_at, notice_date, lang, format, draft, missing_count, history_seq, history_head, document_hash, fingerprint, facts_digest, facts_json FROM notice_issue", 'issue added', /“v9 \w+ html”: added outside the app/, /pievienots ārpus programmas/],
      ["UPDATE activity SET list_special = 1 - list_special WHERE number = 'PD-01'", 'list column', /PD-01 .*changed outside the app \(fields: list_special\)/, /lauki: list_special/],
    ];
    for (const [statement, name, english, latvian] of cases) {
      const copy = join(folder, `${name}.ropa`);
      copyFileSync(path, copy);
      sql(copy, statement);
      const en = await verify(copy, 'en');
      expect([name, en.status]).toEqual([name, 1]);
      expect(en.stdout, name).toMatch(english);
      expect((await verify(copy, 'lv')).stdout, name).toMatch(latvian);
    }
  }, 600_000);
});
