/**
 * One repository for the register's records that share a shape (an id, a
 * revision, two timestamps and columns of their own): save with revision and
 * history, insert exactly as given (import) and delete with history, written
 * once (house style §8). Each table is described as data (`RecordTable`);
 * what is particular to it (its columns, child rows such as sub-processors
 * or link sets, what forbids a delete) stays in its own file.
 *
 * Serves organisations, processors and retention rules, and under
 * linked-record-repository.ts breaches and data subject requests. The
 * catalogues keep their own table-driven module (their entries are untyped
 * rows with a built-in flag and a changed-only import).
 */
import type { Kysely } from 'kysely';
import type { EntityType } from '../../../shared/domain/history.ts';
import type { DB } from '../schema.ts';
import { AppError } from '../../errors.ts';
import { appendHistory, appendHistoryBatch } from './history-repository.ts';
import type { RecordColumns, RecordMeta } from './record-columns.ts';
import { assertRevisionRead } from './revision.ts';
import { insertRows, newId, timestamp, type WriteContext } from './write-context.ts';

export type { RecordMeta } from './record-columns.ts';

/** What a save is given: the record's fields, plus its id and the revision read for an update. */
export type SaveInput<F> = F & { id?: string | undefined; revision?: number | undefined };

export interface RecordTable<R extends RecordMeta, F> {
  /** The SQLite table. */
  table: 'organisation' | 'processor' | 'retention_rule' | 'breach' | 'subject_request';
  /** How the history names the record's kind. */
  entityType: EntityType;
  /** The record's fields -> its own columns (without id, revision and timestamps). */
  toColumns(fields: F): Record<string, unknown>;
  /** The stored record (NOT_FOUND when there is none). */
  get(db: Kysely<DB>, id: string): Promise<R>;
  /** The history's one-line label ("SIA Mākoņserviss"). */
  label(record: R): string;
  /** Writes the record's child rows after its own row; `replace` when it already had some. */
  writeChildren?(trx: Kysely<DB>, id: string, fields: F, replace: boolean): Promise<void>;
  /** Inserts the child rows of records inserted as given (after all their rows exist). */
  insertChildren?(trx: Kysely<DB>, records: readonly R[]): Promise<void>;
}

type Untyped = Kysely<Record<string, Record<string, unknown>>>;
// The table is chosen at run time (table-driven); the rows are typed by each table's toColumns.
const untyped = (db: Kysely<DB>): Untyped => db as unknown as Untyped;

/** How a table of one row per record (no child rows) is read: listed by name, then id. */
export interface RecordReader<R> {
  list(db: Kysely<DB>): Promise<R[]>;
  find(db: Kysely<DB>, id: string): Promise<R | undefined>;
  /** The record (NOT_FOUND when there is none). */
  get(db: Kysely<DB>, id: string): Promise<R>;
}

/** Reads the records of `table`, each one row mapped by `columns`. */
export function recordReader<R extends RecordMeta>(table: 'organisation' | 'retention_rule', columns: RecordColumns<R>): RecordReader<R> {
  const find = async (db: Kysely<DB>, id: string): Promise<R | undefined> => {
    const row = await untyped(db).selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
    return row ? columns.fromRow(row) : undefined;
  };
  return {
    list: async (db) => (await untyped(db).selectFrom(table).selectAll().orderBy('name').orderBy('id').execute()).map((row) => columns.fromRow(row)),
    find,
    get: async (db, id) => {
      const found = await find(db, id);
      if (!found) throw new AppError('NOT_FOUND', { id });
      return found;
    },
  };
}

/**
 * Creates (no id) or updates (the id and the revision read; CONFLICT
 * otherwise) a record, with its history entry. References are checked by the
 * caller. Call inside the write's transaction.
 */
export async function saveRecord<R extends RecordMeta, F>(trx: Kysely<DB>, table: RecordTable<R, F>, input: SaveInput<F>, ctx: WriteContext): Promise<R> {
  const at = timestamp(ctx);
  const columns = table.toColumns(input);
  if (input.id === undefined) {
    const id = newId(ctx);
    await untyped(trx)
      .insertInto(table.table)
      .values({ id, ...columns, revision: 1, created_at: at, updated_at: at })
      .execute();
    await table.writeChildren?.(trx, id, input, false);
    const after = await table.get(trx, id);
    await appendHistory(trx, { entityType: table.entityType, entityId: id, action: 'create', label: table.label(after), before: null, after }, at);
    return after;
  }
  const id = input.id;
  const before = await table.get(trx, id);
  await assertRevisionRead(trx, { entityType: table.entityType, entityId: id }, input.revision, before.revision);
  await untyped(trx)
    .updateTable(table.table)
    .set({ ...columns, revision: before.revision + 1, updated_at: at })
    .where('id', '=', id)
    .execute();
  await table.writeChildren?.(trx, id, input, true);
  const after = await table.get(trx, id);
  await appendHistory(trx, { entityType: table.entityType, entityId: id, action: 'update', label: table.label(after), before, after }, at);
  return after;
}

/** Inserts records exactly as given (import): ids, revisions and times kept, in bulk, one history entry each. */
export async function insertRecords<R extends RecordMeta & F, F>(trx: Kysely<DB>, table: RecordTable<R, F>, records: readonly R[], at: string): Promise<void> {
  await insertRows(
    trx,
    table.table,
    records.map((record) => ({ id: record.id, ...table.toColumns(record), revision: record.revision, created_at: record.createdAt, updated_at: record.updatedAt })),
  );
  await table.insertChildren?.(trx, records);
  await appendHistoryBatch(
    trx,
    records.map((record) => ({ entityType: table.entityType, entityId: record.id, action: 'create' as const, label: table.label(record), before: null, after: record })),
    at,
  );
}

/**
 * Deletes a record (rows that cascade go with it), with its history entry.
 * `revision`, when the caller's request names one, must be the stored one
 * (CONFLICT otherwise); what else forbids the delete is the caller's check.
 */
export async function deleteRecord<R extends RecordMeta, F>(
  trx: Kysely<DB>,
  table: RecordTable<R, F>,
  id: string,
  ctx: WriteContext,
  read?: { revision: number | undefined },
): Promise<void> {
  const before = await table.get(trx, id);
  if (read) await assertRevisionRead(trx, { entityType: table.entityType, entityId: id }, read.revision, before.revision);
  await untyped(trx).deleteFrom(table.table).where('id', '=', id).execute();
  await appendHistory(trx, { entityType: table.entityType, entityId: id, action: 'delete', label: table.label(before), before, after: null }, timestamp(ctx));
}
