/**
 * One writer per register: a lock file beside it, `<register>.lock`, created
 * with O_EXCL, holding who has the register open for writing (process id,
 * computer, user, since when) and a random token.
 *
 * A second instance (another window, another user, another computer on a
 * shared drive, the CLI) that finds the lock gets the register read-only with
 * a notice naming the holder, instead of two writers interleaving edits. The
 * read-only tools (list, export, verify, backup) never take or look at the
 * lock: reading is always allowed.
 *
 * A holder that died without releasing (killed, crashed, power loss) must not
 * lock the DPO out for ever. A lock is stale, and is taken over, when
 * - it names this computer and its process no longer runs, or
 * - its file has not been refreshed for STALE_AFTER_MS: a live holder touches
 *   it every HEARTBEAT_MS, so this covers holders on other computers, whose
 *   processes cannot be asked;
 * - it is unreadable (a holder died between creating and writing it) and older
 *   than a few seconds.
 * A holder checks before every write that the lock still names it (a laptop
 * that slept past the stale limit may have been taken over meanwhile) and
 * refuses the write if not.
 *
 * SQLite's own file locks still keep each transaction whole whatever happens;
 * this lock is about people, not pages.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, linkSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { formatTimestamp } from '../../shared/format.ts';
import { AppError } from '../errors.ts';

export const LOCK_SUFFIX = '.lock';
export const HEARTBEAT_MS = 60_000;
export const STALE_AFTER_MS = 10 * 60_000;
const UNREADABLE_STALE_MS = 10_000;

export interface LockHolder {
  pid: number;
  host: string;
  user: string;
  /** ISO instant the holder opened the register. */
  since: string;
}

interface LockContent extends LockHolder {
  app: 'ROPA';
  token: string;
  /** The register file's identity (`device:inode`), so a lock taken through a hard link is found. */
  file?: string;
}

export interface RegisterLock {
  readonly lockPath: string;
  readonly holder: LockHolder;
  /** True while the lock file still names this holder. */
  isHeld(): boolean;
  /** Who holds the lock now (null when nobody). */
  currentHolder(): LockHolder | null;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

export type LockOutcome = { lock: RegisterLock; heldBy?: undefined } | { lock?: undefined; heldBy: LockHolder };

/**
 * The register's path with every symbolic link resolved (and, on Windows,
 * short 8.3 names made long: `realpathSync.native` asks the system for the
 * file's final name). One file has one lock whichever path it was opened
 * by; a file not made yet is named through its folder's real path.
 */
export function realRegisterPath(registerPath: string): string {
  try {
    return realpathSync.native(registerPath);
  } catch {
    try {
      return join(realpathSync.native(dirname(registerPath)), basename(registerPath));
    } catch {
      return registerPath;
    }
  }
}

/** Where a register's lock lives: beside the real file, `<real path>.lock`. */
export function lockPathOf(registerPath: string): string {
  return `${realRegisterPath(registerPath)}${LOCK_SUFFIX}`;
}

/** The file's `device:inode` and how many names it has (null when it does not exist yet). */
function fileIdentity(path: string): { id: string; links: number } | null {
  try {
    const stat = statSync(path, { bigint: true });
    return { id: `${stat.dev}:${stat.ino}`, links: Number(stat.nlink) };
  } catch {
    return null;
  }
}

/** The holder in a few language-neutral words: `anna@KOKS-PC, 21.11.2026 10:00`. */
export function describeHolder(holder: LockHolder): string {
  return `${holder.user}@${holder.host}, ${formatTimestamp(holder.since)}`;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? '?';
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** Reads a lock file: its content, null when unreadable, 'gone' when it does not exist. */
function readLock(lockPath: string): { content: LockContent | null; mtimeMs: number } | 'gone' {
  let mtimeMs: number;
  let text: string;
  try {
    mtimeMs = statSync(lockPath).mtimeMs;
    text = readFileSync(lockPath, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockContent>;
    if (typeof parsed.pid === 'number' && typeof parsed.token === 'string' && typeof parsed.host === 'string') {
      return {
        mtimeMs,
        content: {
          app: 'ROPA',
          pid: parsed.pid,
          host: parsed.host,
          user: String(parsed.user ?? '?'),
          since: String(parsed.since ?? ''),
          token: parsed.token,
          ...(typeof parsed.file === 'string' ? { file: parsed.file } : {}),
        },
      };
    }
  } catch {
    // fall through: unreadable
  }
  return { content: null, mtimeMs };
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

const held = new Map<string, { token: string; timer: NodeJS.Timeout }>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [lockPath, { token }] of held) {
      try {
        const found = readLock(lockPath);
        if (found !== 'gone' && found.content?.token === token) removeIfPresent(lockPath);
      } catch {
        // exiting anyway
      }
    }
  });
}

function isStale(found: { content: LockContent | null; mtimeMs: number }, staleAfterMs: number): boolean {
  const age = Date.now() - found.mtimeMs;
  if (!found.content) return age > UNREADABLE_STALE_MS;
  if (age > staleAfterMs) return true;
  const { host, pid, token } = found.content;
  if (host !== hostname()) return false;
  if (pid === process.pid) return ![...held.values()].some((entry) => entry.token === token);
  return !processRuns(pid);
}

