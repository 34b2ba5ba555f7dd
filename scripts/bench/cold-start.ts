/**
 * Process launch to the first list row, for `npm run bench:browser`: the
 * clock starts when browser mode's process is spawned (Node starting, the
 * TypeScript modules loaded, the register opened and checked, the daily
 * backup when it is the first open of the day) and stops when the first
 * row of the activities list is in the page Chromium shows. The browser is
 * already running, as a user's is.
 *
 * Cold: a fresh copy of the register, opened for the first time today, so
 * the daily backup is taken. Warm: the same copy opened again (backup done
 * for today, the file in the system's cache). Each launch's server is
 * stopped before the next, so the register's lock is free.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A row of the activities list. */
export const ROWS = '[data-testid="activities-table"] tbody tr.data-row';

/** Starts browser mode on the register file itself; resolves to its address once it prints it. */
export async function serveFile(copy: string, workspace: string): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, [join(ROOT, 'main/web/serve.ts'), '--db', copy, '--workspace', workspace], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ROPA: (\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
    server.once('exit', (code) => reject(new Error(`browser mode exited (${code})`)));
  });
  return { url, server };
}

export interface ColdStart {
  cold: number[];
  warm: number[];
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function stopped(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  await exited;
}

/** Milliseconds from spawning browser mode on `file` to its first list row in `page`. */
async function launch(page: Page, file: string, workspace: string): Promise<number> {
  await page.goto('about:blank');
  const started = performance.now();
  const { url, server } = await serveFile(file, workspace);
  try {
    await page.goto(`${url}#/activities`);
    await page.waitForSelector(ROWS, { timeout: 120_000 });
    return performance.now() - started;
  } finally {
    await stopped(server);
  }
}

/** `runs` cold launches (each on a fresh copy of `register`) and as many warm ones (on the last copy). */
export async function coldStart(register: string, runs: number, chromiumArgs: readonly string[]): Promise<ColdStart> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...chromiumArgs] });
  const workspaces: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const result: ColdStart = { cold: [], warm: [] };
    let file = '';
    for (let i = 0; i < runs; i += 1) {
      const workspace = mkdtempSync(join(tmpdir(), 'ropa-bench-launch-'));
      workspaces.push(workspace);
      file = join(workspace, 'bench.ropa');
      spawnSync('cp', [register, file]);
      result.cold.push(await launch(page, file, workspace));
    }
    const last = workspaces.at(-1) as string;
    for (let i = 0; i < runs; i += 1) result.warm.push(await launch(page, file, last));
    return result;
  } finally {
    await browser.close();
    for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
  }
}

/** The launch figures alone (`--cold-start-only`). */
export function printColdStart(size: number, launched: ColdStart): void {
  console.log(`ROPA launch to first row — ${size} activities; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| measure | median | runs | target |');
  console.log('|---|---:|---|---:|');
  console.log(`| process launch → first row, cold (first open today: daily backup) | ${median(launched.cold).toFixed(0)} ms | ${launched.cold.map((ms) => ms.toFixed(0)).join(', ')} | 1000 ms |`);
  console.log(`| process launch → first row, warm (opened before today) | ${median(launched.warm).toFixed(0)} ms | ${launched.warm.map((ms) => ms.toFixed(0)).join(', ')} | 1000 ms |`);
}
