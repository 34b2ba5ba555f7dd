/**
 * What the as-of rebuild reads from the history, each piece checked against
 * the hash chain (as-of.ts puts the pieces together).
 *
 * - `checkChainSinceCheckpoint`: recomputes every entry after the latest
 *   checkpoint the chain still agrees with (history-checkpoint-repository.ts;
 *   with none, from the first entry), each linked to the one before, and
 *   records the head as the next checkpoint.
 * - `recordPointers`: for every record the history touched, the number of its
 *   last entry at or before each moment and of its first entry after it. One
 *   query over the index `history_entity_idx` (entity type, id, and the entry
 *   number SQLite keeps in every index): no snapshot is read.
 * - `readVouchedEntries`: the few entries a state needs (one per record, and
 *   the moment's own entry), each one's hash recomputed from its stored
 *   texts, so what a rebuild shows is never a text the chain does not vouch for.
 *
 * Texts are read as UTF-8 bytes (SQLite's `CAST(... AS BLOB)`, PostgreSQL's
 * `convert_to`): hashing needs no decoding, and only the texts a state shows
 * are ever decoded and parsed.
 */
import { sql, type Kysely, type SqlBool } from 'kysely';
import { recordCheckpoint, trustedCheckpoint } from '../../db/repositories/history-checkpoint-repository.ts';
import { GENESIS_HASH, storedEntryHash } from '../../db/repositories/history-repository.ts';
import { dialectOf } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { recordKey, recordKind } from './record-kinds.ts';

/** A record's stored text as UTF-8 bytes. */
export type StoredText = Buffer | null;

interface StoredEntry {
  seq: number;
  at: string;
  author: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  label: string;
  prev_hash: string;
  hash: string;
  before_json: StoredText;
  after_json: StoredText;
}

/** A text column as its UTF-8 bytes (both databases hand out a Buffer). */
function storedBytes(db: Kysely<DB>, column: 'before_json' | 'after_json') {
  return dialectOf(db) === 'postgres' ? sql<StoredText>`convert_to(${sql.ref(column)}, 'UTF8')` : sql<StoredText>`CAST(${sql.ref(column)} AS BLOB)`;
}

function entries(db: Kysely<DB>) {
  return db
    .selectFrom('history')
    .select(['seq', 'at', 'author', 'entity_type', 'entity_id', 'action', 'label', 'prev_hash', 'hash'])
    .select([storedBytes(db, 'before_json').as('before_json'), storedBytes(db, 'after_json').as('after_json')]);
}

/** `seq` is one of `seqs`: a single parameter either way (a JSON array SQLite unpacks, an array PostgreSQL takes). */
function seqIn(db: Kysely<DB>, seqs: readonly number[]) {
  return dialectOf(db) === 'postgres' ? sql<SqlBool>`seq = ANY(${seqs}::bigint[])` : sql<SqlBool>`seq IN (SELECT value FROM json_each(${JSON.stringify(seqs)}))`;
}

/** Throws HISTORY_BROKEN naming `row` unless its stored texts still give its hash, chained after `prevHash`. */
function vouch(row: StoredEntry, prevHash: string): void {
  const fields = { seq: row.seq, at: row.at, author: row.author, entityType: row.entity_type, entityId: row.entity_id, action: row.action, label: row.label };
  if (storedEntryHash(prevHash, fields, row.before_json, row.after_json) !== row.hash) brokenAt(row);
}

function brokenAt(row: StoredEntry): never {
  throw new AppError('HISTORY_BROKEN', { seq: row.seq, at: row.at, label: row.label || row.entity_id });
}

/**
 * Recomputes the chain after the latest trusted checkpoint up to the head,
 * and records the head as a checkpoint (not on a read-only register).
 * Throws HISTORY_BROKEN naming the first entry whose hash, link or number is wrong.
 */