/**
 * Takes a stale lock away without racing another taker: the file is moved
 * aside under a unique name and removed only if it is the one judged stale;
 * if another process had meanwhile replaced it with a fresh lock, that one
 * is put back.
 */
function removeStale(lockPath: string, staleToken: string | null): void {
  const aside = `${lockPath}.${randomUUID()}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = readLock(aside);
  const movedToken = moved === 'gone' ? null : (moved.content?.token ?? null);
  if (movedToken !== staleToken) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // someone holds a newer lock already; theirs stands
    }
  }
  rmSync(aside, { force: true });
}

/** Deletes a file that may already be gone. */
function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function writeNew(lockPath: string, content: LockContent): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  // Not synced to the disk: other processes read it from the same cache, and
  // after a power loss its holder is gone anyway (an empty or missing lock
  // then is what a dead holder's lock is: stale, taken over; see isStale).
  try {
    writeSync(fd, `${JSON.stringify(content, null, 2)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the lock of `registerPath` for writing, or says who holds it. Throws
 * the file system's error when the folder cannot be written (a read-only
 * medium): the caller then opens the register read-only.
 */
export function acquireLock(registerPath: string, options: { staleAfterMs?: number } = {}): LockOutcome {
  const lockPath = lockPathOf(registerPath);
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS;
  const identity = fileIdentity(lockPath.slice(0, -LOCK_SUFFIX.length));
  const content: LockContent = {
    app: 'ROPA',
    pid: process.pid,
    host: hostname(),
    user: currentUser(),
    since: new Date().toISOString(),
    token: randomUUID(),
    ...(identity ? { file: identity.id } : {}),
  };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (writeNew(lockPath, content)) {
      // Checked after taking ours, so that two openers through two names cannot both pass.
      const other = identity && identity.links > 1 ? heldThroughAnotherName(lockPath, identity.id, staleAfterMs) : null;
      if (!other) return { lock: holdLock(lockPath, content) };
      removeIfPresent(lockPath);
      return { heldBy: other };
    }
    const found = readLock(lockPath);
    if (found === 'gone') continue;
    if (isStale(found, staleAfterMs)) {
      removeStale(lockPath, found.content?.token ?? null);
      continue;
    }
    return { heldBy: found.content ?? { pid: 0, host: '?', user: '?', since: new Date(found.mtimeMs).toISOString() } };
  }
  const last = readLock(lockPath);
  if (last !== 'gone' && last.content) return { heldBy: last.content };
  throw new AppError('LOCKED', { file: basename(registerPath), holder: '?' });
}

/**
 * A live lock of the same file under another of its names (a hard link in
 * the same folder). Hard links in other folders are not seen: each folder
 * would have to be searched.
 */
function heldThroughAnotherName(lockPath: string, fileId: string, staleAfterMs: number): LockHolder | null {
  const folder = dirname(lockPath);
  for (const name of readdirSync(folder)) {
    const other = join(folder, name);
    if (!name.endsWith(LOCK_SUFFIX) || other === lockPath) continue;
    const found = readLock(other);
    if (found === 'gone' || found.content?.file !== fileId || isStale(found, staleAfterMs)) continue;
    const { token: _token, app: _app, file: _file, ...holder } = found.content;
    return holder;
  }
  return null;
}

function holdLock(lockPath: string, content: LockContent): RegisterLock {
  installExitHook();
  const timer = setInterval(() => {
    const found = readLock(lockPath);
    if (found !== 'gone' && found.content?.token === content.token) {
      const now = new Date();
      utimesSync(lockPath, now, now);
    }
  }, HEARTBEAT_MS);
  timer.unref();
  held.set(lockPath, { token: content.token, timer });
  const { token: _token, app: _app, file: _file, ...holder } = content;
  const currentHolder = (): LockHolder | null => {
    const found = readLock(lockPath);
    if (found === 'gone' || !found.content) return null;
    const { token: _t, app: _a, file: _f, ...who } = found.content;
    return who;
  };
  return {
    lockPath,
    holder,
    currentHolder,
    isHeld() {
      const found = readLock(lockPath);
      return found !== 'gone' && found.content?.token === content.token;
    },
    release() {
      const entry = held.get(lockPath);
      if (entry?.token !== content.token) return;
      clearInterval(entry.timer);
      held.delete(lockPath);
      const found = readLock(lockPath);
      if (found !== 'gone' && found.content?.token === content.token) removeIfPresent(lockPath);
    },
  };
}

/**
 * Removes the lock of `registerPath` when it names this very process on this
 * computer: after the register engine's worker thread died holding it
 * (main/engine/engine-client.ts), so that the register reopens writable
 * rather than "locked by you". Only for that case: a live session of this
 * process on the same register would lose its lock. Answers whether a lock
 * was removed.
 */
export function releaseLockOfThisProcess(registerPath: string): boolean {
  const lockPath = lockPathOf(registerPath);
  const found = readLock(lockPath);
  if (found === 'gone' || !found.content || found.content.pid !== process.pid || found.content.host !== hostname()) return false;
  removeStale(lockPath, found.content.token);
  return true;
}
