/**
 * The register as it stood at any moment, rebuilt from the change history
 * and checked against its hash chain on the way.
 *
 * One pass over the history in order. Every entry's hash is recomputed from
 * its stored texts (no parsing: the texts are what was hashed), so a changed
 * entry stops the rebuild with HISTORY_BROKEN naming it. For each record the
 * pass keeps two texts per moment asked for: the `after` of its last entry at
 * or before the moment, and the `before` of its first entry after it (what
 * it was before the history next touched it). Only those texts are parsed.
 * A record the history never touched exists only if its kind predates the
 * history (record-kinds.ts) and is taken as it is now.
 *
 * A moment is a point in the history: the last entry written at or before a
 * time (`momentAt`), so the state shown is always a whole number of committed
 * transactions, and the head printed with it (seq and hash) is the entry a
 * later `ropa verify` reaches through the same chain.
 */
import { sql, type Kysely } from 'kysely';
import { REGISTER_FORMAT, REGISTER_FORMAT_VERSION, type RegisterDocument } from '../../../shared/domain/register.ts';
import { listCatalogues } from '../../db/repositories/catalogue-repository.ts';
import { GENESIS_HASH, storedEntryHash } from '../../db/repositories/history-repository.ts';
import { dialectOf } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { exportRegister } from '../json-exchange.ts';
import { readRegisterInfo } from '../register-info.ts';
import { contentHash } from '../register-version.ts';
import { inExportOrder } from './export-order.ts';
import type { HistoryMoment } from '../../../shared/versions/diff-types.ts';

export type { HistoryMoment };
import { RECORD_KINDS, recordId, recordKey, recordKind, type StoredRecord } from './record-kinds.ts';

export interface RegisterAsOf {
  document: RegisterDocument;
  moment: HistoryMoment;
  /** The content fingerprint (register-version.ts, contentHash): what the report cover prints. */
  fingerprint: string;
}

/**
 * The content fingerprint of a register document: the SHA-256 of its export
 * text, as the report cover and the Excel file print it.
 */
export function registerFingerprint(document: RegisterDocument): string {
  return contentHash(document);
}

