/**
 * The eight catalogues share one shape (id, names in two languages, a
 * description, a built-in flag) plus a few columns of their own, listed in
 * CATALOGUE_TABLES. One set of functions serves them all.
 */
import type { Kysely } from 'kysely';
import type { CatalogueEntry, CatalogueName, Catalogues } from '../../../shared/domain/catalogues.ts';
import { CATALOGUE_NAMES } from '../../../shared/domain/catalogues.ts';
import { AppError } from '../../errors.ts';
import { compiledRows } from '../compiled-queries.ts';
import type { DB } from '../schema.ts';
import { appendHistory, appendHistoryBatch, type Change } from './history-repository.ts';
import { fromBool, insertRows, newId, timestamp, toBool, type WriteContext } from './write-context.ts';
import { assertRevisionRead } from './revision.ts';

type ColumnKind = 'text' | 'bool' | 'date';
interface CatalogueTable {
  table: 'data_category' | 'data_subject_category' | 'recipient_category' | 'legal_basis' | 'art9_condition' | 'country' | 'transfer_mechanism' | 'security_measure';
  /** [domain field, column, kind] for the columns beyond the common ones. */
  columns: Array<[string, string, ColumnKind]>;
}

export const CATALOGUE_TABLES: Record<CatalogueName, CatalogueTable> = {
  dataCategories: { table: 'data_category', columns: [['kind', 'kind', 'text']] },
  dataSubjectCategories: {
    table: 'data_subject_category',
    columns: [
      ['employees', 'employees', 'bool'],
      ['vulnerable', 'vulnerable', 'bool'],
    ],
  },
  recipientCategories: { table: 'recipient_category', columns: [['type', 'type', 'text']] },
  legalBases: {
    table: 'legal_basis',
    columns: [
      ['gdprPoint', 'gdpr_point', 'text'],
      ['lawReference', 'law_reference', 'text'],
    ],
  },
  art9Conditions: { table: 'art9_condition', columns: [['point', 'point', 'text']] },
  countries: {
    table: 'country',
    columns: [
      ['kind', 'kind', 'text'],
      ['eea', 'eea', 'bool'],
      ['adequacy', 'adequacy', 'text'],
      ['adequacyNote', 'adequacy_note', 'text'],
      ['adequacyDecision', 'adequacy_decision', 'text'],
      ['checkedOn', 'checked_on', 'date'],
    ],
  },
  transferMechanisms: { table: 'transfer_mechanism', columns: [['article', 'article', 'text']] },
  securityMeasures: { table: 'security_measure', columns: [['type', 'type', 'text']] },
};

type Row = Record<string, string | number | null>;
type Entry = Record<string, unknown>;
// Catalogue tables differ only in their extra columns; the table name is a
// runtime value here, so the query builder is used untyped in this module.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table is chosen at run time (table-driven), so no single schema type fits
type AnyDb = Kysely<any>;

function fromRow(name: CatalogueName, row: Row): Entry {
  const entry: Entry = {
    id: row.id,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    builtin: fromBool(row.builtin as number),
    nameLv: row.name_lv,
    nameEn: row.name_en,
    description: row.description,
  };
  for (const [field, column, kind] of CATALOGUE_TABLES[name].columns) {
    entry[field] = kind === 'bool' ? fromBool(row[column] as number) : row[column];
  }
  return entry;
}

function toColumns(name: CatalogueName, input: Entry): Row {
  const row: Row = {
    name_lv: input.nameLv as string,
    name_en: input.nameEn as string,
    description: input.description as string,
  };
  for (const [field, column, kind] of CATALOGUE_TABLES[name].columns) {
    const value = input[field];
    row[column] = kind === 'bool' ? toBool(value as boolean) : (value as string | null);
  }
  return row;
}

function label(entry: Entry): string {
  return (entry.nameLv as string) || (entry.nameEn as string);
}

export async function listCatalogue<N extends CatalogueName>(db: Kysely<DB>, name: N): Promise<CatalogueEntry<N>[]> {
  const rows = (await (db as AnyDb)
    .selectFrom(CATALOGUE_TABLES[name].table)
    .selectAll()
    .orderBy('id')
    .execute()) as Row[];
  return rows.map((row) => fromRow(name, row) as CatalogueEntry<N>);
}

export async function listCatalogues(db: Kysely<DB>): Promise<Catalogues> {
  const result: Record<string, unknown[]> = {};
  for (const name of CATALOGUE_NAMES) result[name] = await listCatalogue(db, name);
  return result as Catalogues;
}

