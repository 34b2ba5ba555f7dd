/**
 * The floors of the team register's operations (issue 20): for each
 * operation `npm run bench -- --backend postgres` measures, the best known
 * way to do the same work on PostgreSQL with nothing of ROPA's around it,
 * as floors.ts does for SQLite:
 *
 * - one `pg` client (no pool, no kysely), its statements prepared once
 *   (named statements: parsed and planned once per connection, as the
 *   SQLite floors prepare theirs), `search_path` set to the register;
 * - the same rows and columns the app reads, in as few round trips as the
 *   work allows: one activity whole is ONE query (each link table's rows as
 *   a `json_agg` sub-select) where the app sends one per table;
 * - writes in one transaction behind the register's advisory lock (without
 *   it two writers could fork the history: it is part of the work), with
 *   the history entry hashed as the app hashes it.
 *
 * Bigints come back as numbers, as the app's pool parses them.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { PostgresTarget } from '../../main/db/postgres/connection.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../main/db/schema.ts';
import { cachedChecksDocument, cachedFindings } from '../../main/services/document-cache.ts';
import { buildChecksReport } from '../../shared/rules/report.ts';
import { activityChildren, LIST_COLUMNS, scanTexts, searchTexts, serialiseRows } from './floors.ts';
import { CONTENT_TABLES } from './ops.ts';

const CHILDREN = activityChildren(CONTENT_TABLES);
const BASES = 'select b.* from activity_purpose_legal_basis b join activity_purpose p on p.id = b.purpose_id where p.activity_id = $1';

/** One statement, prepared on first use under `name` and reused after. */
const prepared = (name: string, text: string) => (client: pg.Client, values: unknown[] = []) => client.query({ name, text, values });

/** Every row of one activity and its links, in one round trip: what `activities:get` reads. */
const readActivity = prepared(
  'floor-activity',
  `select (select row_to_json(a) from activity a where a.id = $1) as activity, ${CHILDREN.map((table) => `(select coalesce(json_agg(t), '[]') from ${table} t where t.activity_id = $1) as ${table}`).join(', ')}, (select coalesce(json_agg(x), '[]') from (${BASES}) x) as bases`,
);
const listRows = prepared('floor-list', `select ${LIST_COLUMNS} from activity order by organisation_id, number`);
const historyPage = prepared('floor-history', 'select * from history order by seq desc limit 100');
const historyHead = prepared('floor-head', 'select seq, hash from history order by seq desc limit 1');
const tableRows = (table: string) => prepared(`floor-all-${table}`, `select * from ${table}`);

/** A client on the team register at `target` (bigints as numbers, as the app's pool). */
export async function floorClient(target: PostgresTarget): Promise<pg.Client> {
  const client = new pg.Client({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database: target.database,
    types: { getTypeParser: ((oid: number, format?: 'text') => (oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  await client.connect();
  await client.query(`set search_path to "${target.register.replace(/"/g, '""')}"`);
  return client;
}

/**
 * What a save writes (floors.ts `preparedActivityWriter`, on PostgreSQL): in
 * one transaction behind the register's lock, the activity's row updated, its
 * link rows deleted and inserted again (one statement per table, the rows as
 * one JSON parameter), and a history entry hashed over the previous one.
 */
async function writeActivity(client: pg.Client, lockKey: string, read: Record<string, unknown>): Promise<void> {
  const id = (read.activity as { id: string }).id;
  await client.query('begin');
  try {
    await client.query({ name: 'floor-lock', text: 'select pg_advisory_xact_lock(hashtext($1))', values: [lockKey] });
    const before = JSON.stringify(read.activity);
    await client.query({ name: 'floor-update', text: "update activity set notes = notes || '.', revision = revision + 1 where id = $1", values: [id] });
    for (const table of CHILDREN) {
      await client.query({ name: `floor-delete-${table}`, text: `delete from ${table} where activity_id = $1`, values: [id] });
      const rows = read[table] as unknown[];
      if (rows.length > 0) await client.query({ name: `floor-insert-${table}`, text: `insert into ${table} select * from json_populate_recordset(null::${table}, $1)`, values: [JSON.stringify(rows)] });
    }
    const bases = read.bases as unknown[];
    if (bases.length > 0) await client.query({ name: 'floor-insert-bases', text: 'insert into activity_purpose_legal_basis select * from json_populate_recordset(null::activity_purpose_legal_basis, $1)', values: [JSON.stringify(bases)] });
    const after = JSON.stringify(read);
    const last = (await historyHead(client)).rows[0] as { seq: number; hash: string };
    const hash = createHash('sha256').update(last.hash).update(after).digest('hex');
    await client.query({
      name: 'floor-history-insert',
      text: 'insert into history (seq, at, entity_type, entity_id, action, label, before_json, after_json, prev_hash, hash) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
      values: [last.seq + 1, new Date().toISOString(), 'activity', id, 'update', id, before, after, last.hash, hash],
    });
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

export interface PostgresFloor {
  label: string;
  run(): Promise<unknown>;
}

/**
 * The floor of each operation postgres.ts measures, by its name, on
 * `client` (the register's), for activity `id`. `db` (the app's connection)
 * only reads, once, the search texts and the checks' document and findings
 * (as the SQLite floors of search and checks do).
 */
export async function postgresFloors(client: pg.Client, db: Kysely<DB>, register: string, id: string): Promise<Record<string, PostgresFloor>> {
  const texts = await searchTexts(db);
  // What a repeated checks:run answers from: the register's document and its findings, read and evaluated once.
  const document = await cachedChecksDocument(db);
  const today = new Date().toISOString().slice(0, 10);
  const checked = { document, today, findings: cachedFindings(document, today, new Date().toISOString()) };
  return {
    'activities:list': { label: 'one prepared SELECT of the same rows and columns', run: () => listRows(client) },
    'activities:search': { label: 'includes() over the same normalised texts, in memory', run: async () => scanTexts(texts, 'grāmatvedības') },
    'activities:get': { label: 'ONE prepared SELECT: the row and each link table as json_agg', run: () => readActivity(client, [id]) },
    'activities:save (load, then save)': {
      label: 'that read, then one transaction: lock, the same rows written, hashed history entry; prepared',
      run: async () => writeActivity(client, `ropa:${register}`, (await readActivity(client, [id])).rows[0] as Record<string, unknown>),
    },
    'checks:run': {
      label: 'the history head (one prepared SELECT), then the same report built from the same findings, kept in memory',
      run: async () => {
        await historyHead(client);
        return buildChecksReport(checked.document, checked.today, 'lv', checked.findings);
      },
    },
    'history:list (100)': { label: 'one prepared SELECT of the newest 100 entries', run: () => historyPage(client) },
    'export JSON': {
      label: 'SELECT * of every table (prepared), serialised as the export serialises',
      run: async () => {
        const rows: Record<string, unknown[]> = {};
        for (const table of CONTENT_TABLES) rows[table] = (await tableRows(table)(client)).rows;
        return serialiseRows(rows);
      },
    },
  };
}