export async function checkChainSinceCheckpoint(db: Kysely<DB>): Promise<void> {
  const checkpoint = await trustedCheckpoint(db);
  const from = checkpoint?.seq ?? 0;
  let prevHash = checkpoint?.hash ?? GENESIS_HASH;
  let expected = from + 1;
  for await (const row of entries(db).where('seq', '>', from).orderBy('seq', 'asc').stream()) {
    if (row.seq !== expected || row.prev_hash !== prevHash) brokenAt(row);
    vouch(row, prevHash);
    prevHash = row.hash;
    expected += 1;
  }
  if (expected - 1 > from) await recordCheckpoint(db, { seq: expected - 1, hash: prevHash });
}

/** Per moment: the record's last entry at or before it, and its first entry after it (null: none). */
export interface RecordPointers {
  last: Array<number | null>;
  next: Array<number | null>;
}

/** The entry numbers each state needs, per record key (record-kinds.ts, recordKey). */
export async function recordPointers(db: Kysely<DB>, cutoffs: readonly number[]): Promise<Map<string, RecordPointers>> {
  const columns = cutoffs.map(
    (cutoff, index) => sql`max(CASE WHEN seq <= ${cutoff} THEN seq END) AS ${sql.ref(`last${index}`)}, min(CASE WHEN seq > ${cutoff} THEN seq END) AS ${sql.ref(`next${index}`)}`,
  );
  const query = sql<Record<string, string | number | null>>`SELECT entity_type, entity_id, ${sql.join(columns)} FROM history GROUP BY entity_type, entity_id`;
  const pointers = new Map<string, RecordPointers>();
  for (const row of (await query.execute(db)).rows) {
    const kind = recordKind(row.entity_type as string);
    if (!kind) continue;
    const key = recordKey(kind, row.entity_id as string);
    // A singleton's entries may carry several ids: one record, its latest and earliest entries win.
    const known = pointers.get(key) ?? { last: cutoffs.map(() => null), next: cutoffs.map(() => null) };
    cutoffs.forEach((_, index) => {
      const last = row[`last${index}`] as number | null;
      const next = row[`next${index}`] as number | null;
      if (last !== null && (known.last[index] === null || last > (known.last[index] as number))) known.last[index] = last;
      if (next !== null && (known.next[index] === null || next < (known.next[index] as number))) known.next[index] = next;
    });
    pointers.set(key, known);
  }
  return pointers;
}

/** The number of the last entry at or before each cutoff (0: none). */
export async function momentSeqs(db: Kysely<DB>, cutoffs: readonly number[]): Promise<number[]> {
  const seqs: number[] = [];
  for (const cutoff of cutoffs) {
    const row = await db.selectFrom('history').select((eb) => eb.fn.max('seq').as('seq')).where('seq', '<=', cutoff).executeTakeFirst();
    seqs.push(Number(row?.seq ?? 0));
  }
  return seqs;
}

/** An entry a state needs: its texts (only those asked for are kept), and what a moment prints. */
export interface VouchedEntry {
  at: string;
  hash: string;
  before: StoredText;
  after: StoredText;
}

/**
 * The entries numbered `seqs`, each vouched for by its hash. `keepBefore` /
 * `keepAfter` say whose texts to keep (the rest are dropped once hashed).
 */
export async function readVouchedEntries(db: Kysely<DB>, seqs: ReadonlySet<number>, keepBefore: ReadonlySet<number>, keepAfter: ReadonlySet<number>): Promise<Map<number, VouchedEntry>> {
  const vouched = new Map<number, VouchedEntry>();
  if (seqs.size === 0) return vouched;
  const rows = entries(db)
    .where(seqIn(db, [...seqs]))
    .orderBy('seq', 'asc')
    .stream();
  for await (const row of rows) {
    vouch(row, row.prev_hash);
    vouched.set(row.seq, {
      at: row.at,
      hash: row.hash,
      before: keepBefore.has(row.seq) ? row.before_json : null,
      after: keepAfter.has(row.seq) ? row.after_json : null,
    });
  }
  return vouched;
}