/** The number of the last entry written at or before `time` (ISO 8601, UTC). */
export async function seqAt(db: Kysely<DB>, time: string): Promise<number> {
  const row = await db.selectFrom('history').select((eb) => eb.fn.max('seq').as('seq')).where('at', '<=', time).executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** Where a rebuild stops: a time (ISO 8601), or an entry number. */
export type MomentQuery = string | { seq: number };

/** How much of the file the history scan maps into memory (SQLite caps it at its own maximum). */
const SCAN_MMAP_BYTES = 4 * 1024 ** 3;

/** A record's stored text as UTF-8 bytes: most are never parsed, so never decoded. */
type StoredText = Buffer | null;

interface Tracked {
  /** Per moment: the after-text of the last entry at or before it (undefined: none). */
  last: Array<StoredText | undefined>;
  /** Per moment: the before-text of the first entry after it (undefined: none yet). */
  next: Array<StoredText | undefined>;
}

interface Scan {
  records: Map<string, Tracked>;
  moments: HistoryMoment[];
}

/**
 * Reads the whole history once, checking the chain, and keeps per record
 * what the states at `cutoffs` (entry numbers, any order) need.
 */
async function scanHistory(db: Kysely<DB>, cutoffs: readonly number[]): Promise<Scan> {
  // Snapshots span SQLite's overflow pages; read through a memory map they are
  // not copied into its page cache first (at 100,000 entries, 0.55 s instead of 0.95 s).
  // A team register (PostgreSQL) has no such setting: its server keeps its own cache.
  if (dialectOf(db) === 'postgres') return scanRows(db, cutoffs);
  await sql`PRAGMA mmap_size = ${sql.lit(SCAN_MMAP_BYTES)}`.execute(db);
  try {
    return await scanRows(db, cutoffs);
  } finally {
    await sql`PRAGMA mmap_size = 0`.execute(db);
  }
}

/** A text column as its UTF-8 bytes: SQLite's CAST to BLOB, PostgreSQL's convert_to (both hand out a Buffer). */
function storedBytes(db: Kysely<DB>, column: 'before_json' | 'after_json') {
  return dialectOf(db) === 'postgres' ? sql<StoredText>`convert_to(${sql.ref(column)}, 'UTF8')` : sql<StoredText>`CAST(${sql.ref(column)} AS BLOB)`;
}

async function scanRows(db: Kysely<DB>, cutoffs: readonly number[]): Promise<Scan> {
  const records = new Map<string, Tracked>();
  const moments: HistoryMoment[] = cutoffs.map(() => ({ seq: 0, hash: GENESIS_HASH, at: null }));
  const count = cutoffs.length;
  let prevHash = GENESIS_HASH;
  let expected = 1;
  // The snapshots as bytes: hashing them needs no decoding, and only the few
  // a state needs are ever turned into text (at 100,000 entries, most of the time
  // of reading the history was SQLite's text becoming JavaScript strings).
  const rows = db
    .selectFrom('history')
    .select(['seq', 'at', 'author', 'entity_type', 'entity_id', 'action', 'label', 'prev_hash', 'hash'])
    .select([storedBytes(db, 'before_json').as('before_json'), storedBytes(db, 'after_json').as('after_json')])
    .orderBy('seq', 'asc')
    .stream();
  for await (const row of rows) {
    const fields = { seq: row.seq, at: row.at, author: row.author, entityType: row.entity_type, entityId: row.entity_id, action: row.action, label: row.label };
    if (row.seq !== expected || row.prev_hash !== prevHash || storedEntryHash(prevHash, fields, row.before_json, row.after_json) !== row.hash) {
      throw new AppError('HISTORY_BROKEN', { seq: row.seq, at: row.at, label: row.label || row.entity_id });
    }
    prevHash = row.hash;
    expected += 1;
    for (let index = 0; index < count; index += 1) {
      if (row.seq <= (cutoffs[index] as number)) moments[index] = { seq: row.seq, hash: row.hash, at: row.at };
    }
    const kind = recordKind(row.entity_type);
    if (!kind) continue;
    const key = recordKey(kind, row.entity_id);
    let tracked = records.get(key);
    if (!tracked) {
      tracked = { last: new Array(count).fill(undefined), next: new Array(count).fill(undefined) };
      records.set(key, tracked);
    }
    for (let index = 0; index < count; index += 1) {
      if (row.seq <= (cutoffs[index] as number)) tracked.last[index] = row.after_json;
      else if (tracked.next[index] === undefined) tracked.next[index] = row.before_json;
    }
  }
  return { records, moments };
}

/** The document at one moment from a scan. `current` supplies records that predate the history. */
function assemble(scan: Scan, index: number, current: RegisterDocument): RegisterDocument {
  const document: RegisterDocument = { ...current, catalogues: { ...current.catalogues } };
  const byKind = new Map<string, StoredRecord[]>(RECORD_KINDS.map((kind) => [kind.type, []]));
  for (const kind of RECORD_KINDS) {
    if (!kind.predatesHistory) continue;
    for (const record of kind.read(current)) {
      if (!scan.records.has(recordKey(kind, recordId(kind, record)))) byKind.get(kind.type)!.push(record);
    }
  }
  for (const [key, tracked] of scan.records) {
    const text = tracked.last[index] !== undefined ? tracked.last[index] : (tracked.next[index] ?? null);
    if (text === null) continue;
    const type = key.split('\u0000', 1)[0] as string;
    byKind.get(type)!.push(JSON.parse(text.toString('utf8')) as StoredRecord);
  }
  for (const kind of RECORD_KINDS) kind.write(document, byKind.get(kind.type)!);
  return inExportOrder(document);
}

/** The records that predate the history, as they are now (only those kinds are read). */
async function predatingRecords(db: Kysely<DB>): Promise<RegisterDocument> {
  return {
    format: REGISTER_FORMAT,
    formatVersion: REGISTER_FORMAT_VERSION,
    register: await readRegisterInfo(db),
    catalogues: await listCatalogues(db),
    organisations: [],
    processors: [],
    retentionRules: [],
    activities: [],
  };
}

async function cutoffOf(db: Kysely<DB>, query: MomentQuery): Promise<number> {
  return typeof query === 'string' ? seqAt(db, query) : query.seq;
}

/**
 * The registers at several moments from one reading of the history (a diff
 * needs two). Throws HISTORY_BROKEN naming the first entry whose hash or link
 * does not match: a register the chain does not vouch for is never shown.
 */
export async function rebuildRegistersAsOf(db: Kysely<DB>, queries: readonly MomentQuery[]): Promise<RegisterAsOf[]> {
  const cutoffs: number[] = [];
  for (const query of queries) cutoffs.push(await cutoffOf(db, query));
  const scan = await scanHistory(db, cutoffs);
  const current = await predatingRecords(db);
  return cutoffs.map((_, index) => {
    const document = assemble(scan, index, current);
    return { document, moment: scan.moments[index] as HistoryMoment, fingerprint: registerFingerprint(document) };
  });
}

/**
 * The whole register (the same document `ropa export json` writes) as it
 * stood at `moment`: a time (ISO 8601; the last change at or before it
 * counts) or an entry number. See rebuildRegistersAsOf for the errors.
 */
export async function rebuildRegisterAsOf(db: Kysely<DB>, moment: MomentQuery): Promise<RegisterAsOf> {
  return (await rebuildRegistersAsOf(db, [moment]))[0] as RegisterAsOf;
}

/** The register now, read from its tables, with its head and fingerprint (what a rebuild must equal). */
export async function currentRegister(db: Kysely<DB>): Promise<RegisterAsOf> {
  const document = await exportRegister(db);
  const head = await db.selectFrom('history').select(['seq', 'hash', 'at']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return { document, moment: head ?? { seq: 0, hash: GENESIS_HASH, at: null }, fingerprint: registerFingerprint(document) };
}
