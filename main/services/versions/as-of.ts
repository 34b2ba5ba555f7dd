/**
 * The register as it stood at any moment, rebuilt from the change history
 * and checked against its hash chain on the way (vouched-history.ts).
 *
 * The chain is recomputed from the latest checkpoint of an earlier check to
 * the head (history-checkpoint-repository.ts; with none, from the first
 * entry), and the head recorded as the next checkpoint. For each record the
 * index of the history gives, per moment asked for, its last entry at or
 * before the moment and its first entry after it; the state takes the
 * `after` of the former, else the `before` of the latter (what it was before
 * the history next touched it). Only those entries are read, each one's hash
 * recomputed from its stored texts (a changed entry stops the rebuild with
 * HISTORY_BROKEN naming it), and only their texts are parsed. A record the
 * history never touched exists only if its kind predates the history
 * (record-kinds.ts) and is taken as it is now. The result is the same as
 * replaying the whole history (the property tests compare the two).
 *
 * A moment is a point in the history: the last entry written at or before a
 * time (`momentAt`), so the state shown is always a whole number of committed
 * transactions, and the head printed with it (seq and hash) is the entry a
 * later `ropa verify` reaches through the same chain.
 */
import { sql, type Kysely } from 'kysely';
import { REGISTER_FORMAT, REGISTER_FORMAT_VERSION, type RegisterDocument } from '../../../shared/domain/register.ts';
import { listCatalogues } from '../../db/repositories/catalogue-repository.ts';
import { GENESIS_HASH } from '../../db/repositories/history-repository.ts';
import { dialectOf } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { readRegisterDocument } from '../register-document.ts';
import { readRegisterInfo } from '../register-info.ts';
import { contentHash } from '../register-version.ts';
import { inExportOrder } from './export-order.ts';
import { checkCancelled, reportProgress } from '../../engine/tasks.ts';
import type { HistoryMoment } from '../../../shared/versions/diff-types.ts';

export type { HistoryMoment };
import { RECORD_KINDS, recordId, recordKey, type StoredRecord } from './record-kinds.ts';
import { checkChainSinceCheckpoint, momentSeqs, readVouchedEntries, recordPointers, type StoredText } from './vouched-history.ts';

export interface RegisterAsOf {
  document: RegisterDocument;
  moment: HistoryMoment;
  /**
   * The content fingerprint (register-version.ts, contentHash): what the report cover prints.
   * Computed when first read (it serialises the whole document: at 10,000
   * activities about 0.4 s of CPU, which a diff of two states never needs).
   */
  readonly fingerprint: string;
}

/**
 * The content fingerprint of a register document: the SHA-256 of its export
 * text, as the report cover and the Excel file print it.
 */
export function registerFingerprint(document: RegisterDocument): string {
  return contentHash(document);
}

/** A state with its fingerprint computed on first reading. */
function stateOf(document: RegisterDocument, moment: HistoryMoment): RegisterAsOf {
  let fingerprint: string | undefined;
  return {
    document,
    moment,
    get fingerprint() {
      fingerprint ??= registerFingerprint(document);
      return fingerprint;
    },
  };
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

interface Scan {
  /** Per record key, per moment: its text then (null: it did not exist). */
  records: Map<string, Array<StoredText>>;
  moments: HistoryMoment[];
}

/**
 * Checks the chain since the latest checkpoint, then reads and vouches for
 * the entries the states at `cutoffs` (entry numbers, any order) need.
 */
async function scanHistory(db: Kysely<DB>, cutoffs: readonly number[]): Promise<Scan> {
  // Snapshots span SQLite's overflow pages; read through a memory map they are
  // not copied into its page cache first (at 100,000 entries, 0.55 s instead of 0.95 s).
  // A team register (PostgreSQL) has no such setting: its server keeps its own cache.
  if (dialectOf(db) === 'postgres') {
    await checkChainSinceCheckpoint(db);
    return readStates(db, cutoffs);
  }
  await sql`PRAGMA mmap_size = ${sql.lit(SCAN_MMAP_BYTES)}`.execute(db);
  try {
    await checkChainSinceCheckpoint(db);
    return await readStates(db, cutoffs);
  } finally {
    await sql`PRAGMA mmap_size = 0`.execute(db);
  }
}

async function readStates(db: Kysely<DB>, cutoffs: readonly number[]): Promise<Scan> {
  const pointers = await recordPointers(db, cutoffs);
  const momentSeq = await momentSeqs(db, cutoffs);
  // A record's text at a moment: the after of its last entry at or before it,
  // else the before of its first entry after it (what it was before the
  // history next touched it: a record older than the history).
  const keepAfter = new Set<number>();
  const keepBefore = new Set<number>();
  for (const { last, next } of pointers.values()) {
    cutoffs.forEach((_, index) => {
      if (last[index] !== null) keepAfter.add(last[index] as number);
      else if (next[index] !== null) keepBefore.add(next[index] as number);
    });
  }
  const wanted = new Set([...keepAfter, ...keepBefore, ...momentSeq.filter((seq) => seq > 0)]);
  const entries = await readVouchedEntries(db, wanted, keepBefore, keepAfter);
  const records = new Map<string, Array<StoredText>>();
  for (const [key, { last, next }] of pointers) {
    records.set(
      key,
      cutoffs.map((_, index) => (last[index] !== null ? (entries.get(last[index] as number)?.after ?? null) : next[index] !== null ? (entries.get(next[index] as number)?.before ?? null) : null)),
    );
  }
  const moments = momentSeq.map((seq): HistoryMoment => {
    const entry = entries.get(seq);
    return entry ? { seq, hash: entry.hash, at: entry.at } : { seq: 0, hash: GENESIS_HASH, at: null };
  });
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
  for (const [key, texts] of scan.records) {
    const text = texts[index] ?? null;
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
  // Long on a big history (issue 12): the window shows the stage, and a cancel stops it between the steps.
  reportProgress('history', 0, cutoffs.length + 1);
  checkCancelled();
  const scan = await scanHistory(db, cutoffs);
  const current = await predatingRecords(db);
  return cutoffs.map((_, index) => {
    checkCancelled();
    reportProgress('rebuilding', index + 1, cutoffs.length + 1);
    const document = assemble(scan, index, current);
    return stateOf(document, scan.moments[index] as HistoryMoment);
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
  const document = await readRegisterDocument(db);
  const head = await db.selectFrom('history').select(['seq', 'hash', 'at']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return stateOf(document, head ?? { seq: 0, hash: GENESIS_HASH, at: null });
}
