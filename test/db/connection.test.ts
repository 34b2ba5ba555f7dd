import { copyFileSync, existsSync, openSync, readFileSync, writeFileSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  createRegisterFile,
  inspectRegisterFile,
  openRegisterFile,
  ROPA_APPLICATION_ID,
} from '../../main/db/connection.ts';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations/index.ts';
import { AppError, toErrorShape } from '../../main/errors.ts';
import { fileHash, steppingClock, tempDir } from '../helpers/temp.ts';
import { smallRegister } from '../helpers/registers.ts';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('creating a register', () => {
  it('writes one SQLite file marked as a ROPA register at the latest schema version', async () => {
    const path = join(tempDir(), 'new.ropa');
    const connection = await createRegisterFile(path, { now: steppingClock(), title: 'SIA Tests' });
    await connection.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(ROPA_APPLICATION_ID);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(raw.prepare("select value from meta where key = 'title'").pluck().get()).toBe('SIA Tests');
    raw.close();
    expect(existsSync(`${path}-journal`)).toBe(false);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    const path = join(tempDir(), 'taken.ropa');
    writeFileSync(path, 'my notes');
    expect(await codeOf(createRegisterFile(path, { now: steppingClock() }))).toBe('FILE_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('my notes');
  });

  it('uses the rollback journal with full sync and enforces foreign keys', async () => {
    const { connection } = await smallRegister();
    expect(connection.sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(connection.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(connection.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      connection.sqlite
        .prepare("insert into activity_processor (activity_id, processor_id, position, notes) values ('nope', 'nope', 0, '')")
        .run(),
    ).toThrow(/FOREIGN KEY/);
    await connection.close();
  });
});

describe('opening files that are not good registers leaves them byte-for-byte untouched', () => {
  it('a text file is not SQLite', async () => {
    const path = join(tempDir(), 'notes.ropa');
    writeFileSync(path, 'Šis nav reģistrs.\n'.repeat(50));
    const before = fileHash(path);
    expect(await codeOf(openRegisterFile(path))).toBe('NOT_SQLITE');
    expect(fileHash(path)).toBe(before);
  });

  it('an empty file is not SQLite', async () => {
    const path = join(tempDir(), 'empty.ropa');
    writeFileSync(path, '');
    expect(await codeOf(openRegisterFile(path))).toBe('NOT_SQLITE');
    expect(statSync(path).size).toBe(0);
  });

  it('another SQLite database is not a register', async () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec('create table t (x); insert into t values (1);');
    other.close();
    const before = fileHash(path);
    expect(await codeOf(openRegisterFile(path))).toBe('NOT_A_REGISTER');
    expect(fileHash(path)).toBe(before);
  });

  it('a register written by a newer version is refused with both versions named', async () => {
    const { path, connection } = await smallRegister();
    await connection.close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    raw.close();
    const before = fileHash(path);
    let caught: unknown;
    try {
      await openRegisterFile(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const shape = toErrorShape(caught, 'lv');
    expect(shape.code).toBe('NEWER_VERSION');
    expect(shape.message).toContain(String(LATEST_SCHEMA_VERSION + 3));
    expect(shape.message).toContain('jaunākā ROPA versijā');
    expect(fileHash(path)).toBe(before);
  });

  it('a damaged register (overwritten pages) is refused', async () => {
    const { path, connection } = await smallRegister();
    await connection.close();
    const pageSize = 4096;
    const pages = statSync(path).size / pageSize;
    const fd = openSync(path, 'r+');
    for (let page = 2; page < pages; page += 3) writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, page * pageSize);
    closeSync(fd);
    const before = fileHash(path);
    expect(await codeOf(openRegisterFile(path))).toBe('DAMAGED');
    expect(fileHash(path)).toBe(before);
  });

  it('a truncated register is refused', async () => {
    const { path, connection } = await smallRegister();
    await connection.close();
    const cut = join(tempDir(), 'cut.ropa');
    writeFileSync(cut, readFileSync(path).subarray(0, Math.floor(statSync(path).size / 2)));
    const before = fileHash(cut);
    expect(await codeOf(openRegisterFile(cut))).toBe('DAMAGED');
    expect(fileHash(cut)).toBe(before);
  });

  it('a missing file is reported as such', async () => {
    expect(await codeOf(openRegisterFile(join(tempDir(), 'missing.ropa')))).toBe('FILE_NOT_FOUND');
  });

  it('a good register inspects clean and reopens with its content', async () => {
    const { path, connection, activity } = await smallRegister();
    await connection.close();
    const copy = join(tempDir(), 'copy.ropa');
    copyFileSync(path, copy);
    expect((await inspectRegisterFile(copy)).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const reopened = await openRegisterFile(copy);
    const name = await reopened.db.selectFrom('activity').select('name').where('id', '=', activity.id).executeTakeFirst();
    expect(name?.name).toBe('Algu aprēķins');
    await reopened.close();
  });
});
