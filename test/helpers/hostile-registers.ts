/**
 * Registers as a hostile sender would make them: a real register (the demo)
 * with its SQL changed behind the app's back. Each carries code or a shape
 * the app did not create: triggers on every table, views in place of tables
 * (one of them an endless recursive query), extra tables and views, wrong
 * versions, a missing table or column, a changed column type, and damage
 * inside an index that only `integrity_check` finds.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { demoRegisterFile } from './safety.ts';

export interface HostileRegister {
  /** What was done to the file, for the test's name. */
  name: string;
  path: string;
  /** The error code every refusal must carry. */
  code: string;
  /** Whether running the file's own SQL would never end (tested in a separate, killable process). */
  endless?: boolean;
}

/** An endless query: a recursive CTE with no stop. */
const ENDLESS = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n';

/** The register's own tables (every one of them gets a trigger in the corpus). */
export function registerTables(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[]).filter(
      (name) => !name.startsWith('sqlite_'),
    );
  } finally {
    db.close();
  }
}

function tamper(path: string, change: (db: Database.Database) => void): void {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = OFF');
    change(db);
  } finally {
    db.close();
  }
}

/**
 * Puts damage inside an index that the b-tree checks of `quick_check` do not
 * see: the index's definition is switched to another column while rows are
 * written, then switched back, so the index holds keys its table does not.
 */
function damageIndex(db: Database.Database): void {
  const index = 'activity_purpose_activity_idx';
  const original = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(index) as string;
  const redefine = (path: string, definition: string) => {
    const writer = new Database(path);
    writer.unsafeMode(true);
    writer.pragma('writable_schema = ON');
    writer.prepare('UPDATE sqlite_schema SET sql = ? WHERE name = ?').run(definition, index);
    writer.close();
  };
  db.close();
  redefine(db.name, `CREATE INDEX ${index} ON activity_purpose (description)`);
  const writer = new Database(db.name);
  writer.exec("INSERT INTO activity_purpose (id, activity_id, position, description) SELECT 'p-extra', activity_id, 99, 'x' FROM activity_purpose LIMIT 1");
  writer.close();
  redefine(db.name, original);
}

/**
 * The corpus, each a copy of one demo register in `folder`. `tables` picks
 * the tables that get a trigger (all of them by default).
 */
export async function hostileRegisters(folder: string): Promise<HostileRegister[]> {
  const base = await demoRegisterFile(join(folder, 'base.ropa'));
  const made: HostileRegister[] = [];
  let serial = 0;
  const variant = (name: string, code: string, change: (db: Database.Database) => void, endless = false) => {
    serial += 1;
    const path = join(folder, `hostile-${String(serial).padStart(2, '0')}.ropa`);
    copyFileSync(base, path);
    tamper(path, change);
    made.push({ name, path, code, endless });
  };
  for (const table of registerTables(base)) {
    variant(`a trigger on ${table}`, 'FOREIGN_SCHEMA', (db) =>
      db.exec(
        `CREATE TRIGGER x_${table} AFTER INSERT ON ${table} BEGIN UPDATE meta SET value = 'changed by the file' WHERE key = 'title'; END`,
      ),
    );
  }
  variant('a trigger on history with an endless loop', 'FOREIGN_SCHEMA', (db) =>
    db.exec(`CREATE TRIGGER loop BEFORE INSERT ON history BEGIN SELECT count(*) FROM (${ENDLESS}); END`),
  true);
  variant('a view replacing the activity table, endless', 'FOREIGN_SCHEMA', (db) =>
    db.exec(`DROP TABLE activity; CREATE VIEW activity AS SELECT i AS id FROM (${ENDLESS})`),
  true);
  variant('a view replacing the meta table', 'FOREIGN_SCHEMA', (db) =>
    db.exec("DROP TABLE meta; CREATE VIEW meta AS SELECT 'title' AS key, 'forged' AS value"),
  );
  variant('an extra endless recursive view', 'FOREIGN_SCHEMA', (db) => db.exec(`CREATE VIEW everything AS ${ENDLESS}`), true);
  variant('an extra table', 'FOREIGN_SCHEMA', (db) => db.exec('CREATE TABLE payload (x TEXT)'));
  variant('an extra index', 'FOREIGN_SCHEMA', (db) => db.exec('CREATE INDEX activity_name_idx ON activity (name)'));
  variant('a missing table', 'FOREIGN_SCHEMA', (db) => db.exec('DROP TABLE activity_dpia_criterion'));
  variant('a missing column', 'FOREIGN_SCHEMA', (db) => db.exec('ALTER TABLE activity DROP COLUMN notes'));
  variant('a column of another type', 'FOREIGN_SCHEMA', (db) =>
    db.exec(
      'CREATE TABLE meta2 (key TEXT PRIMARY KEY NOT NULL, value ANY NOT NULL) STRICT; INSERT INTO meta2 SELECT * FROM meta; DROP TABLE meta; ALTER TABLE meta2 RENAME TO meta',
    ),
  );
  variant('user_version 0', 'BAD_VERSION', (db) => db.pragma('user_version = 0'));
  variant('user_version -1', 'BAD_VERSION', (db) => db.pragma('user_version = -1'));
  variant('user_version 99', 'NEWER_VERSION', (db) => db.pragma('user_version = 99'));
  variant('damage inside an index', 'DAMAGED', damageIndex);
  return made;
}
