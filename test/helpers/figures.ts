/**
 * The safety figures of docs/safety.md (kills survived, fuzz cases run, backups restored),
 * counted by the tests that earn them. Each test file adds its counts to
 * test-output/figures/<name>.json; `npm test` prints the totals at the end
 * (vitest.config.ts, globalSetup).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIGURES_DIR = fileURLToPath(new URL('../../test-output/figures', import.meta.url));

/** Adds `count` to the figure `name` (kept per process, so parallel test files never write the same file). */
export function recordFigure(name: string, count: number): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const file = join(FIGURES_DIR, `${name}.${process.pid}.json`);
  let total: number;
  try {
    total = (JSON.parse(readFileSync(file, 'utf8')) as { count: number }).count;
  } catch {
    total = 0;
  }
  writeFileSync(file, JSON.stringify({ name, count: total + count }));
}
