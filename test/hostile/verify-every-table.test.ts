/**
 * Verify covers every table that holds the register's records: in a demo
 * register with a breach and a data subject request added through the app,
 * one row of each table (an update of a column the app writes, or, where
 * the row has none, its deletion) is changed behind the app's back, and
 * `ropa verify` finds it (exit 1). The register's facts in `meta` are the
 * one exception, stated in docs/hostile-files.md: they have no history
 * entry until the first import, so verify cannot name them (the
 * fingerprint changes).
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

/** Changes one row of `table` as any SQLite tool could; answers how, or null when the table is empty. */
function tamperOneRow(path: string, table: string): string | null {
  const db = new Database(path);
  try {
    if ((db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) === 0) return null;
    const row = `rowid = (SELECT min(rowid) FROM "${table}")`;
    const columns = db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk = 0').pluck().all(table) as string[];
    for (const column of columns.filter((name) => !BOOKKEEPING.has(name) && !name.endsWith('_id'))) {
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

async function verifyStatus(path: string): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await runCli(['verify', '--db', path], { stdout: (text) => (stdout += text), stderr: () => undefined, now: () => new Date(), lang: 'en', cwd: '/' });
  return { status, stdout };
}

describe('verify finds a change behind the app in every table of records', () => {
  it('one row of each table changed: verify exits 1 for each (meta excepted, as documented)', async () => {
    const { app, path, idOf, organisationId } = await appWithDemo('en');
    await value(app, 'breaches:save', breachInput(organisationId, { activityIds: [idOf('PD-02')] }));
    await value(app, 'requests:save', requestInput(organisationId));
    await app.close();
    expect((await verifyStatus(path)).status).toBe(0);
    const folder = tempDir();
    const missed: string[] = [];
    const tried: string[] = [];
    for (const table of registerTables(path).filter((name) => name !== 'meta')) {
      const copy = join(folder, `${table}.ropa`);
      copyFileSync(path, copy);
      const how = tamperOneRow(copy, table);
      if (!how) continue;
      tried.push(`${table} (${how})`);
      const { status } = await verifyStatus(copy);
      if (status !== 1) missed.push(`${table} (${how}): exit ${status}`);
    }
    console.log(`verify found a change in each of ${tried.length} tables: ${tried.join(', ')}`);
    expect(missed).toEqual([]);
    // The breach and request tables are among them, not skipped as empty.
    expect(tried.some((entry) => entry.startsWith('breach '))).toBe(true);
    expect(tried.some((entry) => entry.startsWith('subject_request '))).toBe(true);
    expect(tried.length).toBeGreaterThanOrEqual(30);
  }, 600_000);
});
