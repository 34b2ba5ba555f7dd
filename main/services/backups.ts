/**
 * Automatic and manual backups of a register.
 *
 * Where: a folder beside the register named after it, `<name>.backups/`
 * (`SIA Koks.ropa` -> `SIA Koks.backups/`). A DPO finds it next to the file
 * in Explorer without knowing about hidden settings folders; it moves, syncs
 * (OneDrive, a shared drive) and is backed up by the firm together with the
 * register; and a consultant's folder of client registers keeps each
 * client's backups apart. The price: a register on a lost USB stick takes
 * its backups with it, which is why `ropa backup --out DIR` exists.
 *
 * What: each backup is a complete register file, made through SQLite's
 * online backup API (consistent even while the app writes), checked with
 * `PRAGMA integrity_check` before it is kept, named
 * `<name> <yyyy-mm-dd hh.mm.ss> <reason>.ropa` in local time, so that the
 * folder sorts by time and says why each copy exists. It opens in ROPA like
 * any register.
 *
 * When: before every migration and every import, once a day on the first
 * writable open (`daily`), on request (`manual`), and of the current file
 * before a restore (`before-restore`).
 *
 * How many: the newest `keep` (default 20) are kept; older ones are deleted,
 * except that the newest backup that passes integrity_check is never deleted,
 * whatever its age, so a run of damaged copies cannot push out the last
 * good one.
 */
import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.ts';
import { inspectRegisterFile, ROPA_APPLICATION_ID } from '../db/connection.ts';
import { syncFolder } from './atomic-write.ts';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.ts';
import { acquireLock, describeHolder } from './register-lock.ts';
import type { RegisterSession } from './register-session.ts';
import { noTeamBackups } from './team-session.ts';

import type { BackupReason } from '../../shared/contract/backups.ts';
import { isoToday } from '../../shared/format.ts';
import { registerFileName, registerStem } from './register-name.ts';

export type { BackupReason };
export const DEFAULT_KEEP = 20;
const PARTIAL_STALE_MS = 60 * 60_000;

export interface BackupOptions {
  now: () => Date;
  /** How many to keep (default 20). */
  keep?: number;
  /** Another folder (`ropa backup --out`); nothing there is ever pruned. */
  folder?: string;
}

export interface BackupFile {
  /** A stable id for the contract: a hash of the file name, never a path. */
  id: string;
  fileName: string;
  path: string;
  /** When it was made (from its name; local time). */
  createdAt: Date;
  reason: BackupReason;
  sizeBytes: number;
}

export interface BackupDetails extends BackupFile {
  /** Passes integrity_check and is a register this version can open. */
  good: boolean;
  /** Processing activities in it (null when it cannot be read). */
  activityCount: number | null;
}


/** The backups folder of a register: `<name>.backups` beside it. */
export function backupFolderOf(registerPath: string): string {
  return join(dirname(resolve(registerPath)), `${registerStem(registerPath)}.backups`);
}

const pad = (value: number) => String(value).padStart(2, '0');

