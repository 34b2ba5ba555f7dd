// `npm run bench -- --backend postgres [--sizes 1000,10000] [--writers 1,4,16] [--seconds 5]`
//
// The team register's figures (issue 20), on a throwaway PostgreSQL server
// started for the run (test/helpers/postgres.ts's starter: initdb, pg_ctl on
// a free port, fsync off, removed after; install Debian's `postgresql`):
//
// 1. The app's operations at each size on the same register twice: as the
//    generated `.ropa` file (run.ts's cached one) and as a team register
//    copied from it (`ropa copy`: same rows, same history). Each through
//    `dispatch`, as the app calls it; median of the timed runs (at least 3,
//    at least 300 ms), this process's CPU time (the server's own work is in
//    its processes: wall time includes it, client CPU does not), and the
//    ratio team/file. The file column is the comparison; run.ts gives the
//    file's floors. Beside them the PostgreSQL floor of each operation
//    (postgres-floors.ts: the best known way to do the same work on
//    PostgreSQL: one `pg` client, prepared statements, the fewest round
//    trips, the same rows) and the ratio team/floor.
// 2. Several writers: 1, 4 and 16 writer processes, each with its own
//    connection, for `--seconds`, each loading a random activity of a set of
//    20 (so some pick the same one) and saving it with the revision it read.
//    Saves per second (all writers) and the conflict rate: saves refused
//    with CONFLICT because another writer saved that activity between the
//    read and the save. A transaction holds the register's advisory lock for
//    its whole length, so the writers to one register queue.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { RegisterConnection } from '../../main/db/connection.ts';
import { openPostgresRegister, type PostgresRegister, type PostgresTarget } from '../../main/db/postgres/connection.ts';
import type { DB } from '../../main/db/schema.ts';
import { dispatch } from '../../main/handlers/index.ts';
import { AppContext } from '../../main/services/app-context.ts';
import { copyRegister } from '../../main/services/copy-register.ts';
import { exportRegister, serialiseRegister } from '../../main/services/json-exchange.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { createSession } from '../../main/services/register-session.ts';
import type { Channel } from '../../shared/contract/index.ts';
import { startPostgres } from '../../test/helpers/postgres.ts';
import { floorClient, postgresFloors, type PostgresFloor } from './postgres-floors.ts';

const SCRIPT = fileURLToPath(import.meta.url);
const RUN = fileURLToPath(new URL('./run.ts', import.meta.url));
const NOW = new Date('2026-11-21T12:00:00.000Z');
const now = () => NOW;
const MIN_RUNS = 3;
const MIN_TIMED_MS = 300;
const MAX_RUNS = 200;
/** The activities the writers choose from: few enough that some writers pick the same one. */
const WRITER_SET = 20;

