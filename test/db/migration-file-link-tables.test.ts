/**
 * Issue 19, a smaller register file: the link tables lose their duplicate
 * index (WITHOUT ROWID, 2026-12-08-file-link-tables.ts). A register of the
 * previous version converts with every link kept, the same constraints
 * holding, and a smaller file; `ropa repair` still drops links to records
 * that are not there (a WITHOUT ROWID row has no rowid to name it by).
 */
import { join } from 'node:path';
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openRegisterFile } from '../../main/db/connection.ts';
import { LINK_TABLES } from '../../main/db/migrations/2026-12-08-file-link-tables.ts';
import { migrations } from '../../main/db/migrations/index.ts';
import { repairRegister } from '../../main/services/repair-register.ts';
import { activityRow, organisationRow, registerFileAtVersion } from '../helpers/old-schema-rows.ts';
import { tempDir } from '../helpers/temp.ts';

const BEFORE = migrations.findIndex((migration) => migration.name === '2026-12-08-file-link-tables');
const AT = '2026-12-01T10:00:00.000Z';
const ACTIVITIES = 600;

/** A file as the build before this migration left it: ACTIVITIES activities, each linked to every built-in security measure and data subject category. */
async function oldRegister(): Promise<string> {
  const { path, sqlite, db } = await registerFileAtVersion(BEFORE);
  await db.insertInto('organisation').values(organisationRow('org', 'SIA Saites', AT)).execute();
  const measures = (await db.selectFrom('security_measure').select('id').orderBy('id').execute()).map((row) => row.id);
  const subjects = (await db.selectFrom('data_subject_category').select('id').orderBy('id').execute()).map((row) => row.id);
  sqlite.transaction(() => {
    const activity = sqlite.prepare('INSERT INTO activity (id, organisation_id, kind, number, name, status, created_on, dpia_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const measure = sqlite.prepare('INSERT INTO activity_security_measure VALUES (?, ?, ?)');
    const subject = sqlite.prepare('INSERT INTO activity_data_subject VALUES (?, ?, ?)');
    for (let index = 0; index < ACTIVITIES; index += 1) {
      const row = activityRow(`00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, 'org', `A-${index}`, AT);
      activity.run(row.id, row.organisation_id, row.kind, row.number, row.name, row.status, row.created_on, row.dpia_status, row.created_at, row.updated_at);
      measures.forEach((id, position) => measure.run(row.id, id, position));
      subjects.forEach((id, position) => subject.run(row.id, id, position));
    }
  })();
  sqlite.exec('VACUUM');
  await db.destroy();
  return path;
}

/** Bytes the links of activities to security measures take, their key and indexes included. */
function measureLinkBytes(sqlite: Database.Database): number {
  return sqlite.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE '%activity_security_measure%'").pluck().get() as number;
}

function links(sqlite: Database.Database): Record<string, unknown[]> {
  const all: Record<string, unknown[]> = {};
  for (const table of LINK_TABLES) all[table] = sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
  return all;
}

describe('link tables without the duplicate index (issue 19)', () => {
  it('converts an older register: every link kept, no automatic index beside the key, a smaller file', async () => {
    const path = await oldRegister();
    const old = new Database(path, { readonly: true });
    const before = links(old);
    const autoIndexesBefore = old.prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sqlite_autoindex_activity_security_measure%'").pluck().get();
    const linkBytesBefore = measureLinkBytes(old);
    old.close();
    expect(autoIndexesBefore).toBe(1);
    expect(before.activity_security_measure!.length).toBeGreaterThan(ACTIVITIES * 5);
    const sizeBefore = statSync(path).size;

    const opened = await openRegisterFile(path, { beforeMigrate: () => undefined });
    const sqlite = opened.sqlite;
    expect(links(sqlite)).toEqual(before);
    for (const table of LINK_TABLES) {
      expect(sqlite.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table)).toMatch(/\) STRICT, WITHOUT ROWID$/);
      expect(sqlite.prepare(`SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sqlite_autoindex_${table}%'`).pluck().get()).toBe(0);
    }
    // The reverse lookups ("which activities use this measure") still have their index.
    const plan = sqlite.prepare("EXPLAIN QUERY PLAN SELECT activity_id FROM activity_security_measure WHERE security_measure_id = 'x'").all() as Array<{ detail: string }>;
    expect(plan.map((step) => step.detail).join(' ')).toContain('activity_security_measure_idx');
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);

    // The constraints hold as before: a link to no measure is refused, an activity's links go with it.
    const first = (before.activity_security_measure![0] as { activity_id: string }).activity_id;
    expect(() => sqlite.prepare("INSERT INTO activity_security_measure VALUES (?, 'no-such-measure', 99)").run(first)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.prepare('INSERT INTO activity_security_measure SELECT * FROM activity_security_measure LIMIT 1').run()).toThrow(/UNIQUE|PRIMARY KEY/);
    sqlite.prepare('DELETE FROM activity WHERE id = ?').run(first);
    expect(sqlite.prepare('SELECT count(*) FROM activity_security_measure WHERE activity_id = ?').pluck().get(first)).toBe(0);
    sqlite.exec('VACUUM');
    // One copy of each link instead of two (the reverse index now holds the activity's id where it held a rowid): fewer bytes.
    expect(measureLinkBytes(sqlite)).toBeLessThan(linkBytesBefore * 0.9);
    await opened.close();
    expect(statSync(path).size).toBeLessThan(sizeBefore * 0.95);
  });

  it('ropa repair still leaves out a link to an activity that is not there', async () => {
    const path = await oldRegister();
    const opened = await openRegisterFile(path, { beforeMigrate: () => undefined });
    const measure = opened.sqlite.prepare('SELECT security_measure_id FROM activity_security_measure LIMIT 1').pluck().get() as string;
    opened.sqlite.pragma('foreign_keys = OFF');
    opened.sqlite.prepare('INSERT INTO activity_security_measure VALUES (?, ?, 0)').run('gone-activity', measure);
    opened.sqlite.prepare('INSERT INTO activity_data_subject SELECT \'gone-activity\', data_subject_category_id, position FROM activity_data_subject LIMIT 2').run();
    const linkCount = opened.sqlite.prepare('SELECT count(*) FROM activity_security_measure').pluck().get() as number;
    await opened.close();

    const out = join(tempDir(), 'repaired.ropa');
    const outcome = await repairRegister(path, out);
    expect(outcome.tables.find((table) => table.name === 'activity_security_measure')).toEqual({ name: 'activity_security_measure', copied: linkCount - 1, refused: 1 });
    expect(outcome.tables.find((table) => table.name === 'activity_data_subject')?.refused).toBe(2);
    const repaired = new Database(out, { readonly: true });
    expect(repaired.pragma('foreign_key_check')).toEqual([]);
    expect(repaired.prepare("SELECT count(*) FROM activity_security_measure WHERE activity_id = 'gone-activity'").pluck().get()).toBe(0);
    expect(repaired.prepare('SELECT count(*) FROM activity_security_measure').pluck().get()).toBe(linkCount - 1);
    repaired.close();
  });
});
