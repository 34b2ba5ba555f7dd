// `node scripts/bench/checks-phases.ts [--sizes 1000,10000] [--dpo] [--runs 3]`
//
// Where the first checks after opening a register spend their time, and how
// each part grows with the register (issue 17's last point, issue 19's
// "checks linear in the register"). For each size, a register is generated
// (the benchmark's own generator; with --dpo, a breach per ten activities and
// a request per activity, issue 17's mix) and imported, then a fresh Node
// process opens it and times:
//
// - `checks:run` through the handlers, the first call of the process (what
//   the overview pays when the app has just started) and, after closing and
//   opening the register again, the next calls (the app already warm);
// - the same work in its parts, on the warm process: reading the register
//   document the checks read (readChecksDocument: only what the checks
//   look at, main/services/checks-document.ts), the rules (runChecks),
//   writing the messages (translateFindings) and the figures (each
//   activity's completeness and the summary).
//
// Wall time and CPU time (user + system) are both printed: on the shared
// machine wall time moves with the other engineers' load, CPU time much
// less. The last column divides each figure by the smallest size's, over the
// ratio of the sizes: 1.0 is linear growth. Short by design (a couple of
// minutes at 10,000); not part of `npm run bench`. Add `--cpu-prof` to the
// node command of the child (see `measureChild`) for a profile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRegisterFile } from '../../main/db/connection.ts';
import { dispatch } from '../../main/handlers/index.ts';
import { AppContext } from '../../main/services/app-context.ts';
import { exportRegister, importRegisterDocument, parseRegisterDocument, serialiseRegister } from '../../main/services/json-exchange.ts';
import { readChecksDocument } from '../../main/services/checks-document.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { translateFindings } from '../../shared/rules/messages.ts';
import { activityCompleteness, summarise } from '../../shared/rules/summary.ts';
import { generateDpoRecords } from './dpo-records-generator.ts';
import { generateRegister } from './register-generator.ts';

const NOW = new Date('2026-11-21T12:00:00.000Z');
const TODAY = '2026-11-21';
const now = () => NOW;
const PHASES = ['first checks:run', 'checks:run', 'read the document', 'rules', 'messages', 'figures'] as const;
type Phase = (typeof PHASES)[number];
type Figures = Record<Phase, { wall: number; cpu: number }>;

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; wall: number; cpu: number }> {
  const wall = performance.now();
  const cpu = cpuMs();
  const value = await work();
  return { value, wall: performance.now() - wall, cpu: cpuMs() - cpu };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** In the child: open the register, time the first checks:run, then the warm runs and their parts. */
async function measure(path: string, runs: number): Promise<Figures> {
  const app = new AppContext(
    { transport: 'web', version: 'bench', dialogs: { chooseFileToOpen: async () => null, chooseFileToSave: async () => null }, recentFiles: recentFilesAt(null), now },
    'lv',
  );
  const samples = Object.fromEntries(PHASES.map((phase) => [phase, { wall: [] as number[], cpu: [] as number[] }])) as Record<Phase, { wall: number[]; cpu: number[] }>;
  const note = (phase: Phase, sample: { wall: number; cpu: number }) => {
    samples[phase].wall.push(sample.wall);
    samples[phase].cpu.push(sample.cpu);
  };
  for (let run = 0; run <= runs; run += 1) {
    // A fresh open each time: the register document is read again, as after opening.
    app.session = await openRegister(path, { now, readOnly: true });
    const call = await timed(() => dispatch(app, 'checks:run', {}));
    if (!call.value.ok) throw new Error(call.value.error.message);
    note(run === 0 ? 'first checks:run' : 'checks:run', call);
    if (run > 0) {
      const read = await timed(() => readChecksDocument(app.requireSession().db));
      note('read the document', read);
      const rules = await timed(() => runChecks(read.value, TODAY, NOW.toISOString()));
      note('rules', rules);
      note('messages', await timed(() => translateFindings(rules.value, 'lv')));
      note('figures', await timed(() => [activityCompleteness(read.value, rules.value), summarise(read.value, rules.value, TODAY)]));
    }
    await app.session.close();
  }
  return Object.fromEntries(PHASES.map((phase) => [phase, { wall: median(samples[phase].wall), cpu: median(samples[phase].cpu) }])) as Figures;
}

function measureChild(path: string, runs: number): Figures {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', path, '--runs', String(runs)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Figures;
}

async function generate(path: string, size: number, dpo: boolean): Promise<void> {
  const connection = await createRegisterFile(path, {
    now,
    initialise: async (trx) => {
      const register = generateRegister(await exportRegister(trx), size);
      const records = dpo ? generateDpoRecords(register, Math.ceil(size / 10), size) : {};
      await importRegisterDocument(trx, parseRegisterDocument(serialiseRegister({ ...register, ...records })), { now });
    },
  });
  await connection.close();
}

const { values } = parseArgs({ options: { sizes: { type: 'string' }, dpo: { type: 'boolean' }, runs: { type: 'string' }, child: { type: 'string' } } });
const runs = Number(values.runs ?? 3);
if (values.child) {
  process.stdout.write(JSON.stringify(await measure(values.child, runs)));
} else {
  const sizes = (values.sizes ?? '1000,10000').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'ropa-bench-checks-'));
  const figures: Array<[number, Figures]> = [];
  try {
    for (const size of sizes) {
      const path = join(dir, `register-${size}.ropa`);
      await generate(path, size, values.dpo ?? false);
      figures.push([size, measureChild(path, runs)]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);
  console.log(`first checks after opening: ${values.dpo ? 'with a breach per 10 activities and a request per activity' : 'activities only'}; median of ${runs} warm runs`);
  console.log(`${'size'.padEnd(7)}${'part'.padEnd(20)}${'wall'.padStart(8)}${'cpu'.padStart(8)}   growth (cpu ÷ size ratio)`);
  const [smallest, base] = figures[0] as [number, Figures];
  for (const [size, measured] of figures) {
    for (const phase of PHASES) {
      const growth = size === smallest ? '' : `${(measured[phase].cpu / base[phase].cpu / (size / smallest)).toFixed(2)}`;
      console.log(`${String(size).padEnd(7)}${phase.padEnd(20)}${ms(measured[phase].wall)}${ms(measured[phase].cpu)}   ${growth}`);
    }
  }
}
