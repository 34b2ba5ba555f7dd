/**
 * One repository for the DPO's records (breaches, data subject requests):
 * load with their link sets; save with revision and history, delete with
 * history and bulk insert for import are record-table.ts's, with the link
 * sets as child rows. Each table is described as data (`LinkedRecordTable`);
 * what is particular to it (its columns) stays in its own file.
 */
import type { Kysely } from 'kysely';
import type { EntityType } from '../../../shared/domain/history.ts';
import { AppError } from '../../errors.ts';
import type { DB } from '../schema.ts';
import { noLinks, readLinks, writeLinks, type LinkSpec } from './record-links.ts';
import type { RecordColumns } from './record-columns.ts';
import { deleteRecord, insertRecords, saveRecord, type RecordMeta as Meta, type RecordTable, type SaveInput } from './record-table.ts';
import { chunks, type WriteContext } from './write-context.ts';

export interface LinkedRecordTable<R extends Meta, F extends string> {
  table: 'breach' | 'subject_request';
  entityType: EntityType;
  links: readonly LinkSpec<F>[];
  /** The record's fields and the table's columns (the link fields marked `'link'`). */
  columns: RecordColumns<R>;
  /** The history's one-line label ("IN-2026-03 Nozaudēts klēpjdators"). */
  label(record: R): string;
  /** List order. */
  compare(a: R, b: R): number;
}

/** Records by id (all when `ids` is omitted), links included, in the table's list order. */
export async function loadLinkedRecords<R extends Meta, F extends string>(
  db: Kysely<DB>,
  table: LinkedRecordTable<R, F>,
  ids?: readonly string[],
): Promise<R[]> {
  const any = db as unknown as Kysely<Record<string, { id: string }>>;
  let rows: Array<{ id: string }> = [];
  if (ids === undefined) rows = await any.selectFrom(table.table).selectAll().execute();
  else {
    for (const group of chunks([...new Set(ids)])) {
      rows = rows.concat(await any.selectFrom(table.table).selectAll().where('id', 'in', group).execute());
    }
  }
  const links = await readLinks(db, table.links, ids);
  return rows.map((row) => table.columns.fromRow(row, links.get(row.id) ?? noLinks(table.links))).sort(table.compare);
}

export async function getLinkedRecord<R extends Meta, F extends string>(db: Kysely<DB>, table: LinkedRecordTable<R, F>, id: string): Promise<R> {
  const found = (await loadLinkedRecords(db, table, [id]))[0];
  if (!found) throw new AppError('NOT_FOUND', { id });
  return found;
}

function linksOf<F extends string>(specs: readonly LinkSpec<F>[], input: Record<F, readonly string[]>): Record<F, readonly string[]> {
  return Object.fromEntries(specs.map((spec) => [spec.field, input[spec.field]])) as Record<F, readonly string[]>;
}

/** The table as record-table.ts serves it: its link sets are its child rows. */
function asRecordTable<R extends Meta, F extends string>(table: LinkedRecordTable<R, F>): RecordTable<R, Omit<R, keyof Meta>> {
  return {
    table: table.table,
    entityType: table.entityType,
    toColumns: table.columns.toColumns,
    get: (db, id) => getLinkedRecord(db, table, id),
    label: table.label,
    writeChildren: (trx, id, fields, replace) => writeLinks(trx, table.links, [{ id, ...linksOf(table.links, fields as unknown as Record<F, readonly string[]>) }], replace),
    insertChildren: (trx, records) => writeLinks(trx, table.links, records as unknown as ReadonlyArray<{ id: string } & Record<F, readonly string[]>>, false),
  };
}

/** What a save is given: the record's fields, plus its id and the revision read for an update. */
export type LinkedSaveInput<R extends Meta> = SaveInput<Omit<R, keyof Meta>>;

/** A linked record kind's repository: what breach-repository.ts and subject-request-repository.ts export under their own names. */
export interface LinkedRecordRepository<R extends Meta> {
  /** Records by id (all when `ids` is omitted), links included, in the table's list order. */
  load(db: Kysely<DB>, ids?: readonly string[]): Promise<R[]>;
  /** The record (NOT_FOUND when there is none). */
  get(db: Kysely<DB>, id: string): Promise<R>;
  /** Creates (no id) or updates (id and the revision loaded: CONFLICT otherwise) a record; references are checked by the caller. */
  save(trx: Kysely<DB>, input: LinkedSaveInput<R>, ctx: WriteContext): Promise<R>;
  /** Deletes a record (its link rows go with it), with its history entry; `revision` is the one read (CONFLICT otherwise). */
  delete(trx: Kysely<DB>, id: string, ctx: WriteContext, revision: number | undefined): Promise<void>;
  /** Inserts records exactly as given (import), in bulk, with one history entry each. */
  insert(trx: Kysely<DB>, records: readonly R[], at: string): Promise<void>;
}

/** The repository of the records `table` describes. */
export function linkedRecordRepository<R extends Meta, F extends string>(table: LinkedRecordTable<R, F>): LinkedRecordRepository<R> {
  const records = asRecordTable(table);
  return {
    load: (db, ids) => loadLinkedRecords(db, table, ids),
    get: (db, id) => getLinkedRecord(db, table, id),
    save: (trx, input, ctx) => saveRecord(trx, records, input, ctx),
    delete: (trx, id, ctx, revision) => deleteRecord(trx, records, id, ctx, { revision }),
    insert: (trx, rows, at) => insertRecords(trx, records, rows, at),
  };
}
