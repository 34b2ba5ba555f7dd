/** Temporary folders, a fixed clock and file fingerprints for tests. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh folder, removed after the test. */
export function tempDir(prefix = 'ropa-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** 21.11.2026 10:00 on the machine's wall clock: the same calendar day in every time zone the tests run in. */
export const TEST_START = new Date(2026, 10, 21, 10, 0, 0);

/** A clock that starts at `start` and moves one second per call (history needs ordered times). */
export function steppingClock(start: string | Date = TEST_START): () => Date {
  let time = new Date(start).getTime();
  return () => {
    const now = new Date(time);
    time += 1000;
    return now;
  };
}

/** sha256 of a file's bytes: "left byte-for-byte untouched" is this not changing. */
export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
