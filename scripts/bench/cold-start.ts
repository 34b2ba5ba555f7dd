/**
 * Process launch to the first list row, for `npm run bench:browser`: the
 * clock starts when browser mode's process is spawned as `npm run web`
 * starts it (dist/web/launch.mjs: Node starting, the bundle loaded, the
 * open's probe in its child, the register opened and checked) and stops when
 * the first row of the activities list is in the page Chromium shows. The
 * browser is already running, as a user's is.
 *
 * Cold: the first start after a build (an empty Node compile cache, so V8
 * compiles the bundle) on a fresh copy of the register, opened for the first
 * time today (the daily backup follows the first list). Warm: started again
 * on the same copy with the same cache (code cached, the file in the
 * system's cache, the day's backup taken). Each launch's server is stopped
 * before the next, so the register's lock is free.
 *
 * Beside the wall time, the CPU time of browser mode's process and its
 * children (the probe) up to the first row, read from /proc: on a shared
 * machine the wall time is mostly other people's work; the CPU time is not.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A row of the activities list. */
export const ROWS = '[data-testid="activities-table"] tbody tr.data-row';

/** Browser mode as `npm run web` starts it: the bundle scripts/build.js --web makes. */
const LAUNCH = join(ROOT, 'dist/web/launch.mjs');
/** Browser mode from its TypeScript sources, as it started before issue 19 (`--from-sources`: for comparison). */
const SOURCES = join(ROOT, 'main/web/serve.ts');

export interface ServeOptions {
  /** The folder of Node's compile cache. */
  compileCache?: string;
  fromSources?: boolean;
}

/** Starts browser mode on the register file itself; resolves to its address once it prints it. */
export async function serveFile(copy: string, workspace: string, options: ServeOptions = {}): Promise<{ url: string; server: ChildProcess }> {
  const entry = options.fromSources ? SOURCES : LAUNCH;
  if (!existsSync(entry)) throw new Error('dist/web is missing: run `npm run bench:browser` (it builds it)');
  const env = options.compileCache ? { ...process.env, NODE_COMPILE_CACHE: options.compileCache } : process.env;
  const server = spawn(process.execPath, [entry, '--db', copy, '--workspace', workspace], { stdio: ['ignore', 'pipe', 'inherit'], env });
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
  /** CPU milliseconds of browser mode's process and its children up to the first row (empty where /proc is missing). */
  coldCpu: number[];
  warmCpu: number[];
}

/** Clock ticks per second of /proc's times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds used so far by `pid` and its living descendants; null without /proc. */
function treeCpuMs(pid: number): number | null {
  if (!existsSync(`/proc/${pid}/stat`)) return null;
  let ticks = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const next = pending.pop() as number;
    try {
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${next}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      for (const task of readdirSync(`/proc/${next}/task`)) {
        const children = readFileSync(`/proc/${next}/task/${task}/children`, 'utf8').trim();
        if (children) pending.push(...children.split(' ').map(Number));
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function stopped(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  await exited;
}

/** Milliseconds from spawning browser mode on `file` to its first list row in `page`, and the CPU it used until then. */
async function launch(page: Page, file: string, workspace: string, options: ServeOptions): Promise<{ ms: number; cpuMs: number | null }> {
  await page.goto('about:blank');
  const started = performance.now();
  const { url, server } = await serveFile(file, workspace, options);
  try {
    await page.goto(`${url}#/activities`);
    await page.waitForSelector(ROWS, { timeout: 120_000 });
    const ms = performance.now() - started;
    return { ms, cpuMs: server.pid === undefined ? null : treeCpuMs(server.pid) };
  } finally {
    await stopped(server);
  }
}

/**
 * `runs` cold launches (each on a fresh copy of `register`, with an empty
 * compile cache) and as many warm ones (on the last copy, with its cache).
 */
export async function coldStart(register: string, runs: number, chromiumArgs: readonly string[], fromSources = false): Promise<ColdStart> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...chromiumArgs] });
  const workspaces: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const result: ColdStart = { cold: [], warm: [], coldCpu: [], warmCpu: [] };
    const record = (kind: 'cold' | 'warm', measured: { ms: number; cpuMs: number | null }) => {
      result[kind].push(measured.ms);
      if (measured.cpuMs !== null) result[kind === 'cold' ? 'coldCpu' : 'warmCpu'].push(measured.cpuMs);
    };
    let file = '';
    let cache = '';
    for (let i = 0; i < runs; i += 1) {
      const workspace = mkdtempSync(join(tmpdir(), 'ropa-bench-launch-'));
      workspaces.push(workspace);
      file = join(workspace, 'bench.ropa');
      cache = join(workspace, 'compile-cache');
      spawnSync('cp', [register, file]);
      record('cold', await launch(page, file, workspace, { compileCache: cache, fromSources }));
    }
    const last = workspaces.at(-1) as string;
    for (let i = 0; i < runs; i += 1) record('warm', await launch(page, file, last, { compileCache: cache, fromSources }));
    return result;
  } finally {
    await browser.close();
    for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
  }
}

const figures = (values: readonly number[]) => (values.length ? `${median(values).toFixed(0)} ms | ${values.map((ms) => ms.toFixed(0)).join(', ')}` : 'n/a | ');

/** The launch rows of a results table: wall time and CPU time, cold and warm. */
export function coldStartRows(launched: ColdStart): string[] {
  return [
    `| process launch → first row, cold (first start after the build; first open today) | ${figures(launched.cold)} | 1000 ms |`,
    `| process launch → first row, warm (started again) | ${figures(launched.warm)} | 1000 ms |`,
    `| CPU of browser mode and its probe until the first row, cold | ${figures(launched.coldCpu)} | — |`,
    `| CPU of browser mode and its probe until the first row, warm | ${figures(launched.warmCpu)} | — |`,
  ];
}

/** The launch figures alone (`--cold-start-only`). */
export function printColdStart(size: number, launched: ColdStart): void {
  console.log(`ROPA launch to first row — ${size} activities; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| measure | median | runs | target |');
  console.log('|---|---:|---|---:|');
  for (const row of coldStartRows(launched)) console.log(row);
}
