import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrate, ROPA_APPLICATION_ID } from '../../main/db/connection.ts';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations/index.ts';
import { verifyHistory } from '../../main/db/repositories/history-repository.ts';
import type { DB } from '../../main/db/schema.ts';
import {
  backupFolderOf,
  backupSession,
  listBackupFiles,
  listBackups,
  pruneBackups,
} from '../../main/services/backups.ts';
import { registerStem } from '../../main/services/register-name.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { exportRegister, serialiseRegister } from '../../main/services/json-exchange.ts';
import { invoke, value } from '../helpers/app.ts';
import { clockedApp, demoRegisterFile, movableClock, peek } from '../helpers/safety.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';
import { recordFigure } from '../helpers/figures.ts';

const reasons = (path: string) => listBackupFiles(backupFolderOf(path), registerStem(path)).map((b) => b.reason);

describe('backups', () => {
  it('live in “<name>.backups” beside the register, as complete registers named by time and reason', async () => {
    const path = await demoRegisterFile(join(tempDir(), 'SIA Koks.ropa'));
    const { app } = clockedApp();
    await app.open(path);
    await value(app, 'activities:list', {});
    await app.requireSession().settleHeld();
    const folder = backupFolderOf(path);
    expect(basename(folder)).toBe('SIA Koks.backups');
    const [daily] = readdirSync(folder);
    expect(daily).toMatch(/^SIA Koks \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.\d{2} daily\.ropa$/);
    expect(peek<number>(join(folder, daily!), 'select count(*) from activity')).toBe(18);
    expect(peek<string>(join(folder, daily!), 'pragma quick_check')).toBe('ok');
    await app.close();
  });

  it('are made once a day on open, not on every open', async () => {
    const path = await demoRegisterFile();
    const { app, clock } = clockedApp();
    await app.open(path);
    await app.open(path);
    expect((await app.open(path)).readOnly).toBe(false);
    expect(reasons(path)).toEqual(['daily']);
    clock.advanceDays(1);
    await app.open(path);
    expect(reasons(path)).toEqual(['daily', 'daily']);
    await app.close();
  });

  it('are made before every import, holding what the register had before it', async () => {
    const source = await demoRegisterFile();
    const reader = await openRegister(source, { now: () => new Date(), readOnly: true });
    const jsonPath = join(tempDir(), 'in.json');
    writeFileSync(jsonPath, serialiseRegister(await exportRegister(reader.db)));
    await reader.close();
    const { app, dialogs } = clockedApp();
    const target = join(tempDir(), 'target.ropa');
    dialogs.answer(target);
    await value(app, 'files:new', { organisationName: 'SIA Tukšs' });
    dialogs.answer(jsonPath);
    const summary = await value(app, 'import:json', { replace: true });
    expect(summary.activities).toBe(18);
    const backups = listBackups(target);
    // The register's first backup (made when it was created), then the one before the import.
    expect(backups.map((b) => b.reason).sort()).toEqual(['daily', 'import']);
    const beforeImport = backups.find((b) => b.reason === 'import')!;
    expect(beforeImport.activityCount).toBe(0);
    expect(peek<string>(beforeImport.path, 'select name from organisation')).toBe('SIA Tukšs');
    await app.close();
  });

  it('are made before a migration, holding the file at its old schema version', async () => {
    const path = join(tempDir(), 'old.ropa');
    const sqlite = new Database(path);
    sqlite.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(db, 0, 1);
    await db.destroy();
    const session = await openRegister(path, { now: movableClock().now });
    expect(session.connection.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const [migration] = listBackups(path).filter((b) => b.reason === 'migration');
    expect(migration).toBeDefined();
    expect(peek<number>(migration!.path, 'pragma user_version')).toBe(1);
    await session.close();
  });

  it('keep the newest 20 by default, and never delete the newest good one', async () => {
    const path = await demoRegisterFile();
    const session = await openRegister(path, { now: movableClock().now, backups: { daily: false } });
    for (let n = 0; n < 23; n += 1) await backupSession(session, 'manual');
    const files = listBackupFiles(backupFolderOf(path), registerStem(path));
    expect(files).toHaveLength(20);
    const oldestKept = files.at(-1)!;
    // The three newest copies rot (a sync conflict, a bad sector): the newest good one is now the 4th.
    for (const bad of files.slice(0, 3)) writeFileSync(bad.path, 'SQLite format 3\u0000'.padEnd(8192, 'x'));
    const newestGood = files[3]!;
    const removed = pruneBackups(backupFolderOf(path), registerStem(path), 3);
    const left = listBackupFiles(backupFolderOf(path), registerStem(path)).map((b) => b.fileName);
    expect(left).toEqual([...files.slice(0, 3).map((b) => b.fileName), newestGood.fileName]);
    expect(removed).toContain(oldestKept.fileName);
    expect(listBackups(path).map((b) => b.good)).toEqual([false, false, false, true]);
    await session.close();
  });

  it('are listed, made and restored through the contract, the current state backed up first', async () => {
    const path = await demoRegisterFile();
    const { app } = clockedApp('en');
    await app.open(path);
    const made = await value(app, 'backups:create', {});
    expect(made).toMatchObject({ reason: 'manual', activityCount: 18, good: true });
    expect(made.sizeBytes).toBeGreaterThan(10_000);
    const listed = await value(app, 'backups:list', {});
    expect(listed.keep).toBe(20);
    expect(listed.folder).toBe(backupFolderOf(path));
    expect(listed.backups.map((b) => b.reason)).toEqual(['manual', 'daily']);
    expect(Date.parse(listed.backups[0]!.createdAt)).not.toBeNaN();

    const activities = await value(app, 'activities:list', {});
    for (const activity of activities.slice(0, 5)) await value(app, 'activities:delete', { id: activity.id, revision: (await value(app, 'activities:get', { id: activity.id })).revision });
    expect(await value(app, 'activities:list', {})).toHaveLength(13);

    const restored = await value(app, 'backups:restore', { id: made.id });
    expect(restored.restored).toBe(made.fileName);
    expect(restored.safetyCopy).toMatchObject({ reason: 'before-restore', activityCount: 13, good: true });
    expect(restored.register.readOnly).toBe(false);
    expect(await value(app, 'activities:list', {})).toHaveLength(18);
    expect(await value(app, 'history:verify', {})).toMatchObject({ intact: true });
    expect(existsSync(`${path}-journal`)).toBe(false);
    recordFigure('backupsRestored', 1);

    // The restore itself can be undone: the before-restore copy restores like any other.
    const undo = await value(app, 'backups:restore', { id: restored.safetyCopy!.id });
    expect(undo.register.readOnly).toBe(false);
    expect(await value(app, 'activities:list', {})).toHaveLength(13);
    recordFigure('backupsRestored', 1);
    await app.close();
  });

  it('refuses to restore a damaged backup or an unknown id, and leaves the register as it was', async () => {
    const path = await demoRegisterFile();
    const { app } = clockedApp('en');
    await app.open(path);
    await value(app, 'activities:list', {});
    await app.requireSession().settleHeld();
    const folder = backupFolderOf(path);
    const fake = join(folder, `${registerStem(path)} 2020-01-01 10.00.00 manual.ropa`);
    writeFileSync(fake, 'SQLite format 3\u0000'.padEnd(8192, '#'));
    const listed = await value(app, 'backups:list', {});
    const bad = listed.backups.find((b) => b.fileName === basename(fake))!;
    expect(bad).toMatchObject({ good: false, activityCount: null });
    const before = fileHash(path);
    const refused = await invoke(app, 'backups:restore', { id: bad.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_SQLITE' } });
    expect(fileHash(path)).toBe(before);
    expect(app.session?.readOnly).toBe(false);
    expect(await invoke(app, 'backups:restore', { id: '0123456789abcdef' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await invoke(app, 'backups:restore', { id: '../../etc/passwd' } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fileHash(path)).toBe(before);
    expect(await verifyHistory(app.requireSession().db)).toMatchObject({ intact: true });
    await app.close();
  });
});
