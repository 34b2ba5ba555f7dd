// `npm run bench [-- --sizes 100,1000,10000] [--only list,save,...] [--json FILE]`
// `npm run bench -- --backend postgres [--sizes 1000,10000] [--writers 1,4,16] [--seconds 5]`: a team register (postgres.ts)
//
// Generates registers of 100, 1,000 and 10,000 activities with realistic
// links and history (scripts/bench/register-generator.ts; cached in the
// temp folder), then prints one table: for each size and operation, the
// median time of several runs, CPU time and peak memory, beside the floor
// measured in the same run, and the ratio.
//
// Every operation and every floor runs in a fresh Node process: "peak" is
// that process's own maximum resident set size (getrusage maxRSS), modules
// included, and one measurement cannot warm the next.
//
// Warm-up: a process first runs its operation untimed by the median, for up
// to WARM_UP_MS (at least once, at most WARM_UP_RUNS times), then the timed
// runs; the floor's process warms up exactly as many runs as its
// operation's did. The very first run is timed apart and shown as "first
// run": what the first call after starting the app costs, mostly V8
// compiling the code it goes through. A millisecond-long operation's first
// run is several times its later ones, and beside a floor that is nearly
// all SQLite's compiled C, ratios of cold runs measured the compiler, not
// the work. The app calls these operations again and again; the median is
// what it pays each time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { OPS, type OpContext } from './ops.ts';

const SCRIPT = fileURLToPath(import.meta.url);
/** Warm-up before the timed runs: for up to this long, and no more runs than WARM_UP_RUNS. */
const WARM_UP_MS = 1000;
const WARM_UP_RUNS = 500;
/**
 * Timed runs: at least the operation's own count, and for at least this long
 * (no more than MAX_TIMED_RUNS): the median of a tenth-of-a-millisecond
 * operation's 9 runs is at the mercy of one busy moment of the machine; of
 * its thousands of runs over half a second, it is not.
 */
const MIN_TIMED_MS = 500;
const MAX_TIMED_RUNS = 2000;
/** Bump when the generator changes, so cached registers are made again. */
const GENERATOR_VERSION = 4;