/** An app whose session is `db` (a file's or a team register's), as the app holds it. */
function appOn(db: Kysely<DB>, close: () => Promise<void>, path: string): AppContext {
  const app = new AppContext({ transport: 'web', version: 'bench', dialogs: { chooseFileToOpen: async () => null, chooseFileToSave: async () => null }, recentFiles: recentFilesAt(null), now }, 'lv');
  // Until the session is backend-neutral, a team register's session is made from its connection (it reads db, readOnly and close).
  app.session = createSession({ path, db, readOnly: false, schemaVersion: 0, close } as unknown as RegisterConnection, { now });
  return app;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the benchmark reads a few fields of several channels' answers
async function call(app: AppContext, channel: Channel, input: unknown): Promise<any> {
  const result = await dispatch(app, channel, input);
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.code} ${result.error.message}`), { code: result.error.code });
  return result.value;
}

interface Op {
  name: string;
  run(app: AppContext, id: string): Promise<unknown>;
}

const OPS: Op[] = [
  { name: 'activities:list', run: (app) => call(app, 'activities:list', {}) },
  { name: 'activities:search', run: (app) => call(app, 'activities:search', { query: 'grāmatvedības' }) },
  { name: 'activities:get', run: (app, id) => call(app, 'activities:get', { id }) },
  {
    name: 'activities:save (load, then save)',
    run: async (app, id) => {
      const activity = await call(app, 'activities:get', { id });
      await call(app, 'activities:save', { ...activity, notes: `${activity.notes}.` });
    },
  },
  { name: 'checks:run', run: (app) => call(app, 'checks:run', {}) },
  { name: 'history:list (100)', run: (app) => call(app, 'history:list', { limit: 100 }) },
  { name: 'export JSON', run: async (app) => serialiseRegister(await exportRegister(app.requireSession().db)) },
];

interface Measure {
  ms: number;
  cpuMs: number;
  runs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function measure(op: Op, app: AppContext, id: string): Promise<Measure> {
  await op.run(app, id);
  const times: number[] = [];
  const cpu: number[] = [];
  const from = performance.now();
  while (times.length < MIN_RUNS || (times.length < MAX_RUNS && performance.now() - from < MIN_TIMED_MS)) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await op.run(app, id);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu), runs: times.length };
}

/** run.ts's generated register of `size` activities (made and cached by run.ts when missing). */
function generatedRegister(size: number): string {
  const folder = join(tmpdir(), 'ropa-bench');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `bench-${size}-pg-source.ropa`);
  if (!existsSync(path)) {
    process.stderr.write(`generating a register of ${size} activities…\n`);
    const made = spawnSync(process.execPath, [RUN, '--generate', String(size), path], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (made.status !== 0) throw new Error(`generating ${size} failed`);
  }
  return path;
}

function middleId(list: Array<{ id: string }>): string {
  return list[Math.floor(list.length / 2)]!.id;
}

const format = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);

async function operations(server: PostgresTarget, sizes: number[]): Promise<string[]> {
  const lines = [
    '| size | operation | file | team register | team/file | PostgreSQL floor | team/floor | file cpu | team cpu (client) | floor cpu (client) | runs (file/team/floor) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  const floorLabels = new Map<string, string>();
  for (const size of sizes) {
    const source = generatedRegister(size);
    const scratch = mkdtempSync(join(tmpdir(), 'ropa-bench-pg-'));
    const file = join(scratch, 'register.ropa');
    writeFileSync(file, readFileSync(source));
    const target: PostgresTarget = { ...server, register: `bench-${size}` };
    const copyStarted = performance.now();
    await copyRegister({ kind: 'file', path: source }, { kind: 'postgres', target }, now);
    process.stderr.write(`${size}: copied to PostgreSQL in ${format(performance.now() - copyStarted)}\n`);
    const fileSession = await openRegister(file, { now, backups: { daily: false } });
    const fileApp = appOn(fileSession.db, () => fileSession.close(), file);
    const team: PostgresRegister = await openPostgresRegister(target);
    const teamApp = appOn(team.db, () => team.close(), target.register);
    const id = middleId(await call(fileApp, 'activities:list', {}));
    const client = await floorClient(target);
    const floors = await postgresFloors(client, team.db, target.register, id);
    for (const op of OPS) {
      const floor = floors[op.name] as PostgresFloor;
      floorLabels.set(op.name, floor.label);
      const onFile = await measure(op, fileApp, id);
      const onTeam = await measure(op, teamApp, id);
      const onFloor = await measure({ name: op.name, run: () => floor.run() }, teamApp, id);
      const ratio = (a: number, b: number) => `${(a / Math.max(b, 0.01)).toFixed(1)}×`;
      lines.push(
        `| ${size} | ${op.name} | ${format(onFile.ms)} | ${format(onTeam.ms)} | ${ratio(onTeam.ms, onFile.ms)} | ${format(onFloor.ms)} | ${ratio(onTeam.ms, onFloor.ms)} | ${format(onFile.cpuMs)} | ${format(onTeam.cpuMs)} | ${format(onFloor.cpuMs)} | ${onFile.runs}/${onTeam.runs}/${onFloor.runs} |`,
      );
      process.stderr.write(`${size} ${op.name}: file ${format(onFile.ms)}, team ${format(onTeam.ms)}, floor ${format(onFloor.ms)}\n`);
    }
    await client.end();
    await fileApp.close();
    await teamApp.close();
  }
  lines.push('', 'The PostgreSQL floors:', '', ...[...floorLabels].map(([name, label]) => `- ${name}: ${label}`));
  return lines;
}

interface WriterResult {
  saves: number;
  conflicts: number;
  cpuMs: number;
}

/** One writer process: loads and saves random activities of `ids` until `seconds` have passed. */
async function writer(targetJson: string, idsJson: string, seconds: number): Promise<void> {
  const target = JSON.parse(targetJson) as PostgresTarget;
  const ids = JSON.parse(idsJson) as string[];
  const team = await openPostgresRegister(target);
  const app = appOn(team.db, () => team.close(), target.register);
  const result: WriterResult = { saves: 0, conflicts: 0, cpuMs: 0 };
  const cpuBefore = process.cpuUsage();
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const activity = await call(app, 'activities:get', { id: ids[Math.floor(Math.random() * ids.length)] });
    try {
      await call(app, 'activities:save', { ...activity, notes: `${activity.notes}.` });
      result.saves += 1;
    } catch (error) {
      if ((error as { code?: string }).code !== 'CONFLICT') throw error;
      result.conflicts += 1;
    }
  }
  const used = process.cpuUsage(cpuBefore);
  result.cpuMs = (used.user + used.system) / 1000;
  await app.close();
  console.log(JSON.stringify(result));
}

function runWriter(target: PostgresTarget, ids: string[], seconds: number): Promise<WriterResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, '--writer', JSON.stringify(target), JSON.stringify(ids), String(seconds)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as WriterResult) : reject(new Error(`writer exited ${code}`))));
  });
}

async function concurrency(server: PostgresTarget, size: number, counts: number[], seconds: number): Promise<string[]> {
  const target: PostgresTarget = { ...server, register: `writers-${size}` };
  await copyRegister({ kind: 'file', path: generatedRegister(size) }, { kind: 'postgres', target }, now);
  const team = await openPostgresRegister(target);
  const ids = (await team.db.selectFrom('activity').select('id').orderBy('id').limit(WRITER_SET).execute()).map((row) => row.id);
  await team.close();
  const lines = [`| writers | saves/s (all) | saves/s per writer | conflict rate | client CPU per save |`, '|---:|---:|---:|---:|---:|'];
  for (const count of counts) {
    const results = await Promise.all(Array.from({ length: count }, () => runWriter(target, ids, seconds)));
    const saves = results.reduce((sum, r) => sum + r.saves, 0);
    const conflicts = results.reduce((sum, r) => sum + r.conflicts, 0);
    const cpu = results.reduce((sum, r) => sum + r.cpuMs, 0);
    lines.push(`| ${count} | ${(saves / seconds).toFixed(1)} | ${(saves / seconds / count).toFixed(1)} | ${((100 * conflicts) / Math.max(saves + conflicts, 1)).toFixed(1)} % (${conflicts} of ${saves + conflicts}) | ${format(cpu / Math.max(saves + conflicts, 1))} |`);
    process.stderr.write(`${count} writers: ${saves} saves, ${conflicts} conflicts in ${seconds} s\n`);
  }
  return lines;
}

/** Runs both parts on a throwaway server and prints the tables. */
export async function benchPostgres(options: { sizes: number[]; writers: number[]; seconds: number }): Promise<void> {
  const server = await startPostgres();
  try {
    const target = { host: server.host, port: server.port, user: server.user, password: server.password, database: server.database };
    console.log(`ROPA team-register benchmark — ${new Date().toISOString()}, Node ${process.versions.node}, ${cpus().length} cores (${cpus()[0]?.model ?? ''}), load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; throwaway PostgreSQL on 127.0.0.1 (fsync off)\n`);
    for (const line of await operations(target as PostgresTarget, options.sizes)) console.log(line);
    console.log(`\nSeveral writers on one team register of ${options.sizes[0]} activities, ${options.seconds} s each, saving random activities of a set of ${WRITER_SET}:\n`);
    for (const line of await concurrency(target as PostgresTarget, options.sizes[0]!, options.writers, options.seconds)) console.log(line);
  } finally {
    server.stop();
  }
}

if (process.argv[2] === '--writer') {
  await writer(process.argv[3] as string, process.argv[4] as string, Number(process.argv[5]));
}
