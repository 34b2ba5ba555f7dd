/**
 * The change history, a hash chain: each entry's hash covers its own content
 * and the previous entry's hash. Entries are only ever appended, in the same
 * transaction as the change they record.
 */
import { createHash } from 'node:crypto';
import { sql, type Insertable, type Kysely } from 'kysely';
import type { EntityType, HistoryAction, HistoryEntry, HistoryQuery } from '../../../shared/domain/history.ts';
import { isStorableText } from '../../../shared/domain/primitives.ts';
import { AppError } from '../../errors.ts';
import { canonicalJson } from '../canonical-json.ts';
import { announceChanges } from '../postgres/notify.ts';
import { compiledRows } from '../compiled-queries.ts';
import { dialectOf } from '../dialect.ts';
import type { DB, HistoryRow, HistoryTable } from '../schema.ts';
import { disagreeingCheckpoint } from './history-checkpoint-repository.ts';
import { insertRows } from './write-context.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface Change {
  entityType: EntityType;
  entityId: string;
  action: HistoryAction;
  label: string;
  before: unknown;
  after: unknown;
}

/** The hash of an entry: sha256 over the previous hash and the entry's canonical content. */
export function entryHash(prevHash: string, entry: Omit<HistoryEntry, 'hash' | 'prevHash'>): string {
  const content = canonicalJson({
    seq: entry.seq,
    at: entry.at,
    // Absent (not null) when unknown: entries from before authors were
    // recorded hash exactly as they did then.
    author: entry.author ?? undefined,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    label: entry.label,
    before: entry.before,
    after: entry.after,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/** What an entry's hash covers besides its before/after texts. */
export interface HashedFields {
  seq: number;
  at: string;
  author: string | null;
  entityType: string;
  entityId: string;
  action: string;
  label: string;
}

/**
 * The hash of a stored entry from its stored texts, without parsing them:
 * what the as-of rebuild checks every entry with (main/services/versions).
 * Equals `entryHash` when the stored texts are canonical JSON, which is how
 * they are written: the pieces below are canonicalJson of the entry's
 * content with its keys in sorted order, `author` left out when unknown
 * (entries older than authors). The texts may be given as their UTF-8 bytes (as SQLite
 * hands out a `CAST(... AS BLOB)`): the hash is fed in pieces, the same
 * bytes as `hashedContent`, without building the whole text.
 */
export function storedEntryHash(prevHash: string, entry: HashedFields, beforeJson: string | Buffer | null, afterJson: string | Buffer | null): string {
  const author = entry.author === null ? '' : `"author":${JSON.stringify(entry.author)},`;
  return createHash('sha256')
    .update(prevHash)
    .update(`\n{"action":${JSON.stringify(entry.action)},"after":`)
    .update(afterJson ?? 'null')
    .update(`,"at":${JSON.stringify(entry.at)},${author}"before":`)
    .update(beforeJson ?? 'null')
    .update(`,"entityId":${JSON.stringify(entry.entityId)},"entityType":${JSON.stringify(entry.entityType)},"label":${JSON.stringify(entry.label)},"seq":${entry.seq}}`)
    .digest('hex');
}

/**
 * Who makes the changes written in a transaction. `RegisterSession.write`
 * attributes each transaction to the session's author, so every write path
 * (today's and the ones added later) records it without passing it along.
 */
const transactionAuthors = new WeakMap<Kysely<DB>, string>();

/** Records `author` as the author of every history entry `trx` appends. */
export function attributeTransaction(trx: Kysely<DB>, author: string | undefined): void {
  const name = author?.trim();
  if (name) transactionAuthors.set(trx, name);
}

type HistoryInsert = Insertable<HistoryTable>;

/** The rows for `changes`, chained after the entry (seq, hash) given. */
function chainRows(changes: readonly Change[], at: string, author: string | null, last: { seq: number; hash: string }): HistoryInsert[] {
  let { seq, hash: prevHash } = last;
  return changes.map((change) => {
    seq += 1;
    const beforeJson = change.before === null || change.before === undefined ? null : canonicalJson(change.before);
    const afterJson = change.after === null || change.after === undefined ? null : canonicalJson(change.after);
    const row = { seq, at, author, entityType: change.entityType, entityId: change.entityId, action: change.action, label: change.label };
    const hash = storedEntryHash(prevHash, row, beforeJson, afterJson);
    const insert: HistoryInsert = {
      seq,
      at,
      entity_type: change.entityType,
      entity_id: change.entityId,
      action: change.action,
      label: change.label,
      before_json: beforeJson,
      after_json: afterJson,
      prev_hash: prevHash,
      hash,
      author,
    };
    prevHash = hash;
    return insert;
  });
}

/** Appends entries in order. Call inside the transaction that makes the changes. */
export async function appendHistoryBatch(trx: Kysely<DB>, changes: readonly Change[], at: string): Promise<void> {
  if (changes.length === 0) return;
  const author = transactionAuthors.get(trx) ?? (await databaseUser(trx));
  // The author and label are hashed as given and stored as text: one that does not survive storage (an unpaired
  // surrogate comes back from SQLite as U+FFFD) would break the chain. The contract refuses such text; this is the last guard.
  if ((author !== null && !isStorableText(author)) || changes.some((change) => !isStorableText(change.label))) {
    throw new AppError('VALIDATION', { count: 1 });
  }
  const rows = chainRows(changes, at, author, await historyHead(trx));
  await insertRows(trx, 'history', rows);
  // A team register tells its other clients at commit (live refresh: postgres/notify.ts).
  if (dialectOf(trx) === 'postgres') await announceChanges(trx, rows.map((row) => ({ seq: Number(row.seq), entityType: row.entity_type, entityId: row.entity_id })));
}

/**
 * Who writes when the app was told no author name: on a team register
 * (PostgreSQL) the database user, who is a person the IT department knows;
 * a `.ropa` file has no user of its own (unknown, as before).
 */
async function databaseUser(trx: Kysely<DB>): Promise<string | null> {
  if (dialectOf(trx) !== 'postgres') return null;
  const { rows } = await sql<{ name: string }>`select session_user as name`.execute(trx);
  return rows[0]?.name ?? null;
}

/** Appends one entry. Call inside the transaction that makes the change. */
export async function appendHistory(trx: Kysely<DB>, change: Change, at: string): Promise<void> {
  await appendHistoryBatch(trx, [change], at);
}

export function historyRowToEntry(row: HistoryRow): HistoryEntry {
  return {
    seq: row.seq,
    at: row.at,
    author: row.author,
    entityType: row.entity_type as EntityType,
    entityId: row.entity_id,
    action: row.action,
    label: row.label,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** History entries, newest first, for the whole register or one record. */
export async function listHistory(db: Kysely<DB>, query: HistoryQuery): Promise<HistoryEntry[]> {
  let select = db.selectFrom('history').selectAll();
  if (query.entityType) select = select.where('entity_type', '=', query.entityType);
  if (query.entityId) select = select.where('entity_id', '=', query.entityId);
  if (query.beforeSeq) select = select.where('seq', '<', query.beforeSeq);
  if (query.from) select = select.where('at', '>=', new Date(query.from).toISOString());
  if (query.to) select = select.where('at', '<=', new Date(query.to).toISOString());
  if (query.author !== undefined) select = query.author === '' ? select.where('author', 'is', null) : select.where('author', '=', query.author);
  const rows = await select
    .orderBy('seq', 'desc')
    .limit(query.limit ?? 100)
    .execute();
  return rows.map(historyRowToEntry);
}

export interface ChainVerdict {
  intact: boolean;
  entries: number;
  headHash: string;
  /** The first entry whose stored hash or link does not match, when broken. */
  firstBroken?: BrokenEntry;
}

export interface BrokenEntry {
  seq: number;
  /** `checkpoint`: a checkpoint of an earlier check (history-checkpoint-repository.ts) records another hash for this entry. */
  reason: 'hash' | 'link' | 'sequence' | 'checkpoint';
  /** What the broken entry says about itself (which may be what was changed). */
  at: string;
  entityType: string;
  entityId: string;
  label: string;
}

/** Recomputes the whole chain, and checks every checkpoint of an earlier check against it. */
export async function verifyHistory(db: Kysely<DB>): Promise<ChainVerdict> {
  const rows = await db.selectFrom('history').selectAll().orderBy('seq', 'asc').execute();
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq !== expectedSeq) return broken(rows.length, prevHash, row, 'sequence');
    if (row.prev_hash !== prevHash) return broken(rows.length, prevHash, row, 'link');
    let entry: HistoryEntry;
    try {
      entry = historyRowToEntry(row);
    } catch {
      return broken(rows.length, prevHash, row, 'hash');
    }
    if (entryHash(prevHash, entry) !== row.hash) return broken(rows.length, prevHash, row, 'hash');
    prevHash = row.hash;
    expectedSeq += 1;
  }
  // The seqs are 1..n here, so entry seq is rows[seq - 1].
  const forged = await disagreeingCheckpoint(db, (seq) => rows[seq - 1]?.hash);
  if (forged) {
    const row = rows[forged.seq - 1];
    const about = { at: row?.at ?? '', entityType: row?.entity_type ?? '', entityId: row?.entity_id ?? '', label: row?.label ?? '' };
    return { intact: false, entries: rows.length, headHash: prevHash, firstBroken: { seq: forged.seq, reason: 'checkpoint', ...about } };
  }
  return { intact: true, entries: rows.length, headHash: prevHash };
}

function broken(entries: number, headHash: string, row: HistoryRow, reason: BrokenEntry['reason']): ChainVerdict {
  return {
    intact: false,
    entries,
    headHash,
    firstBroken: { seq: row.seq, reason, at: row.at, entityType: row.entity_type, entityId: row.entity_id, label: row.label },
  };
}

/**
 * The last entry's number alone (0 for none): the register's version, for
 * caches that only ask whether anything changed. Cheaper than `historyHead`:
 * the hash comes after the entry's before/after texts in its row, and reading
 * it means reading those too.
 */
export async function historySeq(db: Kysely<DB>): Promise<number> {
  // Compiled once per connection (compiled-queries.ts): the search, the checks and the report ask on every call, and
  // building and compiling the query cost three times running it (64 µs against 17 µs of CPU, issue 19).
  const [last] = await compiledRows(db, 'history head seq', () => db.selectFrom('history').select('seq').orderBy('seq', 'desc').limit(1), [1]);
  return last?.seq ?? 0;
}

/**
 * The newest entry's number, hash and time (UTC ISO; null before the first
 * change): printed on reports so paper can be matched to the file.
 */
export async function historyHead(db: Kysely<DB>): Promise<{ seq: number; hash: string; at: string | null }> {
  // Compiled once per connection (compiled-queries.ts): every write asks for it.
  const [last] = await compiledRows(db, 'history head', () => db.selectFrom('history').select(['seq', 'hash', 'at']).orderBy('seq', 'desc').limit(1), [1]);
  return last ?? { seq: 0, hash: GENESIS_HASH, at: null };
}
