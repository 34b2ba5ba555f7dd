/**
 * One repository for the DPO's records (breaches, data subject requests):
 * load, save with revision and history, delete with history, bulk insert for
 * import. Each table is described as data (`LinkedRecordTable`); what is
 * particular to it (its columns) stays in its own file.
 */
import type { Kysely } from 'kysely';
import type { EntityType } from '../../../shared/domain/history.ts';
import { AppError } from '../../errors.ts';
import { assertRevisionRead } from './revision.ts';
import type { DB } from '../schema.ts';
import { appendHistory, appendHistoryBatch } from './history-repository.ts';
import { noLinks, readLinks, writeLinks, type LinkSpec } from './record-links.ts';
import { chunks, insertRows, newId, timestamp, type WriteContext } from './write-context.ts';

type Meta = { id: string; revision: number; createdAt: string; updatedAt: string };

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
  const rows: Row[] = [];
  if (ids === undefined) rows.push(...((await any.selectFrom(table.table).selectAll().execute()) as unknown as Row[]));
  else {
    for (const group of chunks([...new Set(ids)])) {
      rows.push(...((await any.selectFrom(table.table).selectAll().where('id', 'in', group).execute()) as unknown as Row[]));
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

/** Creates (no id) or updates (id and the revision loaded: CONFLICT otherwise) a record; references are checked by the caller. */
export async function saveLinkedRecord<R extends Meta, F extends string, Row>(
  trx: Kysely<DB>,
  table: LinkedRecordTable<R, F, Row>,
  input: Omit<R, keyof Meta> & { id?: string | undefined; revision?: number | undefined },
  ctx: WriteContext,
): Promise<R> {
  const any = trx as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const at = timestamp(ctx);
  const columns = table.toColumns(fieldsOf<R, F>(table.links, input as Record<string, unknown>));
  const links = linksOf(table.links, input as unknown as Record<F, readonly string[]>);
  if (input.id === undefined) {
    const id = newId(ctx);
    await any.insertInto(table.table).values({ id, ...columns, revision: 1, created_at: at, updated_at: at }).execute();
    await writeLinks(trx, table.links, [{ id, ...links }], false);
    const after = await getLinkedRecord(trx, table, id);
    await appendHistory(trx, { entityType: table.entityType, entityId: id, action: 'create', label: table.label(after), before: null, after }, at);
    return after;
  }
  const before = await getLinkedRecord(trx, table, input.id);
  await assertRevisionRead(trx, { entityType: table.entityType, entityId: input.id }, input.revision, before.revision);
  await any
    .updateTable(table.table)
    .set({ ...columns, revision: before.revision + 1, updated_at: at })
    .where('id', '=', input.id)
    .execute();
  await writeLinks(trx, table.links, [{ id: input.id, ...links }], true);
  const after = await getLinkedRecord(trx, table, input.id);
  await appendHistory(trx, { entityType: table.entityType, entityId: input.id, action: 'update', label: table.label(after), before, after }, at);
  return after;
}

/** Deletes a record (its link rows go with it), with its history entry; `revision` is the one read (CONFLICT otherwise). */
export async function deleteLinkedRecord<R extends Meta, F extends string, Row>(
  trx: Kysely<DB>,
  table: LinkedRecordTable<R, F, Row>,
  id: string,
  ctx: WriteContext,
  revision: number | undefined,
): Promise<void> {
  const any = trx as unknown as Kysely<Record<string, { id: string }>>;
  const before = await getLinkedRecord(trx, table, id);
  await assertRevisionRead(trx, { entityType: table.entityType, entityId: id }, revision, before.revision);
  await any.deleteFrom(table.table).where('id', '=', id).execute();
  await appendHistory(trx, { entityType: table.entityType, entityId: id, action: 'delete', label: table.label(before), before, after: null }, timestamp(ctx));
}

/** Inserts records exactly as given (import), in bulk, with one history entry each. */
export async function insertLinkedRecords<R extends Meta, F extends string, Row>(
  trx: Kysely<DB>,
  table: LinkedRecordTable<R, F, Row>,
  records: readonly R[],
  at: string,
): Promise<void> {
  await insertRows(
    trx,
    table.table,
    records.map((record) => ({
      id: record.id,
      ...table.toColumns(fieldsOf<R, F>(table.links, record as unknown as Record<string, unknown>)),
      revision: record.revision,
      created_at: record.createdAt,
      updated_at: record.updatedAt,
    })),
  );
  await writeLinks(trx, table.links, records as unknown as ReadonlyArray<{ id: string } & Record<F, readonly string[]>>, false);
  await appendHistoryBatch(
    trx,
    records.map((record) => ({ entityType: table.entityType, entityId: record.id, action: 'create' as const, label: table.label(record), before: null, after: record })),
    at,
  );
}
