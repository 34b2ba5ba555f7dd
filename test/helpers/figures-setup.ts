/**
 * vitest globalSetup: clears the figures at the start of a run and prints
 * their totals at the end (docs/safety.md's "figures": kills survived, fuzz
 * cases run, backups restored), also written to test-output/figures.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURES_DIR } from './figures.ts';

export function setup(): void {
  rmSync(FIGURES_DIR, { recursive: true, force: true });
}

export function teardown(): void {
  if (!existsSync(FIGURES_DIR)) return;
  const totals: Record<string, number> = {};
  for (const name of readdirSync(FIGURES_DIR)) {
    const { name: figure, count } = JSON.parse(readFileSync(join(FIGURES_DIR, name), 'utf8')) as { name: string; count: number };
    totals[figure] = (totals[figure] ?? 0) + count;
  }
  if (Object.keys(totals).length === 0) return;
  mkdirSync(join(FIGURES_DIR, '..'), { recursive: true });
  writeFileSync(join(FIGURES_DIR, '..', 'figures.json'), `${JSON.stringify(totals, null, 2)}\n`);
  console.log(`\nsafety figures: ${Object.entries(totals).map(([name, count]) => `${name} ${count}`).join(', ')}`);
}
