/**
 * `ropa copy --from A --to B`: a register moved between a `.ropa` file and a
 * team register (PostgreSQL), either way, losslessly: every row of every
 * table, the history included, is copied as stored. So the copy is the same
 * register, not a re-import: its JSON export is the same text, its history
 * chain verifies and ends in the same head hash (a re-import through the
 * JSON exchange would start a new history).
 *
 * The target is created by the copy (it must not exist) and filled in the
 * creating transaction, so a failure leaves no half-copied register. The
 * source is opened read-only, and its chain is verified before anything is
 * written: a broken chain is not carried into a new home.
 *
 * Table order is the schema's creation order (a table only references tables
 * made before it); a table that references itself (activity.replaced_by_id)
 * gets those columns in a second step, after all its rows are in.
 */
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { createRegisterFile, openRegisterFile, schemaAt } from '../db/connection.ts';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.ts';
import {
  createPostgresRegister,
  openPostgresRegister,
  parsePostgresUrl,
  targetLabel,
  type PostgresTarget,
} from '../db/postgres/connection.ts';
import { historyHead, verifyHistory } from '../db/repositories/history-repository.ts';
import { insertRows } from '../db/repositories/write-context.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { exportRegister, serialiseRegister } from './json-exchange.ts';

/** Where a register is: a file, or a team register named by a postgres:// URL. */
export type RegisterLocation = { kind: 'file'; path: string } | { kind: 'postgres'; target: PostgresTarget };

/** `postgres://…?register=…` is a team register; anything else a file path (relative to `cwd`). */
export function parseLocation(text: string, cwd: string): RegisterLocation {
  return /^postgres(ql)?:\/\//i.test(text) ? { kind: 'postgres', target: parsePostgresUrl(text) } : { kind: 'file', path: resolve(cwd, text) };
}

export function locationLabel(location: RegisterLocation): string {
  return location.kind === 'file' ? location.path : targetLabel(location.target);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every table in turn, chosen at run time from the schema, so no single schema type fits
type AnyTables = Kysely<any>;

interface TablePlan {
  name: string;
  columns: string[];
  /** Columns that reference the table itself: written after all its rows. */
  selfReferences: string[];
  key: string[];
}

let plan: Promise<TablePlan[]> | null = null;

/** Every register table in creation order, from the schema the migrations make. */
function copyPlan(): Promise<TablePlan[]> {
  plan ??= (async () => {
    const sqlite = await schemaAt(LATEST_SCHEMA_VERSION);
    try {
      const tables = sqlite.prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by rowid").pluck().all() as string[];
      return tables.map((name) => {
        const info = sqlite.prepare('select name, pk from pragma_table_info(?)').all(name) as Array<{ name: string; pk: number }>;
        const fks = sqlite.prepare('select "from" as source, "table" as target from pragma_foreign_key_list(?)').all(name) as Array<{ source: string; target: string }>;
        return {
          name,
          columns: info.map((column) => column.name),
          selfReferences: fks.filter((fk) => fk.target === name).map((fk) => fk.source),
          key: info.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name),
        };
      });
    } finally {
      sqlite.close();
    }
  })();
  return plan;
}

/**
 * Replaces everything in the register `trx` writes to with the rows of
 * `source`, as stored. Call inside the target's creating transaction.
 * Returns the number of rows copied.
 */
export async function replaceWithCopy(source: Kysely<DB>, trx: Kysely<DB>): Promise<number> {
  const tables = await copyPlan();
  const from = source as AnyTables;
  const to = trx as AnyTables;
  for (const table of [...tables].reverse()) await to.deleteFrom(table.name).execute();
  let copied = 0;
  for (const table of tables) {
    const rows = (await from.selectFrom(table.name).select(table.columns).orderBy(table.key).execute()) as Record<string, unknown>[];
    const deferred = rows.filter((row) => table.selfReferences.some((column) => row[column] !== null));
    const first = table.selfReferences.length === 0 ? rows : rows.map((row) => ({ ...row, ...Object.fromEntries(table.selfReferences.map((column) => [column, null])) }));
    await insertRows(trx, table.name as keyof DB, first);
    for (const row of deferred) {
      let update = to.updateTable(table.name).set(Object.fromEntries(table.selfReferences.map((column) => [column, row[column]])));
      for (const column of table.key) update = update.where(column, '=', row[column]);
      await update.execute();
    }
    copied += rows.length;
  }
  return copied;
}

interface Opened {
  db: Kysely<DB>;
  close(): Promise<void>;
}

async function openSource(location: RegisterLocation): Promise<Opened> {
  if (location.kind === 'file') return openRegisterFile(location.path, { readOnly: true });
  const opened = await openPostgresRegister(location.target, { readOnly: true });
  if (opened.schemaVersion < LATEST_SCHEMA_VERSION) {
    await opened.close();
    // A team register is brought up to date by opening it for writing (the app, or any ropa command that writes).
    throw new AppError('BAD_VERSION', { file: targetLabel(location.target), found: opened.schemaVersion, supported: LATEST_SCHEMA_VERSION });
  }
  return opened;
}

function createTarget(location: RegisterLocation, now: () => Date, initialise: (trx: Kysely<DB>) => Promise<void>): Promise<Opened> {
  return location.kind === 'file'
    ? createRegisterFile(location.path, { now, initialise })
    : createPostgresRegister(location.target, { now, initialise });
}

export interface CopyOutcome {
  rows: number;
  entries: number;
  headHash: string;
  /** The JSON exports of source and copy are the same text. */
  exportsEqual: boolean;
  /** The copy's chain verifies and ends in the source's head hash. */
  chainEqual: boolean;
}

/** Copies the register at `from` into a new register at `to`. Throws what opening/creating throws, and HISTORY_BROKEN. */
export async function copyRegister(from: RegisterLocation, to: RegisterLocation, now: () => Date): Promise<CopyOutcome> {
  const source = await openSource(from);
  try {
    return await copyFrom(source.db, to, now);
  } finally {
    await source.close();
  }
}

/**
 * Copies the register `source` reads (opened already: a file, a team
 * register, or one snapshot of it: team-copy.ts) into a new register at
 * `to`, after verifying its chain (HISTORY_BROKEN: nothing written).
 */
export async function copyFrom(source: Kysely<DB>, to: RegisterLocation, now: () => Date): Promise<CopyOutcome> {
  const verdict = await verifyHistory(source);
  if (!verdict.intact && verdict.firstBroken) {
    const broken = verdict.firstBroken;
    throw new AppError('HISTORY_BROKEN', { seq: broken.seq, at: broken.at, label: broken.label || broken.entityId });
  }
  let rows = 0;
  const target = await createTarget(to, now, async (trx) => {
    rows = await replaceWithCopy(source, trx);
  });
  try {
    const copied = await verifyHistory(target.db);
    const head = await historyHead(target.db);
    const exportsEqual = serialiseRegister(await exportRegister(source)) === serialiseRegister(await exportRegister(target.db));
    return { rows, entries: copied.entries, headHash: head.hash, exportsEqual, chainEqual: copied.intact && copied.headHash === verdict.headHash };
  } finally {
    await target.close();
  }
}