function stamp(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}.${pad(at.getMinutes())}.${pad(at.getSeconds())}`;
}

const NAME = /^(.+) (\d{4})-(\d{2})-(\d{2}) (\d{2})\.(\d{2})\.(\d{2})(?:-(\d+))? (migration|import|daily|manual|before-restore)\.ropa$/;

export function backupId(fileName: string): string {
  return createHash('sha256').update(fileName).digest('hex').slice(0, 16);
}

/** The backups of one register in a folder, newest first. */
export function listBackupFiles(folder: string, stem: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  const found: Array<BackupFile & { serial: number }> = [];
  for (const fileName of readdirSync(folder)) {
    const match = NAME.exec(fileName);
    if (!match || match[1] !== stem) continue;
    const [, , y, mo, d, h, mi, s, serial, reason] = match;
    const path = join(folder, fileName);
    let sizeBytes: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      sizeBytes = stat.size;
    } catch {
      continue;
    }
    found.push({
      id: backupId(fileName),
      fileName,
      path,
      createdAt: new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)),
      reason: reason as BackupReason,
      sizeBytes,
      serial: Number(serial ?? 1),
    });
  }
  found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.serial - a.serial);
  return found.map(({ serial: _serial, ...file }) => file);
}

/** Facts read from a backup file without changing it. */
function readBackupFacts(path: string): { good: boolean; activityCount: number | null } {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    if (probe.pragma('application_id', { simple: true }) !== ROPA_APPLICATION_ID) return { good: false, activityCount: null };
    const version = probe.pragma('user_version', { simple: true }) as number;
    // Nothing of the file's own runs here: a backup folder can hold a file put there by hand.
    probe.pragma('trusted_schema = OFF');
    const code = probe.prepare("SELECT count(*) FROM sqlite_schema WHERE type IN ('view', 'trigger')").pluck().get() as number;
    const activityTable = probe.prepare("SELECT type FROM sqlite_schema WHERE name = 'activity'").pluck().get();
    if (code > 0 || activityTable !== 'table') return { good: false, activityCount: null };
    const good = version >= 1 && version <= LATEST_SCHEMA_VERSION && probe.pragma('integrity_check', { simple: true }) === 'ok';
    const activityCount = probe.prepare('select count(*) from activity').pluck().get() as number;
    return { good, activityCount };
  } catch {
    return { good: false, activityCount: null };
  } finally {
    probe?.close();
  }
}

export function isGoodBackup(path: string): boolean {
  return readBackupFacts(path).good;
}

/** The backups of a register with what each holds, newest first. */
export function listBackups(registerPath: string, folder = backupFolderOf(registerPath)): BackupDetails[] {
  return listBackupFiles(folder, registerStem(registerPath)).map((file) => ({ ...file, ...readBackupFacts(file.path) }));
}

function uniqueTarget(folder: string, stem: string, at: Date, reason: BackupReason): string {
  const base = `${stem} ${stamp(at)}`;
  let fileName = registerFileName(`${base} ${reason}`);
  for (let serial = 2; existsSync(join(folder, fileName)) || existsSync(join(folder, `.${fileName}.partial`)); serial += 1) {
    fileName = registerFileName(`${base}-${serial} ${reason}`);
  }
  return join(folder, fileName);
}

/**
 * Copies `source` (an open better-sqlite3 connection) into a new backup file
 * through the online backup API, checks the copy, and only then gives it its
 * final name. Throws BACKUP_FAILED and leaves nothing behind if any step fails.
 */
async function writeBackup(
  source: Database.Database,
  registerPath: string,
  reason: BackupReason,
  options: BackupOptions,
): Promise<BackupFile> {
  const folder = options.folder ? resolve(options.folder) : backupFolderOf(registerPath);
  const stem = registerStem(registerPath);
  let target = '';
  let partial = '';
  try {
    mkdirSync(folder, { recursive: true });
    target = uniqueTarget(folder, stem, options.now(), reason);
    partial = join(folder, `.${basename(target)}.partial`);
    await source.backup(partial);
    if (!isGoodBackup(partial)) throw new Error('integrity_check failed on the copy');
    renameSync(partial, target);
    syncFolder(folder);
  } catch (error) {
    if (partial) rmSync(partial, { force: true });
    throw new AppError('BACKUP_FAILED', { detail: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
  if (!options.folder) pruneBackups(folder, stem, options.keep ?? DEFAULT_KEEP);
  const made = listBackupFiles(folder, stem).find((file) => file.path === target);
  if (!made) throw new AppError('BACKUP_FAILED', { detail: basename(target) });
  return made;
}

/** A backup of a register file that is not open here (before a migration or a restore, `ropa backup`). */
export async function backupFile(registerPath: string, reason: BackupReason, options: BackupOptions): Promise<BackupFile> {
  let source: Database.Database;
  try {
    source = new Database(registerPath, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new AppError('BACKUP_FAILED', { detail: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
  try {
    return await writeBackup(source, registerPath, reason, options);
  } finally {
    source.close();
  }
}

/** A backup of the open register, consistent even while it is being written. */
export async function backupSession(session: RegisterSession, reason: BackupReason, options: Omit<BackupOptions, 'now'> = {}): Promise<BackupFile> {
  const now = session.ctx.now;
  if (session.team) throw noTeamBackups(session.team);
  // A read-only session of an older file is a migrated copy in memory: back up the file itself.
  if (session.readOnly) return backupFile(session.path, reason, { ...options, now });
  return writeBackup(session.connection.sqlite, session.path, reason, { ...options, now });
}

/**
 * The backup every importer takes before it writes: JSON import (app and
 * CLI), and the Excel importer. Call it after checking the file and before
 * `session.write(...)`.
 */
export async function backupBeforeImport(session: RegisterSession): Promise<BackupFile | null> {
  // A team register is backed up by its server (pg_dump); the import is one transaction either way.
  if (session.team) return null;
  return backupSession(session, 'import');
}

/** Once per calendar day (local time), on the first writable open: null when today's exists. */
export async function ensureDailyBackup(session: RegisterSession, options: { keep?: number } = {}): Promise<BackupFile | null> {
  if (session.readOnly || session.team) return null;
  const today = isoToday(session.ctx.now());
  const done = listBackupFiles(backupFolderOf(session.path), registerStem(session.path)).some(
    (file) => file.reason === 'daily' && isoToday(file.createdAt) === today,
  );
  return done ? null : backupSession(session, 'daily', options);
}

/**
 * Deletes all but the newest `keep` backups of a register in `folder`, never
 * the newest good one. Also clears partial copies left by a crash.
 */
export function pruneBackups(folder: string, stem: string, keep = DEFAULT_KEEP): string[] {
  const files = listBackupFiles(folder, stem);
  const newestGood = files.find((file) => isGoodBackup(file.path));
  const removed: string[] = [];
  for (const file of files.slice(Math.max(1, keep))) {
    if (file === newestGood) continue;
    rmSync(file.path, { force: true });
    removed.push(file.fileName);
  }
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(`.${stem} `) || !name.endsWith('.partial')) continue;
    const path = join(folder, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > PARTIAL_STALE_MS) rmSync(path, { force: true });
    } catch {
      // another process finished or removed it
    }
  }
  return removed;
}

export interface RestoreOutcome {
  restored: BackupFile | { fileName: string; path: string };
  /** The register as it was just before, kept in its backups folder (null when there was no file). */
  safetyCopy: BackupFile | null;
}

/**
 * Replaces the register at `registerPath` with the backup at `backupPath`.
 *
 * 1. The backup must be a good register this version can open (it is
 *    inspected first; DAMAGED, NOT_A_REGISTER, NEWER_VERSION otherwise).
 * 2. Refused with LOCKED while another instance has the register open.
 * 3. The current file is backed up first (`before-restore`); if it is too
 *    damaged to open, its bytes (and its journal) are copied as they are.
 * 4. The backup is copied beside the register under a temporary name,
 *    checked, and renamed over the register: a crash at any moment leaves
 *    either the old register or the restored one, never a mix.
 */
export async function restoreRegister(registerPath: string, backupPath: string, options: BackupOptions): Promise<RestoreOutcome> {
  const target = resolve(registerPath);
  const source = resolve(backupPath);
  if (target === source) throw new AppError('FILE_EXISTS', { file: basename(target) });
  await inspectRegisterFile(source);
  const outcome = acquireLock(target);
  if (!outcome.lock) {
    throw new AppError('LOCKED', { file: basename(target), holder: describeHolder(outcome.heldBy) });
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.restoring`);
  try {
    // Copy the backup first: the safety copy below may prune old backups, this one among them.
    const reader = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await reader.backup(temporary);
    } finally {
      reader.close();
    }
    if (!isGoodBackup(temporary)) throw new AppError('DAMAGED', { file: basename(source), detail: 'integrity_check' });
    const restored = listBackupFiles(dirname(source), registerStem(target)).find((file) => file.path === source) ?? {
      fileName: basename(source),
      path: source,
    };
    const safetyCopy = existsSync(target) ? await keepCurrent(target, options) : null;
    // The current file's journal (rolled back or copied above) must not meet the restored file.
    rmSync(`${target}-journal`, { force: true });
    renameSync(temporary, target);
    syncFolder(dirname(target));
    return { restored, safetyCopy };
  } finally {
    rmSync(temporary, { force: true });
    outcome.lock.release();
  }
}

/** The `before-restore` copy of the current file: a proper backup, or its raw bytes when it cannot be opened. */
async function keepCurrent(target: string, options: BackupOptions): Promise<BackupFile> {
  try {
    await inspectRegisterFile(target);
    return await backupFile(target, 'before-restore', { now: options.now, keep: options.keep });
  } catch (error) {
    if (!(error instanceof AppError) || error.code === 'BACKUP_FAILED') throw error;
  }
  const folder = backupFolderOf(target);
  const stem = registerStem(target);
  mkdirSync(folder, { recursive: true });
  const copy = uniqueTarget(folder, stem, options.now(), 'before-restore');
  copyFileSync(target, copy);
  if (existsSync(`${target}-journal`)) copyFileSync(`${target}-journal`, `${copy}-journal`);
  const made = listBackupFiles(folder, stem).find((file) => file.path === copy);
  if (!made) throw new AppError('BACKUP_FAILED', { detail: basename(copy) });
  return made;
}
