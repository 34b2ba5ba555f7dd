/**
 * What a register file is at a moment, cheaply: device, inode, size and the
 * modification and change times (in nanoseconds) of the file and of its
 * write-ahead log. Two equal stamps mean nobody wrote, replaced or touched
 * the file in between (a write changes the size or the times; `ctime` cannot
 * be set back by anyone).
 *
 * Used by the open (app-context.ts): the probe's child checks the file's
 * integrity and foreign keys (open-probe.ts), and when the file's stamp is
 * the same after the probe as before it, the open does not run those two
 * checks again (at 10,000 activities about 0.45 s of CPU before the first
 * row, issue 19). A changed file is checked in full.
 */
import { statSync } from 'node:fs';

function part(file: string): string {
  try {
    const stat = statSync(file, { bigint: true });
    return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '-';
    throw error;
  }
}

/** The file's and its write-ahead log's stamp; null when it cannot be read (the open then says why). */
export function fileStamp(path: string): string | null {
  try {
    return `${part(path)}|${part(`${path}-wal`)}`;
  } catch {
    return null;
  }
}