export async function findCatalogueEntry(db: Kysely<DB>, name: CatalogueName, id: string): Promise<Entry | undefined> {
  const row = (await (db as AnyDb)
    .selectFrom(CATALOGUE_TABLES[name].table)
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) as Row | undefined;
  return row ? fromRow(name, row) : undefined;
}

export async function getCatalogueEntry(db: Kysely<DB>, name: CatalogueName, id: string): Promise<Entry> {
  const entry = await findCatalogueEntry(db, name, id);
  if (!entry) throw new AppError('NOT_FOUND', { id });
  return entry;
}

/** Which ids of `ids` exist in the catalogue. */
export async function existingCatalogueIds(db: Kysely<DB>, name: CatalogueName, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const unique = [...new Set(ids)];
  const table = CATALOGUE_TABLES[name].table;
  // Compiled once per connection, catalogue and number of ids: a save checks a dozen such lists (compiled-queries.ts).
  const rows = (await compiledRows(db, `${table} ids ${unique.length}`, () => (db as AnyDb).selectFrom(table).select('id').where('id', 'in', unique), unique)) as Array<{ id: string }>;
  return new Set(rows.map((row) => row.id));
}

/** Creates (no id) or updates a catalogue entry. Built-in entries can be edited but stay built-in. */
export async function saveCatalogueEntry(
  trx: Kysely<DB>,
  name: CatalogueName,
  input: Entry & { id?: string | undefined; revision?: number | undefined },
  ctx: WriteContext,
): Promise<Entry> {
  const at = timestamp(ctx);
  const table = CATALOGUE_TABLES[name].table;
  if (input.id === undefined) {
    const id = newId(ctx);
    await (trx as AnyDb)
      .insertInto(table)
      .values({ id, ...toColumns(name, input), builtin: 0, revision: 1, created_at: at, updated_at: at })
      .execute();
    const after = await getCatalogueEntry(trx, name, id);
    await appendHistory(trx, { entityType: name, entityId: id, action: 'create', label: label(after), before: null, after }, at);
    return after;
  }
  const before = await getCatalogueEntry(trx, name, input.id);
  await assertRevisionRead(trx, { entityType: name, entityId: input.id }, input.revision, before.revision as number);
  await (trx as AnyDb)
    .updateTable(table)
    .set({ ...toColumns(name, input), revision: (before.revision as number) + 1, updated_at: at })
    .where('id', '=', input.id)
    .execute();
  const after = await getCatalogueEntry(trx, name, input.id);
  await appendHistory(trx, { entityType: name, entityId: input.id, action: 'update', label: label(after), before, after }, at);
  return after;
}

/**
 * Writes entries exactly as given (import), replacing built-in entries of the
 * same id; only entries that differ from what the register holds are written
 * and recorded in the history.
 */
export async function putCatalogueRecords(trx: Kysely<DB>, name: CatalogueName, records: readonly Entry[], at: string): Promise<void> {
  const table = CATALOGUE_TABLES[name].table;
  const current = new Map((await listCatalogue(trx, name)).map((entry) => [entry.id as string, entry as Entry]));
  const inserts: Row[] = [];
  const changes: Change[] = [];
  for (const record of records) {
    const values: Row = {
      id: record.id as string,
      ...toColumns(name, record),
      builtin: toBool(record.builtin as boolean),
      revision: record.revision as number,
      created_at: record.createdAt as string,
      updated_at: record.updatedAt as string,
    };
    const before = current.get(record.id as string);
    const after = fromRow(name, values);
    if (before && JSON.stringify(before) === JSON.stringify(after)) continue;
    if (before) await (trx as AnyDb).updateTable(table).set(values).where('id', '=', record.id).execute();
    else inserts.push(values);
    changes.push({ entityType: name, entityId: record.id as string, action: before ? 'update' : 'create', label: label(after), before: before ?? null, after });
  }
  await insertRows(trx, table, inserts);
  await appendHistoryBatch(trx, changes, at);
}

/** Deletes an entry no record links to any more (the caller has moved or removed the links). */
export async function deleteCatalogueEntry(trx: Kysely<DB>, name: CatalogueName, id: string, ctx: WriteContext): Promise<void> {
  const before = await getCatalogueEntry(trx, name, id);
  await (trx as AnyDb).deleteFrom(CATALOGUE_TABLES[name].table).where('id', '=', id).execute();
  await appendHistory(trx, { entityType: name, entityId: id, action: 'delete', label: label(before), before, after: null }, timestamp(ctx));
}
