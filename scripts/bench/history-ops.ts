/**
 * The history's operations in `npm run bench` (issue 16): the register as
 * of a date, and what changed over a year, on a register whose history
 * holds ROPA_BENCH_HISTORY entries (100,000 by default) over a year
 * (history-generator.ts; made once per size and kept in the temp folder).
 * Their floor: reading the whole history once with raw better-sqlite3 (every
 * column of every entry), which any rebuild verified against the chain must
 * at least do. The aim: the rebuild within 3× of its floor, and under 2 s at
 * 10,000 activities.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openRegisterFile } from '../../main/db/connection.ts';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations/index.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { rebuildRegisterAsOf } from '../../main/services/versions/as-of.ts';
import { diffRegisterBetween } from '../../main/services/versions/register-diff.ts';
import type { Op, OpContext } from './ops.ts';

const now = () => new Date('2027-12-01T00:00:00.000Z');
const GENERATOR = fileURLToPath(new URL('./history-generator.ts', import.meta.url));
/** Bump when history-generator.ts changes. */
const HISTORY_GENERATOR_VERSION = 2;
const entries = () => Number(process.env.ROPA_BENCH_HISTORY ?? 100_000);

/** The register with a year of history for this size, generated once (in a child: the peak stays the operation's). */
function historyRegister(ctx: OpContext): string {
  const folder = join(tmpdir(), 'ropa-bench');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `history-${ctx.size}-${entries()}-v${HISTORY_GENERATOR_VERSION}.ropa`);
  if (!existsSync(path)) {
    const made = spawnSync(process.execPath, [GENERATOR, String(ctx.size), String(entries()), path], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'inherit'] });
    if (made.status !== 0) throw new Error(`generating the history register of ${ctx.size} failed`);
  }
  return path;
}

/**
 * The generated register as the app leaves it after its first rebuild: a copy
 * (the generated file stays at the schema it was made with, for other
 * branches), migrated, its chain checked once in full and the head recorded
 * as a checkpoint (what the first "as of" after opening the file does). The
 * time that first check took goes to stderr: it is paid once per register.
 */
async function checkpointedRegister(ctx: OpContext): Promise<string> {
  const source = historyRegister(ctx);
  const path = source.replace(/\.ropa$/, `-schema${LATEST_SCHEMA_VERSION}.ropa`);
  if (existsSync(path)) return path;
  const draft = `${path}.draft`;
  copyFileSync(source, draft);
  const connection = await openRegisterFile(draft);
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await rebuildRegisterAsOf(connection.db, { seq: Number.MAX_SAFE_INTEGER });
  const used = process.cpuUsage(cpu);
  process.stderr.write(
    `first check of the whole chain (size ${ctx.size}): ${Number(process.hrtime.bigint() - started) / 1e6} ms, CPU ${(used.user + used.system) / 1000} ms\n`,
  );
  await connection.close();
  renameSync(draft, path);
  return path;
}

function readHistoryOnce(raw: Database.Database): void {
  let length = 0;
  for (const row of raw.prepare('SELECT * FROM history ORDER BY seq').raw().iterate()) length += (row as unknown[]).length;
  if (length === 0) throw new Error('empty history');
}

const runs = (size: number) => (size >= 10_000 ? 3 : 5);

async function setup(ctx: OpContext, floor: boolean) {
  const path = floor ? historyRegister(ctx) : await checkpointedRegister(ctx);
  return floor ? { raw: new Database(path, { readonly: true }) } : { session: await openRegister(path, { now, readOnly: true }) };
}

export const HISTORY_OPS: Op[] = [
  {
    name: 'as-of',
    label: 'the register as of a date (rebuilt from the history, chain verified)',
    floorLabel: 'SELECT * FROM history, every row read once',
    usesRegister: false,
    runs,
    setup,
    async run({ session }) {
      // With its fingerprint, as a report or export of that moment prints it.
      const state = await rebuildRegisterAsOf(session.db, '2027-05-21T00:00:00.000Z');
      if (state.fingerprint.length !== 64) throw new Error('no fingerprint');
    },
    async floor({ raw }) {
      readHistoryOnce(raw);
    },
  },
  {
    name: 'diff-year',
    label: 'what changed over a year (two states, one pass, compared)',
    floorLabel: 'SELECT * FROM history, every row read once',
    usesRegister: false,
    runs,
    setup,
    async run({ session }) {
      await diffRegisterBetween(session.db, '2026-11-22T00:00:00.000Z', '2027-11-22T00:00:00.000Z');
    },
    async floor({ raw }) {
      readHistoryOnce(raw);
    },
  },
];
