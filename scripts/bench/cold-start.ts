/**
 * Process launch to the first list row, for `npm run bench:browser`: the
 * clock starts when browser mode's process is spawned as `npm run web`
 * starts it (dist/web/launch.mjs: Node starting, the bundle loaded, the
 * open's probe in its child, the register opened and checked) and stops when
 * the first row of the activities list is in the page Chromium shows. The
 * browser is already running, as a user's is.
 *
 * Three kinds of launch, each with browser mode's own settings folder (the
 * registers it last closed cleanly, services/clean-close.ts):
 *   - cold, a file from elsewhere: the first start after a build (an empty
 *     Node compile cache, so V8 compiles the bundle) on a fresh copy of the
 *     register, opened for the first time (so probed in its child, and the
 *     daily backup follows the first list);
 *   - cold, the register it closed: the first start after a build again (the
 *     compile cache emptied) on the copy the previous launch closed cleanly,
 *     as a DPO starts the app in the morning on yesterday's register: not
 *     probed, since unchanged;
 *   - warm: started again on the same copy with the same cache (code cached,
 *     the file in the system's cache, the day's backup taken).
 * Each launch's server is stopped (SIGTERM: a clean close) before the next,
 * so the register's lock is free.
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
  // Browser mode's settings in the workspace: the clean closes of this bench's copies only.
  const env = { ...process.env, ROPA_SETTINGS_DIR: join(workspace, 'settings'), ...(options.compileCache ? { NODE_COMPILE_CACHE: options.compileCache } : {}) };
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

/** The kinds of launch (see above). */
export type LaunchKind = 'cold' | 'coldClosed' | 'warm';

/** Per kind, the wall milliseconds to the first row, and the CPU milliseconds of browser mode's process and its children until then (empty where /proc is missing). */
export type ColdStart = Record<LaunchKind, { ms: number[]; cpuMs: number[] }>;

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

export async function stopped(server: ChildProcess): Promise<void> {
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
 * compile cache), each followed by a cold one on the copy it closed (the
 * cache emptied again), and as many warm ones (on the last copy, with its
 * cache).
 */
export async function coldStart(register: string, runs: number, chromiumArgs: readonly string[], fromSources = false): Promise<ColdStart> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...chromiumArgs] });
  const workspaces: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const result: ColdStart = { cold: { ms: [], cpuMs: [] }, coldClosed: { ms: [], cpuMs: [] }, warm: { ms: [], cpuMs: [] } };
    const record = (kind: LaunchKind, measured: { ms: number; cpuMs: number | null }) => {
      result[kind].ms.push(measured.ms);
      if (measured.cpuMs !== null) result[kind].cpuMs.push(measured.cpuMs);
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
      rmSync(cache, { recursive: true, force: true });
      record('coldClosed', await launch(page, file, workspace, { compileCache: cache, fromSources }));
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

const KINDS: Array<[LaunchKind, string]> = [
  ['cold', 'cold, a file from elsewhere (first start after the build; probed)'],
  ['coldClosed', 'cold, the register it closed last (first start after the build; not probed)'],
  ['warm', 'warm (started again)'],
];

/** The launch rows of a results table: wall time and CPU time of each kind of launch. */
export function coldStartRows(launched: ColdStart): string[] {
  return [
    ...KINDS.map(([kind, name]) => `| process launch → first row, ${name} | ${figures(launched[kind].ms)} | 1000 ms |`),
    ...KINDS.map(([kind, name]) => `| CPU of browser mode and its probe until the first row, ${name} | ${figures(launched[kind].cpuMs)} | — |`),
  ];
}

/** The launch figures alone (`--cold-start-only`). */
export function printColdStart(size: number, launched: ColdStart): void {
  console.log(`ROPA launch to first row — ${size} activities; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| measure | median | runs | target |');
  console.log('|---|---:|---|---:|');
  for (const row of coldStartRows(launched)) console.log(row);
}
