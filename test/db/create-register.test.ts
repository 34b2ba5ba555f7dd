import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ROPA_APPLICATION_ID, createRegisterFile, emptyRegisterImage, inspectRegisterFile, migrate, openRegisterFile } from '../../main/db/connection.ts';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations/index.ts';
import { AppError } from '../../main/errors.ts';
import type { DB } from '../../main/db/schema.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';

/** What makes two registers the same database: header settings, schema, and every row of every table. */
/** The register's own facts (meta) and their history entry differ per register: left out unless `skipMeta` is false. */
function contents(path: string, skipMeta = true): Record<string, unknown> {
  const sqlite = new Database(path, { readonly: true });
  try {
    const header = Object.fromEntries(
      ['application_id', 'user_version', 'page_size', 'encoding', 'auto_vacuum', 'foreign_keys'].map((name) => [name, sqlite.pragma(name, { simple: true })]),
    );
    const schema = sqlite.prepare("select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_autoindex%' order by type, name").all();
    const tables = sqlite.prepare("select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as Array<{ name: string; sql: string }>;
    // A WITHOUT ROWID table (the link tables) is read in its key's order: it has no rowid.
    const order = (sql: string) => (/WITHOUT ROWID/.test(sql) ? '' : ' order by rowid');
    const rows = Object.fromEntries(
      tables.filter(({ name }) => !(skipMeta && (name === 'meta' || name === 'history'))).map(({ name, sql }) => [name, sqlite.prepare(`select * from ${name}${order(sql)}`).all()]),
    );
    return { header, schema, rows, integrity: sqlite.pragma('integrity_check', { simple: true }) };
  } finally {
    sqlite.close();
  }
}

describe('creating a register', () => {
  it('copies an image that is the same database as migrating the new file itself, every time', async () => {
    const folder = tempDir();
    // The reference: a file migrated step by step, as before the image existed.
    const reference = join(folder, 'migrated.ropa');
    const sqlite = new Database(reference);
    sqlite.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(db, 0);
    await db.destroy();

    const made: string[] = [];
    for (const name of ['first.ropa', 'second.ropa', 'third.ropa']) {
      const path = join(folder, name);
      await (await createRegisterFile(path, { now: steppingClock(), title: name })).close();
      made.push(path);
    }
    const expected = contents(reference);
    expect(expected.integrity).toBe('ok');
    for (const path of made) {
      expect(contents(path)).toEqual(expected);
      expect(await inspectRegisterFile(path)).toEqual({ schemaVersion: LATEST_SCHEMA_VERSION });
    }
    // Each is its own register: its own id and title, though the image is shared.
    const metas = made.map((path) => {
      const file = new Database(path, { readonly: true });
      const meta = Object.fromEntries((file.prepare('select key, value from meta').all() as Array<{ key: string; value: string }>).map((r) => [r.key, r.value]));
      file.close();
      return meta;
    });
    expect(new Set(metas.map((m) => m.register_id)).size).toBe(3);
    expect(metas.map((m) => m.title)).toEqual(['first.ropa', 'second.ropa', 'third.ropa']);
    // Each has its facts as its only history entry, written when it was made (main/db/register-meta.ts).
    made.forEach((path, index) => {
      const file = new Database(path, { readonly: true });
      const history = file.prepare('select seq, entity_type, entity_id, action, label, after_json from history').all() as Array<Record<string, unknown>>;
      file.close();
      expect(history).toEqual([{ seq: 1, entity_type: 'register', entity_id: metas[index]!.register_id, action: 'create', label: metas[index]!.title, after_json: expect.any(String) }]);
      expect(JSON.parse(String(history[0]!.after_json))).toMatchObject({ registerId: metas[index]!.register_id, title: metas[index]!.title, createdAt: metas[index]!.created_at });
    });
    // Writes into one never reach the image the next is copied from.
    const image = new Database(await emptyRegisterImage());
    const migrated = new Database(reference, { readonly: true });
    expect(image.prepare('select * from meta order by key').all()).toEqual(migrated.prepare('select * from meta order by key').all());
    image.close();
    migrated.close();
    expect(readdirSync(folder).sort()).toEqual(['first.ropa', 'migrated.ropa', 'second.ropa', 'third.ropa']);
  });

  it('opens the new file durable (rollback journal, full sync) even though it was built without syncing', async () => {
    const path = join(tempDir(), 'durable.ropa');
    const connection = await createRegisterFile(path, { now: steppingClock() });
    expect(connection.sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(connection.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(connection.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await connection.close();
    const reopened = await openRegisterFile(path);
    expect(reopened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await reopened.close();
  });

  it('names the chosen file when its folder cannot take it, and leaves nothing behind', async () => {
    const folder = tempDir();
    const notAFolder = join(folder, 'not-a-folder');
    writeFileSync(notAFolder, 'a file where a folder should be');
    const error = await createRegisterFile(join(notAFolder, 'Klienti.ropa'), { now: steppingClock() }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FILE_ACCESS');
    expect((error as AppError).params).toMatchObject({ file: 'Klienti.ropa', detail: 'ENOTDIR' });
    expect(readdirSync(folder)).toEqual(['not-a-folder']);
  });

  it('leaves nothing behind, and no file under the name, when filling it fails', async () => {
    const folder = tempDir();
    const path = join(folder, 'failed.ropa');
    await expect(
      createRegisterFile(path, {
        now: steppingClock(),
        initialise: async (trx) => {
          await trx.insertInto('meta').values({ key: 'x', value: 'y' }).execute();
          throw new Error('import refused');
        },
      }),
    ).rejects.toThrow('import refused');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
    // The image is untouched by the failed attempt: the next register is whole.
    await (await createRegisterFile(path, { now: steppingClock() })).close();
    expect(contents(path).integrity).toBe('ok');
  });
});
