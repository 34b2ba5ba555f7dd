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
import { deleteRecord, insertRecords, saveRecord, type RecordMeta as Meta, type RecordTable, type SaveInput } from './record-table.ts';
import { chunks, type WriteContext } from './write-context.ts';

export interface LinkedRecordTable<R extends Meta, F extends string, Row> {
  table: 'breach' | 'subject_request';
  entityType: EntityType;
  links: readonly LinkSpec<F>[];
  /** Domain fields (without meta and links) -> columns. */
  toColumns(record: Omit<R, keyof Meta | F>): Record<string, unknown>;
  /** A row and its link sets -> the domain record. */
  fromRow(row: Row, links: Record<F, string[]>): R;
  /** The history's one-line label ("IN-2026-03 Nozaudēts klēpjdators"). */
  label(record: R): string;
  /** List order. */
  compare(a: R, b: R): number;
}

/** Records by id (all when `ids` is omitted), links included, in the table's list order. */
export async function loadLinkedRecords<R extends Meta, F extends string, Row>(
  db: Kysely<DB>,
  table: LinkedRecordTable<R, F, Row>,
  ids?: readonly string[],
): Promise<R[]> {
  const any = db as unknown as Kysely<Record<string, { id: string }>>;
  let rows: Row[] = [];
  if (ids === undefined) rows = (await any.selectFrom(table.table).selectAll().execute()) as unknown as Row[];
  else {
    for (const group of chunks([...new Set(ids)])) {
      rows = rows.concat((await any.selectFrom(table.table).selectAll().where('id', 'in', group).execute()) as unknown as Row[]);
    }
  }
  const links = await readLinks(db, table.links, ids);
  return rows.map((row) => table.fromRow(row, links.get((row as { id: string }).id) ?? noLinks(table.links))).sort(table.compare);
}

export async function getLinkedRecord<R extends Meta, F extends string, Row>(db: Kysely<DB>, table: LinkedRecordTable<R, F, Row>, id: string): Promise<R> {
  const found = (await loadLinkedRecords(db, table, [id]))[0];
  if (!found) throw new AppError('NOT_FOUND', { id });
  return found;
}

function linksOf<F extends string>(specs: readonly LinkSpec<F>[], input: Record<F, readonly string[]>): Record<F, readonly string[]> {
  return Object.fromEntries(specs.map((spec) => [spec.field, input[spec.field]])) as Record<F, readonly string[]>;
}

function fieldsOf<R extends Meta, F extends string>(specs: readonly LinkSpec<F>[], input: Record<string, unknown>): Omit<R, keyof Meta | F> {
  const skip = new Set<string>(['id', 'revision', 'createdAt', 'updatedAt', ...specs.map((s) => s.field)]);
  return Object.fromEntries(Object.entries(input).filter(([key]) => !skip.has(key))) as Omit<R, keyof Meta | F>;
}

/** The table as record-table.ts serves it: its link sets are its child rows. */
function asRecordTable<R extends Meta, F extends string, Row>(table: LinkedRecordTable<R, F, Row>): RecordTable<R, Omit<R, keyof Meta>> {
  return {
    table: table.table,
    entityType: table.entityType,
    toColumns: (fields) => table.toColumns(fieldsOf<R, F>(table.links, fields as Record<string, unknown>)),
    get: (db, id) => getLinkedRecord(db, table, id),
    label: table.label,
    writeChildren: (trx, id, fields, replace) => writeLinks(trx, table.links, [{ id, ...linksOf(table.links, fields as unknown as Record<F, readonly string[]>) }], replace),
    insertChildren: (trx, records) => writeLinks(trx, table.links, records as unknown as ReadonlyArray<{ id: string } & Record<F, readonly string[]>>, false),
  };
}

/** Creates (no id) or updates (id and the revision loaded: CONFLICT otherwise) a record; references are checked by the caller. */
export const saveLinkedRecord = <R extends Meta, F extends string, Row>(trx: Kysely<DB>, table: LinkedRecordTable<R, F, Row>, input: SaveInput<Omit<R, keyof Meta>>, ctx: WriteContext): Promise<R> =>
  saveRecord(trx, asRecordTable(table), input, ctx);

/** Deletes a record (its link rows go with it), with its history entry; `revision` is the one read (CONFLICT otherwise). */
export const deleteLinkedRecord = <R extends Meta, F extends string, Row>(trx: Kysely<DB>, table: LinkedRecordTable<R, F, Row>, id: string, ctx: WriteContext, revision: number | undefined): Promise<void> =>
  deleteRecord(trx, asRecordTable(table), id, ctx, { revision });

/** Inserts records exactly as given (import), in bulk, with one history entry each. */
export const insertLinkedRecords = <R extends Meta, F extends string, Row>(trx: Kysely<DB>, table: LinkedRecordTable<R, F, Row>, records: readonly R[], at: string): Promise<void> =>
  insertRecords(trx, asRecordTable(table), records, at);
