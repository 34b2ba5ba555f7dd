/**
 * The registers this app last closed cleanly, kept in the settings folder
 * beside the recent files (issue 19's cold start): opening such a register
 * again, unchanged since, skips the open's probe (open-probe.ts: a child
 * process that checks the file's integrity and foreign keys and reads it
 * whole, about 1.4 s of CPU at 10,000 activities) and the open's own
 * integrity and foreign key checks. The app checked that file when it opened
 * it and has written it since; nobody else has.
 *
 * "Unchanged" is the file's close stamp: device, inode, size, modification
 * and change times in nanoseconds of the file and of its write-ahead log
 * (file-stamp.ts), and a SHA-256 of its first and last 64 KiB (SQLite's
 * header, the schema's root page, the last pages written). A file changed
 * outside the app fails it: a write changes the size or the times, a copy
 * or a replacement the inode, a `touch -d` that sets the modification time
 * back still moves the change time (which nobody can set back short of the
 * system clock), and on a file system whose times are coarse the hash of
 * the pages a write touches first still differs. Such a file is probed as
 * any file from elsewhere.
 *
 * Why the settings folder and not beside the register: whoever can write
 * the register's folder could write a stamp there to match a file they
 * made; the settings folder is the user's own (whoever can write it can
 * change the app's settings anyway).
 *
 * A stamp is taken only after a clean close of a register this app had open
 * for writing (a read-only session's file may be another instance's, being
 * written). It is dropped when the register is opened again, so a crash
 * while it is open leaves nothing to trust. A stamp that cannot be read or
 * written (a full disk, a damaged settings file) means the register is
 * probed: the safe way to fail.
 *
 * Limit: a program other than ROPA writing into the file while the app has
 * it open (SQLite's locks do not stop it; the register's lock only keeps
 * other ROPA instances out) is not seen at close; the next open still runs
 * the exact-schema check (db/schema-check.ts), as every open does.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { fileStamp } from './file-stamp.ts';

/** How many registers are remembered (the recent files keep 10). */
const MAX_REMEMBERED = 20;
/** The bytes hashed at each end of the file. */
const HASHED_END = 64 * 1024;

const Stored = z.array(z.object({ path: z.string(), stamp: z.string() }));

export interface CleanCloses {
  /** Takes the stamp of `path`, just closed cleanly by this app. */
  remember(path: string): void;
  /** True when `path` is, to the byte of its stamp, the file this app last closed cleanly. */
  isUnchanged(path: string): boolean;
  /** Drops the stamp of `path` (opened for writing: from now on it is not as it was closed). */
  forget(path: string): void;
}

/** The close stamp of a register file: its file stamp and the hash of its ends; null when it cannot be read. */
export function closeStamp(path: string): string | null {
  const stat = fileStamp(path);
  if (stat === null) return null;
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const hash = createHash('sha256');
    // A small file whole; a larger one by its first and last HASHED_END bytes.
    const ends = size > 2 * HASHED_END ? [0, size - HASHED_END] : [0];
    const buffer = Buffer.alloc(size > 2 * HASHED_END ? HASHED_END : size);
    for (const at of ends) hash.update(buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, at)));
    return `${stat}|${hash.digest('hex')}`;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The clean closes kept in `file` (null: none kept, every open is probed). A missing or unreadable file is none. */
export function cleanClosesAt(file: string | null): CleanCloses {
  const load = (): Array<{ path: string; stamp: string }> => {
    if (!file || !existsSync(file)) return [];
    try {
      return Stored.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      return [];
    }
  };
  // Read each time: another window or instance of the app may have closed a register since.
  const save = (entries: Array<{ path: string; stamp: string }>) => {
    if (!file) return;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(entries, null, 2));
      renameSync(`${file}.${process.pid}.tmp`, file);
    } catch {
      // Not kept: the register is probed at its next open.
    }
  };
  const others = (path: string) => load().filter((entry) => entry.path !== resolve(path));
  return {
    remember(path) {
      if (!file) return;
      const stamp = closeStamp(path);
      if (stamp !== null) save([{ path: resolve(path), stamp }, ...others(path)].slice(0, MAX_REMEMBERED));
    },
    isUnchanged(path) {
      if (!file) return false;
      const kept = load().find((entry) => entry.path === resolve(path));
      return kept !== undefined && closeStamp(path) === kept.stamp;
    },
    forget(path) {
      if (!file) return;
      const entries = load();
      if (entries.some((entry) => entry.path === resolve(path))) save(others(path));
    },
  };
}
