// `node scripts/bench/dpo-records.ts [--activities 10000] [--breaches 1000] [--requests 10000] [--file register.ropa]`
//
// With --file, an existing register is opened instead of a generated one (to
// compare two versions of the code on the same file).
//
// Issue 17's figures: a register of 10,000 activities (the benchmark's own
// generator) with 1,000 breaches and 10,000 data subject requests beside it,
// imported through the exchange path. Prints, for each operation, the first
// call and the median of the next runs: the breach and request lists, the
// overview's figures, and all checks (the rules over activities, breaches and
// requests) with the activity list's completeness column (checks:activities),
// beside activities:list for comparison. The targets are the
// activity list's: the first list in under 300 ms, all checks in under 1 s.
// The first call's CPU time is printed beside its wall time (the machine is
// shared). Short by design (a couple of minutes at most): not part of `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRegisterFile } from '../../main/db/connection.ts';
import { dispatch } from '../../main/handlers/index.ts';
import { AppContext } from '../../main/services/app-context.ts';
import { exportRegister, importRegisterDocument, parseRegisterDocument, serialiseRegister } from '../../main/services/json-exchange.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { generateDpoRecords } from './dpo-records-generator.ts';
import { generateRegister } from './register-generator.ts';

const { values } = parseArgs({
  options: { activities: { type: 'string' }, breaches: { type: 'string' }, requests: { type: 'string' }, runs: { type: 'string' }, file: { type: 'string' } },
});
const sizes = { activities: Number(values.activities ?? 10_000), breaches: Number(values.breaches ?? 1000), requests: Number(values.requests ?? 10_000) };
const RUNS = Number(values.runs ?? 5);
const NOW = new Date('2026-11-21T12:00:00.000Z');
const now = () => NOW;

const dir = mkdtempSync(join(tmpdir(), 'ropa-bench-dpo-'));
const path = values.file ?? join(dir, 'register.ropa');
let started = performance.now();
if (!values.file) {
  const connection = await createRegisterFile(path, {
    now,
    initialise: async (trx) => {
      const base = await exportRegister(trx);
      const register = generateRegister(base, sizes.activities);
      const document = parseRegisterDocument(serialiseRegister({ ...register, ...generateDpoRecords(register, sizes.breaches, sizes.requests) }));
      await importRegisterDocument(trx, document, { now });
    },
  });
  await connection.close();
}
const generated = performance.now() - started;

const app = new AppContext(
  { transport: 'web', version: 'bench', dialogs: { chooseFileToOpen: async () => null, chooseFileToSave: async () => null }, recentFiles: recentFilesAt(null), now },
  'lv',
);
started = performance.now();
app.session = await openRegister(path, { now, readOnly: true });
const opened = performance.now() - started;

async function measure(channel: string, input: unknown = {}): Promise<{ first: number; firstCpu: number; median: number; detail: string }> {
  const times: number[] = [];
  let firstCpu = 0;
  let detail = '';
  for (let run = 0; run <= RUNS; run += 1) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = await dispatch(app, channel, input);
    times.push(performance.now() - start);
    if (run === 0) {
      const used = process.cpuUsage(cpu);
      firstCpu = (used.user + used.system) / 1000;
    }
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    const value = result.value as unknown;
    detail = Array.isArray(value) ? `${value.length} rows` : channel === 'checks:run' ? `${(value as { findings: unknown[] }).findings.length} findings` : '';
  }
  const [first, ...rest] = times as [number, ...number[]];
  rest.sort((a, b) => a - b);
  return { first, firstCpu, median: rest[Math.floor(rest.length / 2)] ?? first, detail };
}

const rows: Array<[string, Awaited<ReturnType<typeof measure>>]> = [];
for (const channel of ['activities:list', 'breaches:list', 'requests:list', 'dpoRecords:overview', 'checks:run', 'checks:activities']) rows.push([channel, await measure(channel)]);
// Once the checks have run (the overview runs them first), the lists answer from the register document they keep.
for (const channel of ['breaches:list', 'requests:list', 'dpoRecords:overview']) rows.push([`${channel} (after)`, await measure(channel)]);
await app.session.close();
rmSync(dir, { recursive: true, force: true });

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(11);
const made = values.file ? `the register ${values.file}` : `${sizes.activities} activities, ${sizes.breaches} breaches, ${sizes.requests} requests (generated and imported in ${(generated / 1000).toFixed(1)} s)`;
console.log(`${made}; opened in ${opened.toFixed(0)} ms`);
// CPU time (user + system) of the first call beside its wall time: on the shared machine the wall time moves with the others' load.
console.log(`${'operation'.padEnd(30)}${'first call'.padStart(11)}${'its cpu'.padStart(11)}${`median of ${RUNS}`.padStart(14)}  result`);
for (const [channel, m] of rows) console.log(`${channel.padEnd(30)}${ms(m.first)}${ms(m.firstCpu)}${ms(m.median).padStart(14)}  ${m.detail}`);