interface Measure {
  medianMs: number;
  /** The first run, before any warm-up. */
  firstMs: number;
  /** Untimed runs before the timed ones, the first included. */
  warmUps: number;
  cpuMs: number;
  peakMb: number;
  runs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** In a child process: set up, warm up, time the runs; print the measure as JSON. */
async function child(name: string, mode: 'op' | 'floor', register: string, size: number, runs: number, warmUpRuns: number | null): Promise<void> {
  const op = OPS.find((o) => o.name === name);
  if (!op) throw new Error(`no operation ${name}`);
  const scratch = mkdtempSync(join(tmpdir(), `ropa-bench-${name}-`));
  const ctx: OpContext = { register, size, scratch };
  try {
    const state = await op.setup(ctx, mode === 'floor');
    const work = () => (mode === 'floor' ? op.floor(state, ctx) : op.run(state, ctx));
    await op.before?.(state, ctx, mode === 'floor');
    const firstStarted = performance.now();
    await work();
    const firstMs = performance.now() - firstStarted;
    // The operation decides how many warm-up runs (time-bounded); its floor repeats that count.
    let warmUps = 1;
    while (warmUpRuns === null ? warmUps < WARM_UP_RUNS && performance.now() - firstStarted < WARM_UP_MS : warmUps < warmUpRuns) {
      await op.before?.(state, ctx, mode === 'floor');
      await work();
      warmUps += 1;
    }
    const times: number[] = [];
    const cpu: number[] = [];
    const timedFrom = performance.now();
    while (times.length < runs || (times.length < MAX_TIMED_RUNS && performance.now() - timedFrom < MIN_TIMED_MS)) {
      await op.before?.(state, ctx, mode === 'floor');
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
    }
    const measure: Measure = { medianMs: median(times), firstMs, warmUps, cpuMs: median(cpu), peakMb: Math.round(process.resourceUsage().maxRSS / 1024), runs: times.length };
    console.log(JSON.stringify(measure));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function measure(name: string, mode: 'op' | 'floor', register: string, size: number, runs: number, warmUps: number | null): Measure {
  const result = spawnSync(process.execPath, ['--max-old-space-size=8192', SCRIPT, '--child', name, mode, register, String(size), String(runs), String(warmUps ?? 'auto')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${name} (${mode}) at ${size} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Measure;
}

/** register-size.ts's line for the file at `path`. */
function registerSizeOf(path: string): string {
  const result = spawnSync(process.execPath, [fileURLToPath(new URL('./register-size.ts', import.meta.url)), '--line', path], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`measuring ${path} failed:\n${result.stderr}`);
  return result.stdout.trim();
}

/** The generated register of `size` activities, made once and kept in the temp folder. */
async function register(size: number): Promise<string> {
  const folder = join(tmpdir(), 'ropa-bench');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `bench-${size}-v${GENERATOR_VERSION}.ropa`);
  if (!existsSync(path)) {
    process.stderr.write(`generating a register of ${size} activities…\n`);
    // In a child process: Linux carries a process's peak memory across fork and exec, so
    // generating here would inflate every later measurement's "peak".
    const result = spawnSync(process.execPath, [SCRIPT, '--generate', String(size), path], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) throw new Error(`generating ${size} failed`);
  }
  return path;
}

async function generate(size: number, path: string): Promise<void> {
  const { writeGeneratedRegister } = await import('./register-generator.ts');
  const made = await writeGeneratedRegister(mkdtempSync(join(tmpdir(), 'ropa-bench-gen-')), size, { edits: 0.2 });
  renameSync(made, path);
}

const format = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 1 ? 2 : ms < 10 ? 1 : 0)} ms`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, only: { type: 'string' }, json: { type: 'string' }, backend: { type: 'string' }, writers: { type: 'string' }, seconds: { type: 'string' } },
    strict: true,
  });
  if (values.backend === 'postgres') {
    // The team register's figures (scripts/bench/postgres.ts, docs/team-register.md).
    const list = (text: string) => text.split(',').map(Number).filter((n) => n > 0);
    const { benchPostgres } = await import('./postgres.ts');
    await benchPostgres({ sizes: list(values.sizes ?? '1000,10000'), writers: list(values.writers ?? '1,4,16'), seconds: Number(values.seconds ?? 5) });
    return;
  }
  const sizes = (values.sizes ?? '100,1000,10000').split(',').map(Number).filter((n) => n > 0);
  const only = values.only ? new Set(values.only.split(',')) : null;
  const ops = OPS.filter((op) => !only || only.has(op.name));
  console.log(`ROPA benchmark — ${new Date().toISOString()}, Node ${process.versions.node}, ${cpus().length} cores (${cpus()[0]?.model ?? ''}), load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`median of N runs (at least ${MIN_TIMED_MS} ms of them), each in a fresh process after warming up (up to ${WARM_UP_MS} ms and ${WARM_UP_RUNS} runs; a floor as many runs as its operation); first run = the first call, before any warm-up; peak = that process's max RSS (modules included)\n`);
  // The CPU ratio beside the wall-time one: on a shared machine, other people's work stretches wall times, not CPU times.
  const header = ['size', 'operation', 'time', 'first run', 'cpu', 'peak MB', 'floor', 'floor time', 'ratio', 'floor cpu', 'cpu ratio', 'runs', 'warm-up'];
  const rows: string[][] = [];
  const results: Array<Record<string, unknown>> = [];
  const sizeLines: string[] = [];
  for (const size of sizes) {
    // The history's operations make their own register (history-ops.ts); 10,000 activities take minutes to generate.
    const path = ops.some((op) => op.usesRegister !== false && (op.maxSize === undefined || size <= op.maxSize)) ? await register(size) : '';
    // The file against its own JSON export (issue 19, register-size.ts), in a child process like every measurement.
    if (path) sizeLines.push(`${size}: ${registerSizeOf(path)}`);
    for (const op of ops) {
      if (op.maxSize !== undefined && size > op.maxSize) continue;
      const runs = op.runs(size);
      const own = measure(op.name, 'op', path, size, runs, null);
      const floor = measure(op.name, 'floor', path, size, runs, own.warmUps);
      const ratio = own.medianMs / Math.max(floor.medianMs, 0.01);
      const cpuRatio = own.cpuMs / Math.max(floor.cpuMs, 0.01);
      rows.push([String(size), op.label, format(own.medianMs), format(own.firstMs), format(own.cpuMs), String(own.peakMb), op.floorLabel, format(floor.medianMs), `${ratio.toFixed(1)}×`, format(floor.cpuMs), `${cpuRatio.toFixed(1)}×`, String(own.runs), String(own.warmUps)]);
      results.push({ size, operation: op.name, ms: own.medianMs, firstMs: own.firstMs, cpuMs: own.cpuMs, peakMb: own.peakMb, floorMs: floor.medianMs, floorCpuMs: floor.cpuMs, floorPeakMb: floor.peakMb, ratio, cpuRatio, runs: own.runs, floorRuns: floor.runs, warmUps: own.warmUps });
      process.stderr.write(`${size} ${op.name}: ${format(own.medianMs)} (floor ${format(floor.medianMs)})\n`);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i >= 2 && i !== 6 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i >= 2 && i !== 6 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const row of rows) console.log(line(row));
  if (sizeLines.length > 0) console.log(`\n${sizeLines.join('\n')}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
}

if (process.argv[2] === '--generate') {
  await generate(Number(process.argv[3]), process.argv[4] as string);
} else if (process.argv[2] === '--child') {
  const [, , , name, mode, path, size, runs, warmUps] = process.argv;
  await child(name as string, mode as 'op' | 'floor', path as string, Number(size), Number(runs), warmUps === 'auto' ? null : Number(warmUps));
} else {
  await main();
}
